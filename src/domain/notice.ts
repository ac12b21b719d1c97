/**
 * Notices to applicants (一次性告知, 零跑腿): which event tells the applicant what, in the inbox
 * (站内信, the whole text) and by SMS (a short template with variables, as SMS providers require).
 * Pure: the notices module feeds it events and case facts, and sends what it returns.
 */
import type { WorkingCalendar } from './calendar.js';
import type { CaseActionType, CaseState } from './case.js';
import { capitalAmount, fenToDecimal } from './fees.js';
import { maskName } from './identifiers.js';
import { PAUSE_KINDS, type PauseKind } from './clock.js';

/** Every SMS starts with the bureau's signature, as registered with the provider. */
export const SMS_SIGNATURE = '【泰安市行政审批服务局】';

/**
 * The notice templates. `required`: the law requires the applicant be told (行政许可法 第三十二条、
 * 第三十八条、第四十二条), so the notice reaches the inbox and, with a phone on file, SMS, whatever the
 * applicant opted out of. `urgent`: sent by SMS even in quiet hours.
 */
export const NOTICE_TEMPLATES = {
  received: { name: '申请已收到', sms: '您申请的${item}（办件号${caseNo}）已收到，将在5个工作日内决定是否受理。', required: false, urgent: false },
  accepted: { name: '受理通知', sms: '您申请的${item}（办件号${caseNo}）已受理，承诺于${due}前办结。', required: true, urgent: false },
  rejected: { name: '不予受理通知', sms: '您申请的${item}（办件号${caseNo}）不予受理，请登录查看理由及有权机关。', required: true, urgent: false },
  supplement: { name: '一次性补正告知', sms: '您申请的${item}（办件号${caseNo}）需补正${count}项材料，清单已发至站内信，补齐后即受理。', required: true, urgent: true },
  pending: { name: '容缺受理告知', sms: '您申请的${item}（办件号${caseNo}）已容缺受理，请于${due}前补齐${count}项材料。', required: true, urgent: false },
  paused: { name: '特别程序告知', sms: '您申请的${item}（办件号${caseNo}）进入${kind}，预计${days}个工作日，所需时间不计入办理期限。', required: true, urgent: false },
  resumed: { name: '特别程序结束', sms: '您申请的${item}（办件号${caseNo}）的${kind}已结束，继续办理。', required: false, urgent: false },
  extended: { name: '延期告知', sms: '您申请的${item}（办件号${caseNo}）经批准延期${days}个工作日，理由见站内信。', required: true, urgent: false },
  approved: { name: '准予许可决定', sms: '您申请的${item}（办件号${caseNo}）已准予许可，电子证照可在“我的证照”下载，无需到场领取。', required: true, urgent: false },
  refused: { name: '不予许可决定', sms: '您申请的${item}（办件号${caseNo}）不予许可，请登录查看理由及救济途径。', required: true, urgent: false },
  withdrawn: { name: '撤回确认', sms: '您已撤回${item}的申请（办件号${caseNo}）。', required: false, urgent: false },
  rescheduled: { name: '期限调整告知', sms: '因节假日安排调整，您申请的${item}（办件号${caseNo}）承诺办结日调整为${due}。', required: false, urgent: false },
  pending_due: { name: '容缺材料补齐提醒', sms: '您申请的${item}（办件号${caseNo}）容缺的${count}项材料须于${due}前补齐，还剩${days}个工作日。', required: false, urgent: false },
  promise_due: { name: '告知承诺核查提醒', sms: '您申请的${item}（办件号${caseNo}）承诺的${count}项材料将于${due}核查，还剩${days}个工作日，请按承诺备齐。', required: false, urgent: false },
  inspection: { name: '现场踏勘通知', sms: '您申请的${item}（办件号${caseNo}）将于${date}现场踏勘，地点：${address}，踏勘人员：${names}。', required: true, urgent: false },
  licence_expiring: { name: '证照到期提醒', sms: '您的${licence}（编号${no}）将于${due}到期，如需延续请提前申请。', required: false, urgent: false },
  appointment_booked: { name: '预约成功', sms: '您已预约${zone}${time}办理${item}，预约码${code}，请于预约时段前15分钟内到大厅刷身份证或凭预约码取号。', required: false, urgent: false },
  appointment_reminder: { name: '预约提醒', sms: '提醒：您预约了明天${time}在${zone}办理${item}，预约码${code}。如不能前来请提前取消，多次未到将暂停网上预约。', required: false, urgent: false },
  ticket_near: { name: '即将叫号', sms: '您的${number}号前面还有${ahead}人，请到${zone}等候叫号。', required: false, urgent: true },
  ticket_called: { name: '请到窗口办理', sms: '请${number}号到${window}窗口办理。', required: false, urgent: true },
  rating_invite: { name: '服务评价邀请', sms: '您申请的${item}（办件号${caseNo}）已办结，欢迎登录“我的办件”对本次服务作出评价。', required: false, urgent: false },
  fee_due: { name: '缴款通知', sms: '您申请的${item}（办件号${caseNo}）需缴纳${fee}${amount}元，缴款码${payCode}，请于${due}前缴纳。', required: true, urgent: false },
  fee_reminder: { name: '缴费提醒', sms: '您申请的${item}（办件号${caseNo}）的${fee}${amount}元尚未缴纳，缴款码${payCode}，请于${due}前缴纳。', required: false, urgent: false },
  fee_paid: { name: '缴费到账', sms: '您申请的${item}（办件号${caseNo}）的${fee}${amount}元已到账，电子票据可在“我的办件”下载。', required: false, urgent: false },
  fee_lapsed: { name: '逾期未缴终止办理告知', sms: '您申请的${item}（办件号${caseNo}）的${fee}未在${due}前缴纳，按规定视为撤回申请，终止办理。', required: true, urgent: false },
  rectification_closed: { name: '差评整改反馈', sms: '您对${item}服务的评价已整改完毕，整改情况已发至站内信，感谢您的监督。', required: true, urgent: false },
} as const satisfies Record<string, { name: string; sms: string; required: boolean; urgent: boolean }>;
export type NoticeTemplate = keyof typeof NOTICE_TEMPLATES;

