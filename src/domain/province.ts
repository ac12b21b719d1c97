/**
 * What the provincial platform receives (issue #19, docs/adr/0019-provincial-platform.md): the
 * 办件 record of 全国一体化政务服务平台 办件数据汇聚 (a case as it stands after each step), the 好差评
 * record of a rating, and the e-licence record of the 电子证照库. The one place the fields are
 * mapped; the shape is documented in docs/province-platform.md and checked, independently of
 * this code, by the stand-in's JSON Schema (src/cli/province-records.schema.json). Pure: no I/O.
 */
import { CASE_ACTIONS, type CaseActionType } from './case.js';
import { maskIdNumber, maskName, maskPersonalData } from './identifiers.js';

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** An instant as the platform writes it: Beijing time with its offset, to the second (2026-12-07T10:00:00+08:00). */
export function platformTime(instant: Date | string): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** The case actions that are a 办理环节 of the record, with the platform's step code and name; the others stay inside the bureau. */
export const BANJIAN_STEPS = {
  submit: { code: 'SB', name: '申报' },
  accept: { code: 'SL', name: '受理' },
  accept_pending: { code: 'SL', name: '容缺受理' },
  deem_accept: { code: 'SL', name: '逾期视为受理' },
  reject: { code: 'BJ', name: '不予受理' },
  request_supplement: { code: 'BZ', name: '一次性告知补正' },
  submit_supplement: { code: 'BZ', name: '补正材料' },
  take: { code: 'SC', name: '审查' },
  start_pause: { code: 'TB', name: '特别程序开始' },
  end_pause: { code: 'TB', name: '特别程序结束' },
  request_extension: { code: 'YQ', name: '申请延期' },
  approve_extension: { code: 'YQ', name: '批准延期' },
  submit_opinion: { code: 'SC', name: '审查意见' },
  approve: { code: 'BJ', name: '办结（准予许可）' },
  refuse: { code: 'BJ', name: '办结（不予许可）' },
  withdraw: { code: 'BJ', name: '撤回' },
} as const satisfies Partial<Record<CaseActionType, { code: 'SB' | 'SL' | 'BZ' | 'SC' | 'TB' | 'YQ' | 'BJ'; name: string }>>;
export type BanjianStepAction = keyof typeof BANJIAN_STEPS;

/** Whether a case action is pushed to the platform as a step. */
export function isBanjianStep(type: string): type is BanjianStepAction {
  return Object.hasOwn(BANJIAN_STEPS, type);
}

/** 办理结果 codes: 1 准予许可, 2 不予许可, 3 不予受理, 4 撤回; null while the case runs. */
export const BANJIAN_RESULTS = { approve: '1', refuse: '2', reject: '3', withdraw: '4' } as const;

/** The platform's 办件状态: 1 已申报, 2 已受理, 3 办结. */
const ACCEPTING: readonly string[] = ['accept', 'accept_pending', 'deem_accept'];

/** What the mapping needs of a case: its row and its log up to the step being pushed. */
export interface BanjianCase {
  caseNo: string;
  itemCode: string;
  itemName: string;
  itemVersion: number;
  departmentCode: string;
  channel: 'online' | 'window' | 'agent';
  applicant: { kind: 'person' | 'organisation'; name: string; idNumber: string | null; creditCode: string | null };
  limits: { statutoryDays: number; promisedDays: number };
  promisedDue: string | null;
  decisionDue: string | null;
  /** the log, oldest first, up to and including the pushed step */
  actions: readonly { seq: number; type: string; at: Date | string; actorName: string; payload: Record<string, unknown> }[];
}

/** The 申请人 block: a person's name and 身份证号 masked as the platform requires; an organisation's are public. */
export function applicantBlock(a: BanjianCase['applicant']) {
  if (a.kind === 'person') return { type: '1', name: maskName(a.name), idType: '111', idCode: a.idNumber ? maskIdNumber(a.idNumber) : null };
  return { type: '2', name: a.name, idType: '001', idCode: a.creditCode };
}

