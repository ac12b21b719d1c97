/**
 * Application forms per item (issue #23): the server checks a case's form against the JSON Schema
 * of the item version it was filled for, names every wrong field in Chinese, keeps that version when
 * the item's form changes, fills the licence's fields from it and sends its structured fields to the
 * regulators.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { buildForm, exampleForm, fieldsOf, type FormDefinition } from '../src/domain/forms.js';
import { creditCodeCheckChar } from '../src/domain/identifiers.js';
import { caseHelpers, PDF, type Item } from './case-helpers.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 3));
const now = beijing(DAY);

let t: TestContext;
const c: Record<string, string> = {};
let food: Item & { form: FormDefinition };
const h = caseHelpers(() => t);

beforeAll(async () => {
  t = await createTestApp({}, { now: () => now });
  for (const u of ['applicant1', 'clerk1', 'chief1', 'admin', 'editor1', 'reviewer1', 'checker1', 'confirmer1']) c[u] = await t.login(u);
  food = (await h.item('食品经营许可')) as typeof food;
});
afterAll(() => t.close());

/** A draft of the food licence with every required material, and its form as given. */
async function foodDraft(form: Record<string, unknown>) {
  const created = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: food.code, form });
  expect(created.statusCode, created.body).toBe(201);
  const caseNo = created.json().caseNo as string;
  for (const m of food.materials.filter((x) => x.requirement === 'required')) expect((await h.upload(caseNo, c.applicant1 ?? '', m.code, Buffer.concat([PDF, Buffer.from(`% ${caseNo} ${m.code}\n`)]))).statusCode).toBe(200);
  return { caseNo, view: created.json() };
}

/** A new form for an item, through 梳理 → 初审 → 复核 → 终审; the item as published after. */
async function publishForm(name: string, form: FormDefinition) {
  const pub = await h.item(name);
  const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = (await h.call('GET', `/api/v1/catalog/items/${encodeURIComponent(pub.code)}`, undefined)).json();
  let v = (await h.call('POST', '/api/v1/catalog/versions', c.editor1, { data: { ...data, form } })).json();
  expect(v.changes.some((ch: { path: string }) => ch.path.startsWith('form'))).toBe(true);
  v = (await h.call('POST', `/api/v1/catalog/versions/${v.id}/submit`, c.editor1, { rev: v.rev })).json();
  for (const who of ['reviewer1', 'checker1', 'confirmer1']) v = (await h.call('POST', `/api/v1/catalog/versions/${v.id}/pass`, c[who], { rev: v.rev })).json();
  expect(v.stage).toBe('confirmed');
  return (await h.item(name)) as Item & { form: FormDefinition; version: number; situations: { code: string; name: string }[] };
}

/** The food form filled properly: 餐饮服务经营者 with two 经营项目 rows. */
function goodFoodForm(): Record<string, unknown> {
  return {
    ...exampleForm(food.form),
    主体业态: '餐饮服务经营者',
    经营项目: [
      { 项目类别: '热食类食品制售', 是否含冷藏冷冻食品: false },
      { 项目类别: '自制饮品制售', 是否含冷藏冷冻食品: true },
    ],
  };
}

describe('the form on the item version', () => {
  it('the food licence has its own form with 主体业态 as a dimension and the licence mapping', () => {
    expect(food.form.dimensions).toContain('主体业态');
    expect(food.form.licenceMap).toMatchObject({ 主体业态: '主体业态', 经营项目: '经营项目' });
    expect(fieldsOf(food.form).map((f) => f.key)).toEqual(expect.arrayContaining(['经营者名称', '主体业态', '经营项目', '食品安全管理员身份证号']));
  });

  it('a form whose licence mapping names no field is refused when the editor saves it', async () => {
    const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = (await h.call('GET', `/api/v1/catalog/items/${encodeURIComponent(food.code)}`, undefined)).json();
    const res = await h.call('POST', '/api/v1/catalog/versions', c.editor1, { data: { ...data, form: { ...food.form, licenceMap: { 主体业态: '不存在的项' } } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.stringContaining('form.licenceMap') })]));
  });
});

