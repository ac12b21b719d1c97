import { describe, expect, it } from 'vitest';
import { buildForm, exampleForm, fieldsOf, formForSituation, formRows, formRuleViolations, GENERAL_FORM, licenceFieldsOf, prefillForm, regulatorFields, validateForm, type FieldSpec } from './forms.js';

const FIELDS: FieldSpec[] = [
  { key: '经营者名称', title: '经营者名称', type: 'text', required: true, prefill: 'name' },
  { key: '法定代表人', title: '法定代表人', type: 'text', required: true, prefill: 'history', personal: true },
  { key: '管理员身份证号', title: '管理员身份证号', type: 'idNumber', required: true },
  { key: '主体业态', title: '主体业态', type: 'choice', options: ['食品销售经营者', '餐饮服务经营者'], required: true, dimension: true, licence: '主体业态' },
  { key: '区县', title: '所在区县', type: 'codeTable', codeTable: 'taian-division', required: true },
  { key: '面积', title: '经营面积', type: 'number', unit: '平方米' },
  { key: '有效期', title: '有效期', type: 'dateRange' },
  { key: '网络经营', title: '是否网络经营', type: 'boolean' },
  { key: '网址', title: '网站网址', type: 'text', required: true, showWhen: { field: '网络经营', equals: true } },
  { key: '经营项目', title: '经营项目', type: 'table', required: true, licence: '经营项目', columns: [{ key: '项目', title: '项目名称', type: 'text', required: true }, { key: '电话', title: '联系电话', type: 'phone' }] },
];
const form = buildForm(FIELDS);

describe('application forms', () => {
  it('names every wrong field by its title, in Chinese, with table rows and conditions', () => {
    const issues = validateForm(form, { 管理员身份证号: '370902199001011234', 主体业态: '小吃摊', 区县: '999999', 面积: -1, 有效期: { start: '2027-05-01', end: '2027-01-01' }, 网络经营: true, 经营项目: [{ 电话: '12345' }] });
    expect(Object.fromEntries(issues.map((i) => [i.path, i.message]))).toEqual({
      经营者名称: '请填写“经营者名称”',
      法定代表人: '请填写“法定代表人”',
      管理员身份证号: '“管理员身份证号”不是有效的身份证号（位数或校验位不正确）',
      主体业态: '“主体业态”不是可选的值',
      区县: '“所在区县”不是可选的值',
      面积: '“经营面积”不能小于 0',
      有效期: '“有效期”的截止日期不能早于起始日期',
      网址: '请填写“网站网址”',
      '经营项目.0.项目': '请填写“经营项目 › 第1行 › 项目名称”',
      '经营项目.0.电话': '“经营项目 › 第1行 › 联系电话”不是有效的电话号码',
    });
    expect(validateForm(form, exampleForm(form))).toEqual([]);
  });

  it('reads back the field list it was built from, exactly', () => {
    expect(buildForm(fieldsOf(form))).toEqual(form);
    expect(buildForm(fieldsOf(GENERAL_FORM), { otherInfo: true })).toEqual(GENERAL_FORM);
  });

  it('refuses a mapping or a dimension that names no field, or a dimension that is not a choice', () => {
    expect(formRuleViolations({ ...form, licenceMap: { 主体业态: '无此项' }, dimensions: ['面积', '无此项'] }).map((v) => v.path.join('.'))).toEqual(['form.licenceMap.主体业态', 'form.dimensions.0', 'form.dimensions.1']);
  });

  it('shows values as a person reads them, fills the licence and minimises what the regulators get', () => {
    const data = { ...exampleForm(form), 区县: '370902', 面积: 60, 法定代表人: '王某', 经营项目: [{ 项目: '热食类食品制售', 电话: '13800000000' }] };
    expect(formRows(form, data).find((r) => r.key === '区县')?.text).toBe('泰山区');
    expect(licenceFieldsOf(form, data)).toEqual({ 主体业态: '食品销售经营者', 经营项目: '1. 项目名称：热食类食品制售，联系电话：13800000000' });
    const sent = regulatorFields(form, data);
    expect(sent).toMatchObject({ 主体业态: '食品销售经营者', 经营面积: '60 平方米', 经营项目: '1. 项目名称：热食类食品制售' });
    for (const hidden of ['经营者名称', '法定代表人', '管理员身份证号']) expect(sent).not.toHaveProperty(hidden);
  });

  it('prefills from the identity and the applicant\'s own earlier forms, only with values that still fit', () => {
    const filled = prefillForm(form, { name: '泰山小馆', idNumber: null, creditCode: null, phone: null }, [{ 法定代表人: '' }, { 法定代表人: '王某', 主体业态: '餐饮服务经营者' }]);
    expect(filled).toEqual({ 经营者名称: '泰山小馆', 法定代表人: '王某' });
  });

  it('hides a field the applicant\'s 办理情形 do not call for: not required, its value dropped', () => {
    const f = buildForm([
      { key: '名称', title: '名称', type: 'text', required: true },
      { key: '分支机构', title: '分支机构', type: 'text', required: true, situations: ['branch'] },
    ]);
    expect(fieldsOf(f)[1]?.situations).toEqual(['branch']);
    const hidden = formForSituation(f, [], { 名称: '甲', 分支机构: '乙' });
    expect(hidden.data).toEqual({ 名称: '甲' });
    expect(validateForm(hidden.def, hidden.data)).toEqual([]);
    const shown = formForSituation(f, ['branch'], { 名称: '甲' });
    expect(validateForm(shown.def, shown.data).map((i) => i.path)).toEqual(['分支机构']);
  });
});