/** What a step says: the opinion or the reason the officer wrote, personal data masked; null when the step says nothing. */
function stepOpinion(type: BanjianStepAction, p: Record<string, unknown>): string | null {
  const text =
    type === 'submit_opinion' || type === 'approve'
      ? p.opinion
      : type === 'refuse'
        ? p.reasons
        : type === 'reject' || type === 'withdraw' || type === 'start_pause' || type === 'request_extension'
          ? p.reason
          : type === 'end_pause'
            ? p.result
            : type === 'request_supplement' && Array.isArray(p.items)
              ? (p.items as { materialCode: string; problem: string }[]).map((i) => `${i.materialCode}：${i.problem}`).join('；')
              : null;
  return typeof text === 'string' && text.trim() ? maskPersonalData(text.trim()).slice(0, 1000) : null;
}

/** The 办件 record of a case after its last action in `c.actions` (which must be a step). */
export function banjianRecord(c: BanjianCase) {
  const steps = c.actions.filter((a) => isBanjianStep(a.type));
  const last = c.actions.at(-1);
  if (!last || !isBanjianStep(last.type)) throw new Error(`case ${c.caseNo}: the pushed action is not a step`);
  const submitted = c.actions.find((a) => a.type === 'submit');
  const accepted = c.actions.find((a) => ACCEPTING.includes(a.type));
  const end = c.actions.find((a) => Object.hasOwn(BANJIAN_RESULTS, a.type));
  return {
    recordId: `${c.caseNo}-${last.seq}`,
    projid: c.caseNo,
    dataVersion: last.seq,
    serviceCode: c.itemCode,
    serviceName: c.itemName,
    serviceVersion: c.itemVersion,
    deptCode: c.departmentCode,
    applyFrom: c.channel === 'online' ? '1' : c.channel === 'window' ? '2' : '3',
    applicant: applicantBlock(c.applicant),
    applyTime: platformTime(submitted?.at ?? last.at),
    acceptTime: accepted ? platformTime(accepted.at) : null,
    finishTime: end ? platformTime(end.at) : null,
    status: end ? '3' : accepted ? '2' : '1',
    result: end ? BANJIAN_RESULTS[end.type as keyof typeof BANJIAN_RESULTS] : null,
    legalDays: c.limits.statutoryDays,
    promiseDays: c.limits.promisedDays,
    promiseDue: c.promisedDue,
    legalDue: c.decisionDue,
    steps: steps.map((a) => {
      const type = a.type as BanjianStepAction;
      return {
        seq: a.seq,
        code: BANJIAN_STEPS[type].code,
        name: type === 'submit_opinion' ? CASE_ACTIONS.submit_opinion : BANJIAN_STEPS[type].name,
        handler: maskName(a.actorName),
        time: platformTime(a.at),
        opinion: stepOpinion(type, a.payload),
      };
    }),
  };
}
export type BanjianRecord = ReturnType<typeof banjianRecord>;

/** 好差评 grades as the national system counts them: 5 非常满意 … 1 非常不满意. */
export const RATING_GRADES = { very_satisfied: '5', satisfied: '4', basic: '3', dissatisfied: '2', very_dissatisfied: '1' } as const;
/** Where the rating was given: 1 大厅评价器, 2 短信/链接, 3 网上. */
const RATING_CHANNELS = { pad: '1', link: '2', online: '3' } as const;

/** What the mapping needs of a rating. */
export interface RatingFacts {
  id: number;
  serviceRef: string;
  caseNo: string | null;
  itemCode: string | null;
  departmentCode: string | null;
  grade: keyof typeof RATING_GRADES;
  reasons: string[];
  comment: string;
  channel: keyof typeof RATING_CHANNELS;
  ratedAt: Date | string;
}