describe('validation', () => {
  it('a draft saves with warnings; the submission is refused listing every wrong field by path with a Chinese message', async () => {
    const bad = { 经营者名称: '泰山小馆', 统一社会信用代码: '91370900MA3C00001X', 主体业态: '小吃摊', 经营项目: [{ 是否含冷藏冷冻食品: false }], 经营面积: -3, 食品安全管理员身份证号: '370902199001011234', 网络经营: true };
    const { caseNo, view } = await foodDraft(bad);
    // the draft is kept and says what is still wrong
    expect(view.status).toBe('draft');
    expect(view.formIssues.length).toBeGreaterThan(5);
    const res = await h.act(caseNo, c.applicant1 ?? '', 'submit');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('CASE.FORM_INVALID');
    const byPath = Object.fromEntries((body.errors as { path: string; message: string }[]).map((e) => [e.path, e.message]));
    expect(byPath).toMatchObject({
      'form.统一社会信用代码': expect.stringContaining('统一社会信用代码'),
      'form.主体业态': expect.stringMatching(/主体业态.*不是可选的值/),
      'form.经营项目.0.项目类别': expect.stringMatching(/经营项目 › 第1行 › 项目类别/),
      'form.经营面积': expect.stringContaining('不能小于'),
      'form.食品安全管理员身份证号': expect.stringContaining('身份证号'),
      'form.食品安全管理员': '请填写“食品安全管理员”',
      'form.联系电话': '请填写“联系电话”',
      'form.法定代表人（负责人）': '请填写“法定代表人（负责人）”',
      'form.经营场所': '请填写“经营场所”',
      // shown by the condition 是否通过网络经营 = 是
      'form.网站或平台名称': '请填写“网站或平台名称”',
    });
    expect(body.errors).toHaveLength(10);
    // nothing was written: the case is still a draft
    expect((await h.call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json().status).toBe('draft');
  });

  it('the corrected form submits', async () => {
    const { caseNo } = await foodDraft({});
    expect((await h.call('PATCH', `/api/v1/cases/${caseNo}`, c.applicant1, { form: goodFoodForm() })).json().formIssues).toEqual([]);
    const res = await h.act(caseNo, c.applicant1 ?? '', 'submit');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().formRows).toEqual(expect.arrayContaining([{ key: '主体业态', title: '主体业态', text: '餐饮服务经营者' }]));

    // the 申请表 PDF prints the form, sealed and signed; another applicant cannot have it
    const pdf = await t.app.inject({ url: `/api/v1/cases/${caseNo}/application-form`, headers: { cookie: c.clerk1 ?? '' } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    for (const words of ['申请表', caseNo, '主体业态', '餐饮服务经营者', '经营项目', '热食类食品制售', '自制饮品制售']) expect(flat).toContain(words);
    const agent = await t.login('agent1');
    expect((await t.app.inject({ url: `/api/v1/cases/${caseNo}/application-form`, headers: { cookie: agent } })).statusCode).toBe(404);
  });
});

describe('prefill', () => {
  it('takes the applicant\'s identity and their own earlier forms only', async () => {
    const me = (await h.call('GET', '/api/v1/auth/me', c.applicant1)).json();
    const res = await h.call('GET', `/api/v1/cases/prefill?itemCode=${encodeURIComponent(food.code)}`, c.applicant1);
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json().form;
    expect(form.经营者名称).toBe(me.displayName);
    // the corrected case above was applicant1's own: its 经营场所 and 法定代表人 come back
    expect(form.经营场所).toEqual(goodFoodForm().经营场所);
    expect(form['法定代表人（负责人）']).toBe(goodFoodForm()['法定代表人（负责人）']);
    // fields that are not marked for prefill never are (主体业态, 食品安全管理员身份证号)
    expect(form).not.toHaveProperty('主体业态');
    expect(form).not.toHaveProperty('食品安全管理员身份证号');
    // staff filing for others get nothing from anyone's cases without naming the party at the counter
    expect((await h.call('GET', `/api/v1/cases/prefill?itemCode=${encodeURIComponent(food.code)}`, c.clerk1)).statusCode).toBe(403);
  });

  it('the window clerk filing 代为申请 gets the prefill of the party at the counter: their own earlier cases by ID number, never another holder\'s', async () => {
    const holder = { kind: 'person', name: '李某', idNumber: '370902198505051236' };
    const other = { kind: 'person', name: '张某', idNumber: '370911199203034562' };
    const url = (party: Record<string, string>) => `/api/v1/cases/prefill?${new URLSearchParams({ itemCode: food.code, ...party }).toString()}`;
    // nothing yet for this holder: only the identity typed at the counter
    const first = await h.call('GET', url(holder), c.clerk1);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().form).toEqual({ 经营者名称: '李某' });
    // the clerk files the holder's case at the window
    const place = { ...(goodFoodForm().经营场所 as object), detail: '李家小店' };
    const filed = await h.call('POST', '/api/v1/cases', c.clerk1, { itemCode: food.code, onBehalfOf: holder, form: { ...goodFoodForm(), 经营场所: place, '法定代表人（负责人）': '李某' } });
    expect(filed.statusCode, filed.body).toBe(201);
    const again = (await h.call('GET', url(holder), c.clerk1)).json().form;
    expect(again).toMatchObject({ 经营者名称: '李某', 经营场所: place, '法定代表人（负责人）': '李某' });
    // another holder gets neither the holder's nor applicant1's data (the same field of cases filed by anyone else)
    const theirs = (await h.call('GET', url(other), c.clerk1)).json().form;
    expect(theirs).toEqual({ 经营者名称: '张某' });
    // an organisation at the counter with no earlier cases gets only its identity
    expect((await h.call('GET', url({ kind: 'organisation', name: '李某', creditCode: '91370900MA3C00001T' }), c.clerk1)).json().form).toEqual({ 经营者名称: '李某', 统一社会信用代码: '91370900MA3C00001T' });
    // a wrong ID number is refused naming the field; an applicant cannot name a party
    const bad = await h.call('GET', url({ ...holder, idNumber: '370902198505051234' }), c.clerk1);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('idNumber');
    expect((await h.call('GET', url(holder), c.applicant1)).statusCode).toBe(403);
  });
});

describe('prefill for an agent', () => {
  it('an agent filing 代办 under a registered authorisation gets the company it names and that company\'s own earlier cases; nobody else\'s', async () => {
    const agent1 = await t.login('agent1');
    const agent2 = await t.login('agent2');
    const first17 = '91370900MA3FRM001';
    const company = { companyName: '泰安岱岳表单测试有限公司', creditCode: first17 + creditCodeCheckChar(first17) };
    const auth = await h.call('POST', '/api/v1/agency/authorisations', agent1, { scope: 'all', letterRef: 'WT-FORM-001', validFrom: addCalendarDays(DAY, -10), validTo: addCalendarDays(DAY, 300), ...company });
    expect(auth.statusCode, auth.body).toBe(201);
    const authorisationId = auth.json().id as string;
    const url = `/api/v1/cases/prefill?${new URLSearchParams({ itemCode: food.code, authorisationId }).toString()}`;
    const first = await h.call('GET', url, agent1);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().form).toEqual({ 经营者名称: company.companyName, 统一社会信用代码: company.creditCode });
    // the agent files the company's case: its address comes back the next time, for this company only
    const place = { ...(goodFoodForm().经营场所 as object), detail: '岱岳表单测试店' };
    const filed = await h.call('POST', '/api/v1/cases', agent1, { itemCode: food.code, onBehalfOf: { authorisationId }, form: { ...goodFoodForm(), 经营场所: place, 经营者名称: company.companyName, 统一社会信用代码: company.creditCode } });
    expect(filed.statusCode, filed.body).toBe(201);
    expect((await h.call('GET', url, agent1)).json().form).toMatchObject({ 经营者名称: company.companyName, 经营场所: place });
    // another agent cannot use it, an applicant cannot name one, a made-up one is refused naming the field
    const theirs = await h.call('GET', url, agent2);
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json().errors.map((e: { path: string }) => e.path)).toEqual(['authorisationId']);
    expect((await h.call('GET', url, c.applicant1)).statusCode).toBe(403);
    const fake = await h.call('GET', `/api/v1/cases/prefill?${new URLSearchParams({ itemCode: food.code, authorisationId: 'FAKE-001' }).toString()}`, agent1);
    expect(fake.statusCode).toBe(400);
  });
});