/** A notice to send: its template, the SMS variables, and the inbox's full text. */
export interface NoticeDraft {
  template: NoticeTemplate;
  title: string;
  /** the inbox text: everything the applicant must know, in one go */
  body: string;
  params: Record<string, string>;
}

/** What the notice needs to know of the case. */
export interface CaseFacts {
  caseNo: string;
  itemName: string;
  acceptanceDue: string | null;
  promisedDue: string | null;
}

type Payload = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Payload[] => (Array.isArray(v) ? (v as Payload[]) : []);

function draft(template: NoticeTemplate, params: Record<string, string>, body: string): NoticeDraft {
  return { template, title: NOTICE_TEMPLATES[template].name, body, params };
}

/** The case actions that tell the applicant something. */
export const NOTIFIED_CASE_ACTIONS = ['submit', 'accept', 'deem_accept', 'reject', 'request_supplement', 'accept_pending', 'start_pause', 'end_pause', 'approve_extension', 'approve', 'refuse', 'withdraw', 'recalculate_deadlines', 'assess_fee', 'approve_fee_waiver', 'fee_paid', 'fee_lapse'] as const satisfies readonly CaseActionType[];

/** The notice a case action gives the applicant, or null when it does not concern them. */
export function caseActionNotice(type: CaseActionType | string, payload: Payload, c: CaseFacts): NoticeDraft | null {
  const base = { item: c.itemName, caseNo: c.caseNo };
  const head = `您申请的“${c.itemName}”（办件号 ${c.caseNo}）`;
  switch (type) {
    case 'submit':
      return draft('received', base, `${head}已收到。将在 ${c.acceptanceDue ? `${c.acceptanceDue} 前` : '5 个工作日内'}决定是否受理，逾期未决定的，自收到之日起即为受理。`);
    case 'accept':
    case 'deem_accept':
      return draft('accepted', { ...base, due: c.promisedDue ?? '' }, `${head}已受理，承诺于 ${c.promisedDue ?? '法定期限内'} 前办结。`);
    case 'reject':
      return draft('rejected', base, `${head}不予受理。理由：${str(payload.reason)}。${payload.competentBody ? `请向${str(payload.competentBody)}申请。` : ''}`);
    case 'request_supplement': {
      const items = list(payload.items);
      const lines = items.map((p, i) => `${i + 1}. ${str(p.materialName) || str(p.materialCode)}：${str(p.problem)}`);
      return draft('supplement', { ...base, count: String(items.length) }, `${head}需补正以下材料（一次性告知，补齐后即受理）：\n${lines.join('\n')}`);
    }
    case 'accept_pending': {
      const pending = list(payload.pending);
      const due = pending.map((p) => str(p.dueDate)).sort()[0] ?? '';
      return draft('pending', { ...base, due, count: String(pending.length) }, `${head}已容缺受理，请于 ${due} 前补齐 ${pending.length} 项材料：${pending.map((p) => str(p.materialName) || str(p.materialCode)).join('、')}。`);
    }
    case 'start_pause': {
      const kind = PAUSE_KINDS[payload.kind as PauseKind] ?? '特别程序';
      const days = String(payload.expectedDays ?? '');
      return draft('paused', { ...base, kind, days }, `${head}进入${kind}，预计 ${days} 个工作日，理由：${str(payload.reason)}。特别程序所需时间不计入办理期限。`);
    }
    case 'end_pause':
      return draft('resumed', { ...base, kind: '特别程序' }, `${head}的特别程序已结束：${str(payload.result)}。继续办理。`);
    case 'approve_extension':
      return draft('extended', { ...base, days: String(payload.days ?? '') }, `${head}经批准延期 ${String(payload.days ?? '')} 个工作日。理由：${str(payload.reason)}。`);
    case 'approve':
      return draft('approved', base, `${head}已准予许可。决定书和电子证照可在“我的办件”“我的证照”下载，电子证照与纸质证照具有同等效力，无需到场领取。`);
    case 'refuse':
      return draft('refused', base, `${head}不予许可。理由：${str(payload.reasons)}。如不服，可自收到决定之日起六十日内申请行政复议，或六个月内提起行政诉讼。`);
    case 'withdraw':
      return draft('withdrawn', base, `${head}已按您的要求撤回。`);
    case 'recalculate_deadlines':
      return c.promisedDue ? draft('rescheduled', { ...base, due: c.promisedDue }, `${head}因节假日安排调整，承诺办结日调整为 ${c.promisedDue}。`) : null;
    case 'assess_fee':
    case 'approve_fee_waiver': {
      // told once there is something to pay: a waiver still awaiting approval, or a full waiver, gives no notice
      if (!payload.payCode || typeof payload.dueFen !== 'number' || payload.dueFen <= 0) return null;
      const amount = fenToDecimal(payload.dueFen);
      const fee = str(payload.feeName) || '费用';
      return draft(
        'fee_due',
        { ...base, fee, amount, payCode: str(payload.payCode), due: str(payload.deadline) },
        `${head}需缴纳${fee} ${amount} 元（${capitalAmount(payload.dueFen)}），缴款码 ${str(payload.payCode)}，请于 ${str(payload.deadline)} 前在“我的办件”在线缴纳或凭缴款码缴纳。缴款通知书可在办件页下载。`,
      );
    }
    case 'fee_paid': {
      const amount = typeof payload.amountFen === 'number' ? fenToDecimal(payload.amountFen) : '';
      const fee = str(payload.feeName) || '费用';
      return draft('fee_paid', { ...base, fee, amount }, `${head}的${fee} ${amount} 元已到账${payload.receiptNo ? `，财政电子票据号 ${str(payload.receiptNo)}` : ''}，可在“我的办件”下载电子票据。`);
    }
    case 'fee_lapse': {
      const fee = str(payload.feeName) || '费用';
      return draft(
        'fee_lapsed',
        { ...base, fee, due: str(payload.deadline) },
        `${head}的${fee}未在缴款期限 ${str(payload.deadline)} 前缴纳，${str(payload.reason)}。按该事项的收费规定视为撤回申请，终止办理。如仍需办理，可重新提出申请。`,
      );
    }
    default:
      return null;
  }
}

