import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from './calendar.js';
import { caseActionNotice, dueReminders, inspectionNotice, NOTICE_TEMPLATES, NOTIFIED_CASE_ACTIONS, retryDelayMs, SMS_SIGNATURE, smsSegments, smsSendAt, smsText, smsWordingProblems, wechatData, type NoticeTemplate } from './notice.js';

const facts = { caseNo: 'TA2027-000123', itemName: '食品经营许可', acceptanceDue: '2027-03-10', promisedDue: '2027-03-24' };

describe('notices', () => {
  it('gives each notified case action a notice, and none to internal steps', () => {
    for (const a of NOTIFIED_CASE_ACTIONS) expect(caseActionNotice(a, { items: [], pending: [], kind: 'inspection', expectedDays: 5, days: 5, feeName: '森林植被恢复费', dueFen: 100520, amountFen: 100520, payCode: '37092612000001', deadline: '2027-03-20' }, facts), a).not.toBeNull();
    for (const a of ['take', 'assign', 'request_extension', 'create']) expect(caseActionNotice(a, {}, facts), a).toBeNull();
  });

  it('tells the fee due with its capitals and pay code, and nothing while a waiver awaits approval or waives it all', () => {
    const n = caseActionNotice('assess_fee', { feeName: '森林植被恢复费', dueFen: 100520, payCode: '37092612000001', deadline: '2027-03-20' }, facts);
    expect(n?.template).toBe('fee_due');
    expect(n?.body).toContain('1005.20 元（壹仟零伍元贰角）');
    expect(n?.params).toMatchObject({ amount: '1005.20', payCode: '37092612000001', due: '2027-03-20' });
    expect(caseActionNotice('assess_fee', { feeName: 'x', dueFen: 100520, payCode: null, deadline: null }, facts)).toBeNull();
    expect(caseActionNotice('approve_fee_waiver', { feeName: 'x', dueFen: 0, payCode: null, deadline: null }, facts)).toBeNull();
  });

  it('lists every material of a 补正 in one notice', () => {
    const n = caseActionNotice('request_supplement', { items: [{ materialCode: 'M1', materialName: '营业执照', problem: '复印件不清晰' }, { materialCode: 'M2', problem: '缺少盖章' }] }, facts);
    expect(n?.template).toBe('supplement');
    expect(n?.body).toContain('1. 营业执照：复印件不清晰');
    expect(n?.body).toContain('2. M2：缺少盖章');
    expect(n?.params.count).toBe('2');
  });

  it('writes the SMS with the signature and every variable, and refuses a missing variable or an ID number', () => {
    const text = smsText('accepted', { item: '食品经营许可', caseNo: 'TA2027-000123', due: '2027-03-24' });
    expect(text.startsWith(SMS_SIGNATURE)).toBe(true);
    expect(text).toContain('2027-03-24前办结');
    expect(() => smsText('accepted', { item: '食品经营许可', caseNo: 'TA2027-000123' })).toThrow(/due/);
    expect(() => smsText('accepted', { item: '370902198506123019', caseNo: 'TA2027-000123', due: '2027-03-24' })).toThrow(/身份证号/);
  });

  it('every template fits in three segments with long names', () => {
    const long = '某'.repeat(20);
    for (const t of Object.keys(NOTICE_TEMPLATES) as NoticeTemplate[]) {
      const params = { item: long, caseNo: 'TA2027-000123', due: '2027-03-24', count: '3', kind: '现场踏勘', days: '10', licence: long, no: 'TAXK20270000011', date: '2027-03-05', address: long, names: '张**、李*', zone: long, time: '12月7日 09:30', code: '12345678', number: 'A012', ahead: '3', window: long, fee: long, amount: '1234567.89', payCode: '37092612000001' };
      expect(smsSegments(smsText(t, params)), t).toBeLessThanOrEqual(3);
    }
  });

  it("fills WeChat's subscription fields within WeChat's limits for every template", () => {
    const long = '某'.repeat(30);
    const params = { item: long, caseNo: 'TA2027-000123', due: '2027-03-24', count: '3', kind: '现场踏勘', days: '10', licence: long, no: 'TAXK20270000011', date: '2027-03-05', address: long, names: '张**', zone: long, time: '12月7日 09:30', code: '12345678', number: 'A012', ahead: '3', window: long, fee: long, amount: '1234567.89', payCode: '37092612000001' };
    for (const t of Object.keys(NOTICE_TEMPLATES) as NoticeTemplate[]) {
      const d = wechatData(t, params, NOTICE_TEMPLATES[t].name, new Date('2027-03-01T02:05:00Z'));
      expect([...(d.thing1?.value ?? '')].length, t).toBeLessThanOrEqual(20);
      expect([...(d.thing5?.value ?? '')].length, t).toBeLessThanOrEqual(20);
      expect(d.phrase3?.value, t).toMatch(/^[\u4e00-\u9fa5]{1,5}$/);
      expect(d.character_string2?.value, t).toMatch(/^[\x21-\x7e]{0,32}$/);
      expect(d.time4?.value).toBe('2027年3月1日 10:05');
    }
    expect(() => wechatData('accepted', { ...params, item: '370902198506123019' }, '受理通知', new Date())).toThrow(/身份证号/);
  });

  it("checks an administrator's SMS wording: only the notice's variables, no signature, three segments at most", () => {
    expect(smsWordingProblems('accepted', '${item}已受理，${due}前办结')).toEqual([]);
    expect(smsWordingProblems('accepted', '${item}，${idNumber}')[0]).toContain('idNumber');
    expect(smsWordingProblems('accepted', '【某局】${item}已受理')).toHaveLength(1);
    expect(smsWordingProblems('accepted', '字'.repeat(210))).toHaveLength(1);
  });

  it('counts segments as providers bill them: 70 characters in one, else 67 each', () => {
    expect(smsSegments('字'.repeat(70))).toBe(1);
    expect(smsSegments('字'.repeat(71))).toBe(2);
    expect(smsSegments('字'.repeat(134))).toBe(2);
    expect(smsSegments('字'.repeat(135))).toBe(3);
  });

  it('holds a non-urgent SMS in quiet hours (21:00–08:00 Beijing) until 08:00; urgent ones go at once', () => {
    const at = (s: string) => new Date(s);
    expect(smsSendAt(at('2027-03-01T20:59:00+08:00'), false)).toEqual(at('2027-03-01T20:59:00+08:00'));
    expect(smsSendAt(at('2027-03-01T21:00:00+08:00'), false)).toEqual(at('2027-03-02T08:00:00+08:00'));
    expect(smsSendAt(at('2027-03-02T03:10:00+08:00'), false)).toEqual(at('2027-03-02T08:00:00+08:00'));
    expect(smsSendAt(at('2027-03-02T23:30:00+08:00'), true)).toEqual(at('2027-03-02T23:30:00+08:00'));
  });

  it('names the inspectors in full in the inbox and masked in the SMS', () => {
    const n = inspectionNotice(facts, { scheduledOn: '2027-03-05', address: '泰山区东岳大街 1 号', inspectors: ['张三丰', '李四'] });
    expect(n.body).toContain('张三丰、李四');
    expect(smsText(n.template, n.params)).toContain('踏勘人员：张**、李*');
  });

  it('reminds of 容缺 and 告知承诺 due days 3 and then 1 working day ahead, grouped by day', () => {
    const cal = new WorkingCalendar();
    const today = '2027-03-01';
    const [d1, d2, d3, d4] = [1, 2, 3, 4].map((n) => cal.addWorkingDays(today, n));
    const state = {
      pendingMaterials: [
        { materialCode: 'A', dueDate: d3 ?? '' },
        { materialCode: 'B', dueDate: d3 ?? '' },
        { materialCode: 'C', dueDate: d1 ?? '' },
        { materialCode: 'D', dueDate: d4 ?? '' },
        { materialCode: 'E', dueDate: '2027-02-26' },
      ],
      commitments: [{ materialCode: 'F', checkDue: d2 ?? '' }],
    };
    expect(dueReminders(state, today, cal)).toEqual([
      { kind: 'pending', due: d3, left: 3, materialCodes: ['A', 'B'] },
      { kind: 'pending', due: d1, left: 1, materialCodes: ['C'] },
      { kind: 'promise', due: d2, left: 3, materialCodes: ['F'] },
    ]);
  });

  it('backs off 1, 2, 4 … minutes up to an hour', () => {
    expect([1, 2, 3, 8].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 3_600_000]);
  });
});