describe('versions', () => {
  it('an old case keeps the form of its version after the item\'s form changes through the four stages', async () => {
    const pub = await h.item('公共场所卫生许可');
    const before = (pub as Item & { form: FormDefinition; version: number }).form;
    const oldCase = await h.submitted(pub, c.applicant1 ?? '', { form: exampleForm(before) });
    const oldView = (await h.call('GET', `/api/v1/cases/${oldCase}`, c.applicant1)).json();

    // the editor adds a required field; it passes 初审 → 复核 → 终审
    const fields = [...fieldsOf(before), { key: '消毒间面积', title: '消毒间面积', type: 'number' as const, unit: '平方米', required: true }];
    const after = await publishForm('公共场所卫生许可', buildForm(fields));
    expect(Object.keys(after.form.schema.properties as object)).toContain('消毒间面积');

    // the old case still shows and validates against its own version
    const oldNow = (await h.call('GET', `/api/v1/cases/${oldCase}`, c.clerk1)).json();
    expect(oldNow.formVersion).toBe(oldView.formVersion);
    expect(Object.keys(oldNow.formDefinition.schema.properties)).not.toContain('消毒间面积');
    expect(oldNow.formRows).toEqual(oldView.formRows);
    expect((await h.act(oldCase, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);

    // a new case is filled against the new version and must give the new field
    const created = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: pub.code, form: exampleForm(before) });
    expect(created.json().formVersion).toBe(after.version);
    expect(created.json().formIssues).toEqual([expect.objectContaining({ path: '消毒间面积', message: '请填写“消毒间面积”' })]);
  });
});