/** A reminder of a 容缺 or 告知承诺 due day: `left` working days before it (3, then 1). */
export interface DueReminder {
  kind: 'pending' | 'promise';
  due: string;
  left: 1 | 3;
  materialCodes: string[];
}

/** The reminders due today: each 容缺 material's due day and each commitment's check day, 3 and then 1 working day ahead. */
export function dueReminders(state: Pick<CaseState, 'pendingMaterials' | 'commitments'>, today: string, calendar: WorkingCalendar): DueReminder[] {
  const windows = ([1, 3] as const).map((left) => ({ left, until: calendar.addWorkingDays(today, left) }));
  const groups = new Map<string, DueReminder>();
  const add = (kind: DueReminder['kind'], materialCode: string, due: string) => {
    if (due < today) return;
    const w = windows.find((x) => due <= x.until);
    if (!w) return;
    const key = `${kind}:${due}:${w.left}`;
    const g = groups.get(key) ?? { kind, due, left: w.left, materialCodes: [] };
    g.materialCodes.push(materialCode);
    groups.set(key, g);
  };
  for (const p of state.pendingMaterials) add('pending', p.materialCode, p.dueDate);
  for (const c of state.commitments) add('promise', c.materialCode, c.checkDue);
  return [...groups.values()];
}

/** The inbox text and SMS of a due reminder. */
export function dueReminderNotice(c: Pick<CaseFacts, 'caseNo' | 'itemName'>, r: { kind: DueReminder['kind']; due: string; left: number; materials: string[] }): NoticeDraft {
  const params = { item: c.itemName, caseNo: c.caseNo, count: String(r.materials.length), due: r.due, days: String(r.left) };
  const head = `您申请的“${c.itemName}”（办件号 ${c.caseNo}）`;
  return r.kind === 'pending'
    ? draft('pending_due', params, `${head}容缺受理的材料须于 ${r.due} 前补齐（还剩 ${r.left} 个工作日）：${r.materials.join('、')}。逾期未补齐的，将依法作出处理。`)
    : draft('promise_due', params, `${head}以告知承诺代替的材料将于 ${r.due} 核查（还剩 ${r.left} 个工作日）：${r.materials.join('、')}。经核查与承诺不符的，将依法撤销许可。`);
}