/** The 好差评 record of one rating: the comment with personal data masked, no phone or device. */
export function ratingRecord(r: RatingFacts) {
  return {
    recordId: `HCP-${r.id}`,
    projid: r.caseNo,
    serviceRef: r.serviceRef,
    serviceCode: r.itemCode,
    deptCode: r.departmentCode,
    grade: RATING_GRADES[r.grade],
    channel: RATING_CHANNELS[r.channel],
    reasons: r.reasons.map((x) => maskPersonalData(x).slice(0, 100)),
    comment: maskPersonalData(r.comment).slice(0, 500),
    ratedAt: platformTime(r.ratedAt),
  };
}
export type RatingRecord = ReturnType<typeof ratingRecord>;

/** Licence events the library receives, with the library's 操作类型. */
export const LICENCE_OPERATIONS = {
  'licence.issued': 'issue',
  'licence.changed': 'change',
  'licence.renewed': 'renew',
  'licence.suspended': 'suspend',
  'licence.restored': 'restore',
  'licence.revoked': 'revoke',
  'licence.cancelled': 'cancel',
} as const;
export type LicenceTopic = keyof typeof LICENCE_OPERATIONS;

/** The status a licence version has right after the operation (the row may have moved on by the time the event is read). */
const STATUS_AFTER = { issue: 'valid', change: 'valid', renew: 'valid', restore: 'valid', suspend: 'suspended', revoke: 'revoked', cancel: 'cancelled' } as const;

/** What the mapping needs of a licence version. */
export interface LicenceFacts {
  no: string;
  version: number;
  typeName: string;
  itemCode: string;
  caseNo: string;
  holder: { kind: 'person' | 'organisation'; name: string; id: string };
  departmentCode: string;
  issuedOn: string;
  validFrom: string;
  validTo: string | null;
  /** the reason the event gives (a suspension, revocation, restoration or cancellation) */
  reason: string | null;
  keyId: string;
  signature: string;
  payloadSha256: string;
}

/**
 * The library's record of one licence version. The library matches a licence to its holder for
 * 免证办, so the holder's 身份证号 goes in full over the authenticated channel (it is never logged);
 * the name of a person is masked like everywhere else off the bureau's own screens.
 */
export function licenceRecord(topic: LicenceTopic, l: LicenceFacts) {
  return {
    recordId: `${l.no}-${l.version}-${LICENCE_OPERATIONS[topic]}`,
    licenceNo: l.no,
    version: l.version,
    operation: LICENCE_OPERATIONS[topic],
    status: STATUS_AFTER[LICENCE_OPERATIONS[topic]],
    typeName: l.typeName,
    serviceCode: l.itemCode,
    projid: l.caseNo,
    holder: { type: l.holder.kind === 'person' ? '1' : '2', name: l.holder.kind === 'person' ? maskName(l.holder.name) : l.holder.name, idCode: l.holder.id },
    deptCode: l.departmentCode,
    issuedOn: l.issuedOn,
    validFrom: l.validFrom,
    validTo: l.validTo,
    reason: l.reason ? maskPersonalData(l.reason).slice(0, 500) : null,
    keyId: l.keyId,
    signature: l.signature,
    payloadSha256: l.payloadSha256,
  };
}
export type LicenceRecord = ReturnType<typeof licenceRecord>;

/**
 * 免证办: whether a material may be met by a licence of this type from the library instead of an
 * upload — the catalog names, per material, the licence types that stand for it (材料 可用电子证照,
 * reviewed in the four stages like the rest of the item): 申请人营业执照或其他主体资格证明 ← 营业执照;
 * 原食品经营许可证件 ← 食品经营许可证.
 */
export function materialAcceptsLicence(m: { licenceTypes: readonly string[] }, typeName: string): boolean {
  return m.licenceTypes.includes(typeName);
}

/** What the applicant agrees to when a library licence stands for a material (recorded with the case). */
export const LIBRARY_CONSENT = '本人（本单位）同意审批机关从电子证照库调取所选证照，用于本次申请，代替提交纸质或扫描材料。';