describe('where the data goes', () => {
  it('the food licence carries 主体业态 and 经营项目 from the form, and the regulators\' events carry the structured fields, minimised', async () => {
    const caseNo = await h.submitted(food, c.applicant1 ?? '', { form: goodFoodForm() });
    expect((await h.act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    const approved = await h.act(caseNo, c.chief1 ?? '', 'approve', { opinion: '符合条件，准予许可' });
    expect(approved.statusCode, approved.body).toBe(200);
    await t.services.caseCommands.settled(caseNo);
    const licences = (await h.call('GET', '/api/v1/licences?pageSize=200', c.applicant1)).json();
    const licence = licences.items.find((l: { caseNo: string }) => l.caseNo === caseNo);
    expect(licence.fields.主体业态).toBe('餐饮服务经营者');
    expect(licence.fields.经营项目).toContain('热食类食品制售');
    expect(licence.fields.经营项目).toContain('自制饮品制售');
    // the signed payload carries them: the public check shows them
    const verified = (await h.call('GET', `/api/v1/licences/${licence.no}/verify`, undefined)).json();
    expect(verified.fields).toEqual(licence.fields);

    // the regulator (市场监督管理局) reads the decision and the licence from its feed
    for (let i = 0; i < 50 && (await t.services.exchange.dispatchOnce()).events > 0; i++);
    const key = (await h.call('POST', '/api/v1/api-keys', c.admin, { name: 'forms-feed', departmentCode: 'TA-R20' })).json().key as string;
    const events: { type: string; subject?: string; data: Record<string, unknown> }[] = [];
    for (let cursor = 0; ; ) {
      const page = (await t.app.inject({ url: `/api/v1/exchange/feed?cursor=${cursor}&limit=200`, headers: { authorization: `Bearer ${key}` } })).json();
      if (!page.items.length) break;
      events.push(...page.items);
      cursor = page.nextCursor;
    }
    const decided = events.find((e) => e.type.endsWith('.case.decided') && e.data.caseNo === caseNo);
    expect(decided?.data.form).toMatchObject({ 主体业态: '餐饮服务经营者', 经营面积: expect.stringContaining('平方米'), 经营项目: expect.stringContaining('热食类食品制售') });
    // minimised: no 身份证号 (the 食品安全管理员's), no phone, no applicant identity repeated
    const form = decided?.data.form as Record<string, string>;
    expect(Object.keys(form)).not.toContain('食品安全管理员身份证号');
    expect(Object.keys(form)).not.toContain('联系电话');
    expect(Object.keys(form)).not.toContain('经营者名称');
    expect(Object.keys(form)).not.toContain('食品安全管理员');
    expect(Object.keys(form)).not.toContain('法定代表人（负责人）');
    expect(JSON.stringify(decided)).not.toMatch(/\d{17}[\dX]/);
    const issued = events.find((e) => e.type.endsWith('.licence.issued') && e.data.caseNo === caseNo);
    expect(issued?.data.fields).toEqual(licence.fields);
  });

  it('analytics counts the item\'s cases by the form field it marks as a dimension', async () => {
    const director = await t.login('director1');
    const url = (field: string) => `/api/v1/analytics/form-dimension?item=${encodeURIComponent(food.code)}&field=${encodeURIComponent(field)}&from=${DAY}&to=${DAY}`;
    const res = await h.call('GET', url('主体业态'), director);
    expect(res.statusCode, res.body).toBe(200);
    // this file's two submitted food cases, both 餐饮服务经营者, one approved
    expect(res.json().items).toEqual([{ value: '餐饮服务经营者', received: 2, approved: 1, refused: 0 }]);
    const bad = await h.call('GET', url('经营面积'), director);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('field');
    expect((await h.call('GET', url('主体业态'), c.applicant1)).statusCode).toBe(403);
  });
});

describe('conditions on a situation answer', () => {
  it('a field shown by a 办理情形 is required and displayed only for cases that chose it', async () => {
    // an item with situations (demo data); its form gets a required field shown by the first situation
    const name = '药品零售企业经营许可';
    const pub = (await h.item(name)) as Item & { form: FormDefinition; situations: { code: string }[] };
    const situation = pub.situations[0]?.code;
    expect(situation, `${name} has situations`).toBeTruthy();
    const fields = [...fieldsOf(pub.form), { key: '情形说明', title: '情形说明', type: 'text' as const, required: true, situations: [situation ?? ''] }];
    const after = await publishForm(name, buildForm(fields));
    expect(fieldsOf(after.form).find((f) => f.key === '情形说明')?.situations).toEqual([situation]);

    // without that situation: not required, and a stray value is not shown
    const plain = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: after.code, situation: [], form: { ...exampleForm(after.form), 情形说明: '不应显示' } });
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json().formIssues).toEqual([]);
    expect(plain.json().formRows.map((r: { key: string }) => r.key)).not.toContain('情形说明');
    expect(plain.json().form).not.toHaveProperty('情形说明');

    // with it: required, named in Chinese, refused at submit; filled, it shows and submits
    const { 情形说明: _example, ...withoutIt } = exampleForm(after.form);
    const draft = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: after.code, situation: [situation], form: withoutIt });
    expect(draft.json().formIssues).toEqual([expect.objectContaining({ path: '情形说明', message: '请填写“情形说明”' })]);
    const refused = await h.act(draft.json().caseNo, c.applicant1 ?? '', 'submit');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'form.情形说明', message: '请填写“情形说明”' })]));
    const fixed = await h.call('PATCH', `/api/v1/cases/${draft.json().caseNo}`, c.applicant1, { form: { ...exampleForm(after.form), 情形说明: '连锁门店' } });
    expect(fixed.json().formIssues).toEqual([]);
    expect(fixed.json().formRows).toEqual(expect.arrayContaining([{ key: '情形说明', title: '情形说明', text: '连锁门店' }]));
    // answering the situation away hides the field again
    const unanswered = await h.call('PATCH', `/api/v1/cases/${draft.json().caseNo}`, c.applicant1, { situation: [] });
    expect(unanswered.json().formRows.map((r: { key: string }) => r.key)).not.toContain('情形说明');
    // and its value is not kept (so neither the licence nor the regulators' events get it)
    expect(unanswered.json().form).not.toHaveProperty('情形说明');
  });
});