/** A fee still unpaid as its deadline nears (3 days and 1 day before, and on the day: the fees sweeper's fee.reminder). */
export function feeReminderNotice(c: Pick<CaseFacts, 'caseNo' | 'itemName'>, f: { feeName: string; dueFen: number; payCode: string; deadline: string }): NoticeDraft {
  const amount = fenToDecimal(f.dueFen);
  const fee = f.feeName || '费用';
  return draft(
    'fee_reminder',
    { item: c.itemName, caseNo: c.caseNo, fee, amount, payCode: f.payCode, due: f.deadline },
    `您申请的“${c.itemName}”（办件号 ${c.caseNo}）的${fee} ${amount} 元（${capitalAmount(f.dueFen)}）尚未缴纳，缴款码 ${f.payCode}，请于 ${f.deadline} 前在“我的办件”在线缴纳或凭缴款码缴纳；缴清前不能作出许可决定。`,
  );
}

/** The on-site inspection's date, place and inspectors (names masked in the SMS, whole in the inbox). */
export function inspectionNotice(c: Pick<CaseFacts, 'caseNo' | 'itemName'>, p: { scheduledOn: string; address: string; inspectors: string[] }): NoticeDraft {
  return draft(
    'inspection',
    { item: c.itemName, caseNo: c.caseNo, date: p.scheduledOn, address: p.address, names: p.inspectors.map(maskName).join('、') },
    `您申请的“${c.itemName}”（办件号 ${c.caseNo}）将于 ${p.scheduledOn} 现场踏勘，地点：${p.address}，踏勘人员：${p.inspectors.join('、')}。请安排人员在场并备齐原件；踏勘人员须出示执法证件。`,
  );
}

/** The reminder before a licence expires. */
export function licenceExpiringNotice(l: { no: string; name: string; validTo: string; daysBefore: number }): NoticeDraft {
  return draft('licence_expiring', { licence: l.name, no: l.no, due: l.validTo }, `您的“${l.name}”（编号 ${l.no}）将于 ${l.validTo} 到期（${l.daysBefore} 天后）。如需延续，请在到期前提出申请。`);
}

/** A hall appointment, as the notices tell it. */
export interface AppointmentFacts {
  code: string;
  zoneName: string;
  itemName: string | null;
  slotStart: Date;
}

