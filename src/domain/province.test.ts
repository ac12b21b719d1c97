import fs from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { applicantBlock, banjianRecord, licenceRecord, platformTime, ratingRecord, type BanjianCase, type LicenceFacts } from './province.js';

// the platform's documented shape (docs/province-platform.md), as the stand-in checks it: written apart from the mapping
const schema = JSON.parse(fs.readFileSync(new URL('../cli/province-records.schema.json', import.meta.url), 'utf8')) as { $id: string };
const addFormats = addFormatsModule as unknown as (ajv: Ajv, formats: string[]) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv, ['date', 'date-time']);
ajv.addSchema(schema);
const valid = (kind: 'banjian' | 'rating' | 'licence', record: unknown) => {
  const v = ajv.getSchema(`${schema.$id}#/definitions/${kind}`);
  if (!v) throw new Error('schema missing');
  const ok = v(record);
  return ok ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
};

const person = { kind: 'person' as const, name: '张三丰', idNumber: '370902198001011234', creditCode: null };
const company = { kind: 'organisation' as const, name: '泰安市泰山食品有限公司', idNumber: null, creditCode: '91370900MA3PRJ001T' };
const log = [
  { seq: 1, type: 'create', at: '2027-01-04T01:00:00Z', actorName: '张三丰', payload: {} },
  { seq: 2, type: 'submit', at: '2027-01-04T01:05:00Z', actorName: '张三丰', payload: {} },
  { seq: 3, type: 'accept', at: '2027-01-04T02:00:00Z', actorName: '李窗口', payload: {} },
  { seq: 4, type: 'take', at: '2027-01-05T02:00:00Z', actorName: '王审查', payload: {} },
  { seq: 5, type: 'submit_opinion', at: '2027-01-05T03:00:00Z', actorName: '王审查', payload: { opinion: '材料齐全，申请人电话13905381234', step: 'review' } },
  { seq: 6, type: 'approve', at: '2027-01-06T08:30:00Z', actorName: '赵局长', payload: { opinion: '准予许可' } },
];
const kase = (n: number, applicant: BanjianCase['applicant'] = person): BanjianCase => ({
  caseNo: 'TA2027-000123',
  itemCode: 'TA-SCJG-001',
  itemName: '食品经营许可',
  itemVersion: 3,
  departmentCode: 'TA-D03',
  channel: 'online',
  applicant,
  limits: { statutoryDays: 20, promisedDays: 10 },
  promisedDue: '2027-01-18',
  decisionDue: '2027-02-01',
  actions: log.slice(0, n),
});

describe('the 办件 record', () => {
  it('after submission: 已申报, no acceptance or end, the first step 申报', () => {
    const r = banjianRecord(kase(2));
    expect(r).toMatchObject({ recordId: 'TA2027-000123-2', projid: 'TA2027-000123', dataVersion: 2, status: '1', result: null, acceptTime: null, finishTime: null, applyTime: '2027-01-04T09:05:00+08:00', applyFrom: '1' });
    expect(r.steps).toEqual([{ seq: 2, code: 'SB', name: '申报', handler: '张**', time: '2027-01-04T09:05:00+08:00', opinion: null }]);
    expect(valid('banjian', r)).toEqual([]);
  });

  it('after the decision: 办结 with result 1, every step with its Beijing time, limits and dues, personal data masked', () => {
    const r = banjianRecord(kase(6));
    expect(r).toMatchObject({ status: '3', result: '1', acceptTime: '2027-01-04T10:00:00+08:00', finishTime: '2027-01-06T16:30:00+08:00', legalDays: 20, promiseDays: 10, promiseDue: '2027-01-18', legalDue: '2027-02-01', serviceCode: 'TA-SCJG-001' });
    expect(r.steps.map((s) => [s.seq, s.code])).toEqual([[2, 'SB'], [3, 'SL'], [4, 'SC'], [5, 'SC'], [6, 'BJ']]);
    expect(r.steps[3]?.opinion).toBe('材料齐全，申请人电话139****1234');
    expect(r.applicant).toEqual({ type: '1', name: '张**', idType: '111', idCode: '370902********1234' });
    expect(JSON.stringify(r)).not.toContain('370902198001011234');
    expect(valid('banjian', r)).toEqual([]);
  });

  it('a company applicant goes with its name and 统一社会信用代码 in full', () => {
    const r = banjianRecord(kase(3, company));
    expect(r.applicant).toEqual({ type: '2', name: '泰安市泰山食品有限公司', idType: '001', idCode: '91370900MA3PRJ001T' });
    expect(valid('banjian', r)).toEqual([]);
  });

  it('不予受理, 不予许可 and 撤回 end the case with results 3, 2 and 4', () => {
    const end = (type: string, payload: Record<string, unknown>, at = 3) => banjianRecord({ ...kase(at - 1), actions: [...log.slice(0, at - 1), { seq: at, type, at: '2027-01-07T01:00:00Z', actorName: '李窗口', payload }] });
    expect(end('reject', { competentBody: '市市场监管局', reason: '不属于本机关职权' })).toMatchObject({ status: '3', result: '3', acceptTime: null });
    expect(end('refuse', { reasons: '场所不符合要求' }, 5)).toMatchObject({ status: '3', result: '2' });
    expect(end('withdraw', { reason: '不再经营' }, 4)).toMatchObject({ status: '3', result: '4' });
    for (const r of [end('reject', { competentBody: 'x', reason: '不属于本机关职权' }), end('refuse', { reasons: '场所不符合要求' }, 5), end('withdraw', { reason: '不再经营' }, 4)]) expect(valid('banjian', r)).toEqual([]);
  });

  it('refuses to build a record for an action that is not a step (the consumer never asks)', () => {
    expect(() => banjianRecord(kase(1))).toThrow(/not a step/);
  });

  it('the documented shape catches a record that breaks it (the check can fail)', () => {
    const r = banjianRecord(kase(6));
    expect(valid('banjian', { ...r, applicant: { ...r.applicant, idCode: '370902198001011234' } })).not.toEqual([]);
    expect(valid('banjian', { ...r, applyTime: '2027-01-04 09:05:00' })).not.toEqual([]);
    expect(valid('banjian', { ...r, extra: 1 })).not.toEqual([]);
  });
});