describe('attachments tied to a material', () => {
  it('an attachment field names one of the item\'s materials; at submit it is satisfied exactly when that material has a file', async () => {
    const name = '危险化学品经营许可';
    const pub = (await h.item(name)) as Item & { form: FormDefinition };
    // an optional material: the materials check alone would not ask for it
    const optional = pub.materials.find((m) => m.requirement !== 'required');
    expect(optional, `${name} has an optional material`).toBeTruthy();
    const code = optional?.code ?? '';

    // a field naming no material of the item is refused when the editor saves it
    const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = (await h.call('GET', `/api/v1/catalog/items/${encodeURIComponent(pub.code)}`, undefined)).json();
    const wrong = await h.call('POST', '/api/v1/catalog/versions', c.editor1, { data: { ...data, form: buildForm([...fieldsOf(pub.form), { key: '附图', title: '附图', type: 'material', material: 'NO-SUCH', required: true }]) } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: expect.stringContaining('附图'), message: expect.stringContaining('申请材料') })]));

    const after = await publishForm(name, buildForm([...fieldsOf(pub.form), { key: '附图', title: '平面布局图', type: 'material', material: code, required: true }]));
    expect(fieldsOf(after.form).find((f) => f.key === '附图')).toMatchObject({ type: 'material', material: code, required: true });

    const created = await h.call('POST', '/api/v1/cases', c.applicant1, { itemCode: after.code, form: exampleForm(after.form) });
    expect(created.statusCode, created.body).toBe(201);
    const caseNo = created.json().caseNo as string;
    // the draft lists the material (so it can be uploaded) and says the attachment is missing
    expect(created.json().materials.map((m: { code: string }) => m.code)).toContain(code);
    expect(created.json().formIssues).toEqual([{ path: '附图', field: '平面布局图', message: '请上传“平面布局图”' }]);
    expect(created.json().formRows).toEqual(expect.arrayContaining([{ key: '附图', title: '平面布局图', text: '未上传' }]));
    for (const m of after.materials.filter((x) => x.requirement === 'required')) expect((await h.upload(caseNo, c.applicant1 ?? '', m.code, Buffer.concat([PDF, Buffer.from(`% ${caseNo} ${m.code}\n`)]))).statusCode).toBe(200);
    const refused = await h.act(caseNo, c.applicant1 ?? '', 'submit');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'CASE.FORM_INVALID', errors: [{ path: 'form.附图', message: '请上传“平面布局图”' }] });

    // the file uploaded through the material upload satisfies the field
    expect((await h.upload(caseNo, c.applicant1 ?? '', code, Buffer.concat([PDF, Buffer.from(`% ${caseNo} ${code}\n`)]))).statusCode).toBe(200);
    expect((await h.call('GET', `/api/v1/cases/${caseNo}`, c.applicant1)).json().formIssues).toEqual([]);
    const sent = await h.act(caseNo, c.applicant1 ?? '', 'submit');
    expect(sent.statusCode, sent.body).toBe(200);
    // the form's rows and the 申请表 PDF name the attachment's file
    expect(sent.json().formRows).toEqual(expect.arrayContaining([{ key: '附图', title: '平面布局图', text: '已上传：scan.pdf' }]));
    const pdf = await t.app.inject({ url: `/api/v1/cases/${caseNo}/application-form`, headers: { cookie: c.applicant1 ?? '' } });
    expect(pdf.statusCode).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.rawPayload)), { mergePages: true });
    expect(text.replace(/\s+/g, '')).toContain('平面布局图已上传：scan.pdf');
  });
});