/** Beijing wall time of an instant: 12月7日 09:30. */
function beijingTime(at: Date): string {
  const b = new Date(at.getTime() + 8 * 3_600_000);
  return `${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${String(b.getUTCHours()).padStart(2, '0')}:${String(b.getUTCMinutes()).padStart(2, '0')}`;
}

/** The appointment's confirmation, or its reminder the day before. */
export function appointmentNotice(kind: 'booked' | 'reminder', a: AppointmentFacts): NoticeDraft {
  const params = { zone: a.zoneName, time: beijingTime(a.slotStart), item: a.itemName ?? '业务', code: a.code };
  const what = `${params.time} 在${a.zoneName}办理${a.itemName ? `“${a.itemName}”` : '业务'}`;
  return kind === 'booked'
    ? draft('appointment_booked', params, `您已预约 ${what}，预约码 ${a.code}。请于预约时段前 15 分钟内到大厅，在取号机刷身份证或输入预约码取号，预约号优先叫号。不能前来请在“我的预约”取消：30 天内 3 次未到将暂停网上预约。`)
    : draft('appointment_reminder', params, `提醒：您预约了明天 ${what}，预约码 ${a.code}。请带好身份证件和申请材料原件；不能前来请提前在“我的预约”取消。`);
}

/** A hall ticket: a few people ahead, or called to a window. */
export function ticketNotice(kind: 'near' | 'called', t: { number: string; zoneName: string; ahead?: number; windowName?: string }): NoticeDraft {
  return kind === 'near'
    ? draft('ticket_near', { number: t.number, ahead: String(t.ahead ?? 0), zone: t.zoneName }, `您的 ${t.number} 号前面还有 ${t.ahead ?? 0} 人，请到${t.zoneName}等候叫号，过号须重新排队。`)
    : draft('ticket_called', { number: t.number, window: t.windowName ?? '' }, `请 ${t.number} 号到 ${t.windowName ?? ''} 窗口办理。`);
}

/** After the decision: the invitation to rate the service (好差评). */
export function ratingInviteNotice(c: Pick<CaseFacts, 'caseNo' | 'itemName'>): NoticeDraft {
  return draft('rating_invite', { item: c.itemName, caseNo: c.caseNo }, `您申请的“${c.itemName}”（办件号 ${c.caseNo}）已办结。欢迎在“我的办件”中对本次服务作出评价（好差评），差评将由责任部门核实整改并向您反馈。`);
}

/** The outcome of the rectification of the person's bad rating (the rules require the feedback). */
export function rectificationNotice(r: { itemName: string; outcome: string }): NoticeDraft {
  return draft('rectification_closed', { item: r.itemName }, `您对“${r.itemName}”服务的评价已由责任部门核实整改。整改情况：${r.outcome}。感谢您的监督。`);
}

const ID_NUMBER = /\d{17}[\dXx]|\d{15}/;
const VARIABLE = /\$\{(\w+)\}/g;

/** The variables a template's built-in wording uses: the ones its notices always fill. */
export function templateVariables(template: NoticeTemplate): string[] {
  return [...new Set([...NOTICE_TEMPLATES[template].sms.matchAll(VARIABLE)].map((m) => m[1] ?? ''))];
}

/**
 * What is wrong with an administrator's SMS wording for a template (empty: nothing): only the
 * variables its notices fill, no signature of its own (the provider adds the registered one), and
 * at most three segments.
 */
export function smsWordingProblems(template: NoticeTemplate, text: string): string[] {
  const known = new Set(templateVariables(template));
  const problems = [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1] ?? ''))].filter((v) => !known.has(v)).map((v) => `变量 \${${v}} 不可用，可用：${[...known].map((k) => `\${${k}}`).join(' ')}`);
  if (/【[^】]*】/.test(text)) problems.push('不要在正文中写签名，发送时自动加上【泰安市行政审批服务局】');
  if (/\$\{(?!\w+\})/.test(text)) problems.push('变量格式应为 ${名称}');
  if (smsSegments(SMS_SIGNATURE + text.replace(VARIABLE, '某某某某某某')) > 3) problems.push('短信过长：超过 3 条计费短信');
  return problems;
}