describe('the 好差评 and e-licence records', () => {
  it('a rating: grade 1–5, channel, comment masked, no phone', () => {
    const r = ratingRecord({ id: 42, serviceRef: 'case:TA2027-000123', caseNo: 'TA2027-000123', itemCode: 'TA-SCJG-001', departmentCode: 'TA-D03', grade: 'dissatisfied', reasons: ['等待时间长'], comment: '打我电话13905381234', channel: 'link', ratedAt: '2027-01-07T02:00:00Z' });
    expect(r).toEqual({ recordId: 'HCP-42', projid: 'TA2027-000123', serviceRef: 'case:TA2027-000123', serviceCode: 'TA-SCJG-001', deptCode: 'TA-D03', grade: '2', channel: '2', reasons: ['等待时间长'], comment: '打我电话139****1234', ratedAt: '2027-01-07T10:00:00+08:00' });
    expect(valid('rating', r)).toEqual([]);
  });

  it('a licence: operation per event, the holder id in full for the library, a person’s name masked', () => {
    const l: LicenceFacts = { no: 'TAXK20270000011', version: 1, typeName: '食品经营许可证', itemCode: 'TA-SCJG-001', caseNo: 'TA2027-000123', holder: { kind: 'person', name: '张三丰', id: '370902198001011234' }, departmentCode: 'TA-D03', issuedOn: '2027-01-06', validFrom: '2027-01-06', validTo: '2032-01-05', reason: null, keyId: 'k1', signature: 'c2ln', payloadSha256: 'a'.repeat(64) };
    const issued = licenceRecord('licence.issued', l);
    expect(issued).toMatchObject({ recordId: 'TAXK20270000011-1-issue', operation: 'issue', holder: { type: '1', name: '张**', idCode: '370902198001011234' } });
    const revoked = licenceRecord('licence.revoked', { ...l, reason: '以欺骗手段取得' });
    expect(revoked).toMatchObject({ recordId: 'TAXK20270000011-1-revoke', operation: 'revoke', status: 'revoked', reason: '以欺骗手段取得' });
    expect(valid('licence', issued)).toEqual([]);
    expect(valid('licence', revoked)).toEqual([]);
  });

  it('times are Beijing wall-clock with the offset; an organisation applicant block keeps its code', () => {
    expect(platformTime('2027-12-31T16:00:00Z')).toBe('2028-01-01T00:00:00+08:00');
    expect(applicantBlock({ kind: 'person', name: '李四', idNumber: null, creditCode: null })).toEqual({ type: '1', name: '李*', idType: '111', idCode: null });
  });
});