/** The SMS text of a notice (in `wording`, the built-in one by default); refuses a missing variable and any 身份证号 (never sent by SMS). */
export function smsText(template: NoticeTemplate, params: Record<string, string>, wording: string = NOTICE_TEMPLATES[template].sms): string {
  const text = wording.replace(VARIABLE, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`短信变量 ${name} 缺失`);
    if (ID_NUMBER.test(value)) throw new Error(`短信变量 ${name} 含身份证号`);
    return value;
  });
  return SMS_SIGNATURE + text;
}

/** The status word (phrase: at most 5 Chinese characters) of each template in a WeChat notice. */
const WECHAT_STATUS: Record<NoticeTemplate, string> = {
  received: '已收到',
  accepted: '已受理',
  rejected: '不予受理',
  supplement: '需补正',
  pending: '容缺受理',
  paused: '特别程序',
  resumed: '继续办理',
  extended: '已延期',
  approved: '准予许可',
  refused: '不予许可',
  withdrawn: '已撤回',
  rescheduled: '期限调整',
  pending_due: '补齐提醒',
  promise_due: '核查提醒',
  inspection: '现场踏勘',
  licence_expiring: '证照到期',
  appointment_booked: '预约成功',
  appointment_reminder: '预约提醒',
  ticket_near: '即将叫号',
  ticket_called: '请到窗口',
  rating_invite: '邀请评价',
  rectification_closed: '整改完成',
  fee_due: '待缴费',
  fee_reminder: '缴费提醒',
  fee_paid: '已缴费',
  fee_lapsed: '终止办理',
};

/**
 * WeChat subscription-message field limits (公众号订阅通知 / 小程序订阅消息): thing ≤ 20 characters,
 * character_string ≤ 32 (digits, letters, symbols), phrase ≤ 5 Chinese characters, time a 24-hour time.
 */
export const WECHAT_LIMITS = { thing: 20, character_string: 32, phrase: 5 } as const;

/** Cut a thing value to WeChat's 20 characters, marking the cut. */
function thing(value: string): string {
  const chars = [...value];
  return chars.length <= WECHAT_LIMITS.thing ? value : `${chars.slice(0, WECHAT_LIMITS.thing - 1).join('')}…`;
}

/**
 * The data of the bureau's one subscription template “办件进度通知” (事项 thing1, 编号 character_string2,
 * 状态 phrase3, 时间 time4, 说明 thing5) for a notice; never an ID number, names as in the SMS.
 */
export function wechatData(template: NoticeTemplate, params: Record<string, string>, title: string, at: Date): Record<string, { value: string }> {
  const b = new Date(at.getTime() + 8 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${b.getUTCFullYear()}年${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}`;
  const subject = params.item ?? params.licence ?? title;
  const number = params.caseNo ?? params.no ?? params.number ?? params.code ?? '';
  const hint = params.due ? `期限：${params.due}` : params.date ? `日期：${params.date}` : params.time ? `时间：${params.time}` : params.window ? `请到${params.window}窗口` : '详情请登录查看';
  const data = { thing1: thing(subject), character_string2: number.replace(/[^\x21-\x7e]/g, '').slice(0, WECHAT_LIMITS.character_string), phrase3: WECHAT_STATUS[template], time4: time, thing5: thing(`${title}，${hint}`) };
  for (const v of Object.values(data)) if (ID_NUMBER.test(v)) throw new Error('微信通知含身份证号');
  return Object.fromEntries(Object.entries(data).map(([k, value]) => [k, { value }]));
}

/** SMS segments the text is billed as: one up to 70 characters, else 67 per segment. */
export function smsSegments(text: string): number {
  const n = [...text].length;
  return n <= 70 ? 1 : Math.ceil(n / 67);
}

/** Quiet hours (21:00–08:00 Beijing time): a non-urgent SMS due then is held until 08:00. */
export function smsSendAt(due: Date, urgent: boolean): Date {
  if (urgent) return due;
  const beijing = new Date(due.getTime() + 8 * 3_600_000);
  const hour = beijing.getUTCHours();
  if (hour >= 8 && hour < 21) return due;
  const morning = new Date(Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate() + (hour >= 21 ? 1 : 0), 8) - 8 * 3_600_000);
  return morning;
}

/** The wait before retry `attempt` (1, 2, …): 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60, 2 ** (attempt - 1)) * 60_000;
}
