/**
 * Demo cases (演示办件): about 300 applications over the 12 months before today, made through
 * cases' services exactly as users make them (create → upload each material → actions), with the
 * service's clock moved to each step's date so the logs, deadlines and overdue flags are real.
 *
 * What it makes (demo/cases.json holds the data; the mix is MIX below):
 * - items: 44 of the most common transferred items and 34 of the hall's service items (不动产登记,
 *   社会保险, 纳税), picked by weight with a seeded PRNG (mulberry32), so the demo is the same
 *   every time it is seeded on the same day (dates count back from today on the working calendar);
 * - channels: online by applicant1 (personal items; identity documents uploaded once and then
 *   reused — 复用), at a window by clerk1 (商事登记 and the other zones) or clerk2 (投资建设项目)
 *   for generated people and companies with valid 身份证号 / 统一社会信用代码, and by agent1 for
 *   companies with a written authorisation (委托书);
 * - every status and situation: drafts; submitted within the 5 working days, and a few past
 *   them (the sweep at the end deems them accepted); waiting for 补正; accepted and on time,
 *   in warning, overdue; paused for on-site inspection or expert review; extension requested,
 *   and approved by the director (an agency's own officer for its items); 容缺 pending; 告知承诺; approved (most, mostly on time, some
 *   late, some after 补正, a pause, an extension, 容缺 or 告知承诺); refused; rejected
 *   (不予受理, naming the competent body); withdrawn at each stage;
 * - who acts (谁审批谁负责, domain/authority.ts): each department's own caseworker and chief
 *   (DEPARTMENT_STAFF), with the caseworker's 审查 opinion and deputy1's 审批 where the item's
 *   procedure names 分管领导; the 不动产, 社保 and 税务 services decided by their stationed officers;
 * - files: small valid PDFs and PNGs generated here, different bytes per file.
 *
 * Every step happens before today; at the end one sweep runs with the real time, so open cases
 * carry today's clock state and the overdue / warning notices are in the outbox.
 *
 * Resumable: each case carries `form.demoRef`; cases already present are skipped, so a seed
 * killed half-way finishes on the next start (a case interrupted between two of its steps keeps
 * the steps it got). When every planned case exists, nothing is done at all.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { z } from 'zod';
import { bureauDecides, chainOf } from '../../domain/authority.js';
import type { Disposition } from '../../domain/catalog.js';
import { exampleForm, itemForm, type FormDefinition } from '../../domain/forms.js';
import { CASE_STATUSES } from '../../domain/case.js';
import { addCalendarDays, toShanghaiDate, type DateStr, type WorkingCalendar } from '../../domain/calendar.js';
import type { PauseKind } from '../../domain/clock.js';
import { creditCodeCheckChar, idNumberCheckChar } from '../../domain/identifiers.js';
import { mulberry32 } from '../../domain/random.js';
import { loadUserActor, type UserActor } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import type { ActionBody, OnBehalfOf } from '../modules/cases/cases.schemas.js';
import { CaseCommandsService, NO_POLICIES, type CasePolicies } from '../modules/cases/case-commands.service.js';
import { CaseFilesService } from '../modules/cases/case-files.service.js';
import { CaseQueriesService } from '../modules/cases/case-queries.service.js';
import { CaseSweeperService } from '../modules/cases/case-sweeper.service.js';
import { CaseReader } from '../modules/cases/cases.shared.js';
import { CatalogService } from '../modules/catalog/catalog.service.js';
import { OrgService } from '../modules/org/org.service.js';
import { AgencyService } from '../modules/projects/agency.service.js';
import { ProjectsService } from '../modules/projects/projects.service.js';

const casesFile = z.object({
  seed: z.number().int(),
  count: z.number().int().min(1).max(5000),
  items: z.array(z.object({ code: z.string(), name: z.string(), weight: z.number().positive() })).min(1),
  districts: z.array(z.string().regex(/^3709\d{2}$/)).min(1),
  surnames: z.array(z.string()).min(1),
  givenNames: z.array(z.string()).min(1),
  companyCores: z.array(z.string()).min(1),
  companyTrades: z.array(z.object({ trade: z.string(), suffix: z.string() })).min(1),
  supplementProblems: z.array(z.string()).min(1),
  rejections: z.array(z.object({ competentBody: z.string(), reason: z.string() })).min(1),
  refusals: z.array(z.string()).min(1),
  approvals: z.array(z.string()).min(1),
  inspectionReasons: z.array(z.string()).min(1),
  expertReasons: z.array(z.string()).min(1),
  pauseResults: z.array(z.string()).min(1),
  extensionReasons: z.array(z.string()).min(1),
  withdrawReasons: z.array(z.string()).min(1),
});
/** demo/cases.json: the seed, the count, the items with their weights and the words the cases are made of. */
export type CasesData = z.infer<typeof casesFile>;

/** What happens to one demo case, from application to where it stands today. */
export type Scenario =
  | 'approved'
  | 'approved_instant'
  | 'approved_late'
  | 'approved_supplement'
  | 'approved_pause'
  | 'approved_extension'
  | 'approved_tolerance'
  | 'approved_commitment'
  | 'refused'
  | 'rejected'
  | 'withdrawn'
  | 'draft'
  | 'submitted'
  | 'submitted_stale'
  | 'supplement_waiting'
  | 'accepted_ok'
  | 'accepted_warning'
  | 'accepted_overdue'
  | 'paused_inspection'
  | 'paused_expert'
  | 'extension_open'
  | 'tolerance_pending'
  | 'commitment_open';

/** The mix for 300 cases; other counts scale it (every scenario at least once). */
const MIX: readonly [Scenario, number][] = [
  ['approved', 108],
  ['approved_instant', 20],
  ['approved_late', 10],
  ['approved_supplement', 14],
  ['approved_pause', 14],
  ['approved_extension', 6],
  ['approved_tolerance', 8],
  ['approved_commitment', 10],
  ['refused', 12],
  ['rejected', 10],
  ['withdrawn', 10],
  ['draft', 10],
  ['submitted', 8],
  ['submitted_stale', 4],
  ['supplement_waiting', 10],
  ['accepted_ok', 10],
  ['accepted_warning', 6],
  ['accepted_overdue', 8],
  ['paused_inspection', 5],
  ['paused_expert', 3],
  ['extension_open', 5],
  ['tolerance_pending', 5],
  ['commitment_open', 4],
];

type Filer = 'applicant1' | 'clerk1' | 'clerk2' | 'agent1';
/** Who reviews and decides each department's items (demo/accounts.json): the division's caseworker and chief, an agency's stationed officer. */
const DEPARTMENT_STAFF = {
  'TA-D04': { reviewer: 'caseworker3', decider: 'chief4' },
  'TA-D05': { reviewer: 'chief5', decider: 'chief5' },
  'TA-D06': { reviewer: 'caseworker1', decider: 'chief1' },
  'TA-D07': { reviewer: 'chief2', decider: 'chief2' },
  'TA-D08': { reviewer: 'caseworker2', decider: 'chief3' },
  'TA-D09': { reviewer: 'chief6', decider: 'chief6' },
  'TA-R08': { reviewer: 'social1', decider: 'social1' },
  'TA-R09': { reviewer: 'estate1', decider: 'estate1' },
  'TA-R26': { reviewer: 'tax1', decider: 'tax1' },
} as const;
type Officer = (typeof DEPARTMENT_STAFF)[keyof typeof DEPARTMENT_STAFF][keyof (typeof DEPARTMENT_STAFF)[keyof typeof DEPARTMENT_STAFF]];
/** The department each window clerk is authorised for (an instant item of it is decided on the spot). */
const CLERK_DEPARTMENT = { clerk1: 'TA-D06', clerk2: 'TA-D04' } as const;

type Staff = 'clerk1' | 'clerk2' | Officer | 'deputy1' | 'director1';
type Username = Filer | Staff;
const USERNAMES: readonly Username[] = [
  'applicant1',
  'clerk1',
  'clerk2',
  'agent1',
  ...new Set(Object.values(DEPARTMENT_STAFF).flatMap((s) => [s.reviewer, s.decider])),
  'deputy1',
  'director1',
];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An action as planned: the version is filled in when it runs. */
type PlannedAction = DistributiveOmit<ActionBody, 'expectedVersion'>;

/** A generated file: its bytes are made when the step runs. */
interface FileSpec {
  kind: 'pdf' | 'png';
  name: string;
  label: string;
  /** identity or business-licence documents: reuse one on file for the same applicant if there is one */
  reuse: 'identity' | 'licence' | null;
}

type Step =
  | { at: Date; do: 'create' }
  | { at: Date; do: 'attach'; material: string; file: FileSpec }
  | { at: Date; do: 'act'; by: Username; body: PlannedAction };

/** One planned demo case. */
export interface DemoCasePlan {
  ref: string;
  scenario: Scenario;
  itemCode: string;
  filer: Filer;
  situation: string[];
  /** the party a window clerk files for */
  onBehalfOf: OnBehalfOf | null;
  /** the company agent1 files for, under its registered authorisation */
  agentFor: Omit<Company, 'kind'> | null;
  steps: Step[];
}

/** What planning needs to know of an item (the public catalog item has all of it). */
export interface PlanItem {
  code: string;
  name: string;
  departmentCode: string;
  disposition: Disposition | null;
  steps: { name: string; role: string }[];
  zone: string | null;
  serviceObject: string;
  onlineLevel: string;
  instant: boolean;
  statutoryDays: number;
  promisedDays: number;
  onSiteInspection: boolean;
  expertReview: boolean;
  materials: { code: string; name: string; requirement: string; toleranceAllowed: boolean; commitmentAllowed: boolean }[];
  situations: { code: string; name: string; materialCodes: string[] }[];
}

// ------------------------------------------------------------------------------ randomness

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return hi <= lo ? lo : lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  }
  weighted<T>(xs: readonly T[], weight: (x: T) => number): T {
    const total = xs.reduce((s, x) => s + weight(x), 0);
    let r = this.next() * total;
    for (const x of xs) {
      r -= weight(x);
      if (r < 0) return x;
    }
    return this.pick(xs);
  }
}

// ------------------------------------------------------------------------------ applicants

interface Person {
  kind: 'person';
  name: string;
  idNumber: string;
  phone: string;
}
interface Company {
  kind: 'organisation';
  name: string;
  creditCode: string;
  phone: string;
}

const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function mobile(rng: Rng): string {
  return `1${rng.pick(['35', '36', '38', '39', '58', '59', '78', '87', '88'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

/** A 居民身份证号 with a real birth date and the GB 11643 check character. */
function idNumber(rng: Rng, district: string, n: number): string {
  const birth = `${rng.int(1956, 2003)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const first17 = `${district}${birth}${String((n * 7 + rng.int(0, 6)) % 1000).padStart(3, '0')}`;
  return `${first17}${idNumberCheckChar(first17) ?? '0'}`;
}

/** The 9-character 组织机构代码 inside a credit code, with its GB 11714 check character. */
function organisationCode(rng: Rng): string {
  const body = `MA${Array.from({ length: 6 }, () => rng.pick([...CODE_ALPHABET])).join('')}`;
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = body.charAt(i);
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * (weights[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return `${body}${c === 10 ? 'X' : c === 11 ? '0' : String(c)}`;
}

/** A 统一社会信用代码 with the GB 32100 check character. */
function creditCode(rng: Rng, prefix: string, district: string): string {
  const first17 = `${prefix}${district}${organisationCode(rng)}`;
  return `${first17}${creditCodeCheckChar(first17) ?? '0'}`;
}

function makePeople(rng: Rng, data: CasesData, n: number): Person[] {
  const seen = new Set<string>();
  const out: Person[] = [];
  for (let i = 0; out.length < n && i < n * 20; i++) {
    const name = `${rng.pick(data.surnames)}${rng.pick(data.givenNames)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    out.push({ kind: 'person', name, idNumber: idNumber(rng, rng.pick(data.districts), i), phone: mobile(rng) });
  }
  return out;
}

function makeCompanies(rng: Rng, data: CasesData, n: number): Company[] {
  const seen = new Set<string>();
  const out: Company[] = [];
  for (let i = 0; out.length < n && i < n * 20; i++) {
    const trade = rng.pick(data.companyTrades);
    const name = `泰安市${rng.pick(data.companyCores)}${trade.trade}${trade.suffix}`;
    if (seen.has(name)) continue;
    seen.add(name);
    // 91 enterprise, 93 farmers' cooperative, 52 private non-enterprise unit (民办学校)
    const prefix = trade.suffix === '专业合作社' ? '93' : trade.suffix === '学校' ? '52' : '91';
    out.push({ kind: 'organisation', name, creditCode: creditCode(rng, prefix, rng.pick(data.districts)), phone: mobile(rng) });
  }
  return out;
}

// ------------------------------------------------------------------------------ generated files

const PDF_TEXT = /[^\x20-\x7e]/g;

/** A small valid one-page PDF showing `label` (ASCII), with a correct cross-reference table. */
export function demoPdf(label: string): Buffer {
  const text = label.replace(PDF_TEXT, '?').replace(/[()\\]/g, (c) => `\\${c}`);
  const stream = `BT /F1 14 Tf 72 770 Td (Shenpi demo material) Tj 0 -24 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A small valid 16×16 RGB PNG whose pixels derive from `label` (so each file's bytes differ). */
export function demoPng(label: string): Buffer {
  const size = 16;
  const rng = new Rng(hash(label));
  const [r, g, b] = [rng.int(40, 215), rng.int(40, 215), rng.int(40, 215)];
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < size; x++) {
      const shade = (x + y) % 2 === 0 ? 1 : 0.8;
      raw[row + 1 + x * 3] = Math.round(r * shade);
      raw[row + 2 + x * 3] = Math.round(g * shade);
      raw[row + 3 + x * 3] = Math.round(b * shade);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const text = Buffer.from(`Comment\0${label.replace(PDF_TEXT, '?')}`, 'latin1');
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('tEXt', text),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ------------------------------------------------------------------------------ planning

/** Days before today as the planner counts them. */
class Days {
  constructor(
    readonly cal: WorkingCalendar,
    readonly today: DateStr,
  ) {}
  /** n working days after d (the start day does not count). */
  after(d: DateStr, n: number): DateStr {
    return this.cal.addWorkingDays(d, Math.max(0, n));
  }
  /** The working day n working days before d (d itself when n = 0). */
  back(d: DateStr, n: number): DateStr {
    let x = d;
    for (let left = n; left > 0; ) {
      x = addCalendarDays(x, -1);
      if (this.cal.isWorkingDay(x)) left--;
    }
    return x;
  }
  /** d if it is a working day, else the next one (the hall is closed on the others). */
  open(d: DateStr): DateStr {
    let x = d;
    while (!this.cal.isWorkingDay(x)) x = addCalendarDays(x, 1);
    return x;
  }
  /** The later of two days. */
  max(a: DateStr, b: DateStr): DateStr {
    return a > b ? a : b;
  }
}

/** Builds the steps of one case, each at a time after the one before. */
class CaseBuilder {
  readonly steps: Step[] = [];
  private last = 0;
  private fileNo = 0;
  readonly committed = new Set<string>();
  readonly staff: { reviewer: Staff; decider: Staff };
  /** an instant item accepted by a clerk of its own department is decided at acceptance */
  readonly onTheSpot: boolean;

  constructor(
    readonly rng: Rng,
    readonly days: Days,
    readonly data: CasesData,
    readonly item: PlanItem,
    readonly filer: Filer,
    readonly clerk: 'clerk1' | 'clerk2',
    readonly applicant: Person | Company,
    readonly required: string[],
    readonly id: number,
  ) {
    const staff = (DEPARTMENT_STAFF as Record<string, { reviewer: Staff; decider: Staff }>)[item.departmentCode];
    if (!staff) throw new Error(`demo cases: no staff for ${item.departmentCode} (${item.name})`);
    this.staff = staff;
    this.onTheSpot = item.instant && CLERK_DEPARTMENT[clerk] === item.departmentCode;
  }

  /** Who approves an extension: the director for the bureau's items, the stationed officer for an agency's. */
  get extensionApprover(): Staff {
    return bureauDecides(this.item) ? 'director1' : this.staff.decider;
  }

  /** The filer works any time online; the hall and its staff work on working days, office hours. */
  private stamp(day: DateStr, office: boolean): Date {
    const lastDay = this.last ? toShanghaiDate(new Date(this.last)) : '';
    if (day <= lastDay) return new Date(this.last + this.rng.int(2, 20) * 60_000);
    const minute = office ? this.rng.int(8 * 60 + 40, 16 * 60 + 30) : this.rng.int(7 * 60 + 30, 20 * 60 + 30);
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    const ss = String(this.rng.int(0, 59)).padStart(2, '0');
    return new Date(`${day}T${hh}:${mm}:${ss}+08:00`);
  }

  private push(day: DateStr, office: boolean, step: DistributiveOmit<Step, 'at'>) {
    const at = this.stamp(day, office);
    this.last = at.getTime();
    this.steps.push({ ...step, at } as Step);
  }

  get online(): boolean {
    return this.filer === 'applicant1';
  }

  /** The day the filer can act: online any day, the hall and agents on working days. */
  filerDay(d: DateStr): DateStr {
    return this.online ? d : this.days.open(d);
  }

  lastDay(): DateStr {
    return this.last ? toShanghaiDate(new Date(this.last)) : '';
  }

  create(day: DateStr) {
    this.push(day, !this.online, { do: 'create' });
  }

  attach(day: DateStr, code: string) {
    const m = this.item.materials.find((x) => x.code === code);
    const name = m?.name ?? code;
    const reuse = /身份证/.test(name) && this.applicant.kind === 'person' ? 'identity' : /营业执照|主体资格/.test(name) && this.applicant.kind === 'organisation' ? 'licence' : null;
    const kind = reuse === 'identity' || /照片|证件/.test(name) ? 'png' : 'pdf';
    this.fileNo++;
    const label = `case ${this.id} ${code} file ${this.fileNo} ${this.applicant.kind === 'person' ? this.applicant.idNumber : this.applicant.creditCode}`;
    this.push(day, !this.online, { do: 'attach', material: code, file: { kind, name: `${name.slice(0, 60)}.${kind}`, label, reuse } });
  }

  act(day: DateStr, by: Username, body: PlannedAction) {
    const office = by !== this.filer || !this.online;
    this.push(day, office, { do: 'act', by, body });
  }

  /** Draft with materials, then submitted; `commit` replaces one material by a 告知承诺 first. */
  apply(day: DateStr, opts: { commit?: string; attach?: number } = {}) {
    this.create(day);
    if (opts.commit) {
      this.committed.add(opts.commit);
      this.act(day, this.filer, { type: 'commit_promise', materialCode: opts.commit, checkDue: addCalendarDays(day, this.rng.int(30, 90)) });
    }
    const todo = this.required.filter((c) => !this.committed.has(c));
    for (const code of todo.slice(0, opts.attach ?? todo.length)) this.attach(day, code);
  }

  submit(day: DateStr) {
    this.act(day, this.filer, { type: 'submit' });
  }

  accept(day: DateStr) {
    this.act(day, this.clerk, { type: 'accept' });
  }

  take(day: DateStr) {
    this.act(day, this.staff.reviewer, { type: 'take' });
  }

  approve(day: DateStr) {
    this.chain(day, false);
    this.act(day, this.staff.decider, { type: 'approve', opinion: this.rng.pick(this.data.approvals) });
  }

  refuse(day: DateStr) {
    this.chain(day, true);
    this.act(day, this.staff.decider, { type: 'refuse', reasons: this.rng.pick(this.data.refusals) });
  }

  /** The review chain before a decision: the caseworker's 审查 opinion, and the deputy's 审批 where the procedure names it. */
  private chain(day: DateStr, refuse: boolean) {
    if (this.staff.reviewer !== this.staff.decider)
      this.act(day, this.staff.reviewer, { type: 'submit_opinion', opinion: `经审查，申请材料齐全、符合法定形式，建议${refuse ? '不予许可' : '准予许可'}。` });
    if (chainOf(this.item.steps).includes('sign')) this.act(day, 'deputy1', { type: 'submit_opinion', opinion: refuse ? '同意不予许可。' : '同意。' });
  }

  pauseKind(): PauseKind | null {
    if (this.item.onSiteInspection && this.item.expertReview) return this.rng.chance(0.5) ? 'inspection' : 'expert_review';
    if (this.item.onSiteInspection) return 'inspection';
    if (this.item.expertReview) return 'expert_review';
    return null;
  }

  startPause(day: DateStr, kind: PauseKind, expectedDays: number) {
    const reason = this.rng.pick(kind === 'inspection' ? this.data.inspectionReasons : this.data.expertReasons);
    this.act(day, this.staff.reviewer, { type: 'start_pause', kind, expectedDays, reason });
  }

  /** The materials a 补正 notice can name: uploaded, not committed. */
  flaggable(): string[] {
    return this.required.filter((c) => !this.committed.has(c));
  }
}

interface Scene {
  /** whether the item fits the scenario */
  fits(item: PlanItem): boolean;
  /** true when the scenario ends in a final state long before today (its start is chosen freely) */
  final: boolean;
  /** build the steps; `start` is the application day of final scenarios */
  build(b: CaseBuilder, start: DateStr): void;
}

const hasTolerance = (i: PlanItem) => i.materials.some((m) => m.requirement === 'required' && m.toleranceAllowed);
const hasCommitment = (i: PlanItem) => i.materials.some((m) => m.requirement === 'required' && m.commitmentAllowed);
const canPause = (i: PlanItem) => !i.instant && (i.onSiteInspection || i.expertReview);

/** Accept within 0–2 working days of receipt, as the hall mostly does. */
function acceptDay(b: CaseBuilder, received: DateStr): DateStr {
  return b.days.after(b.days.open(received), b.rng.int(0, 2));
}

/** The decision after acceptance: within the promised days, or `late` working days after them. */
function decide(b: CaseBuilder, accepted: DateStr, opts: { late?: boolean; refuse?: boolean } = {}) {
  const p = b.item.promisedDays;
  if (b.rng.chance(0.6)) b.take(accepted);
  const k = opts.late ? p + b.rng.int(1, Math.max(1, Math.min(5, b.item.statutoryDays - p))) : b.rng.int(p > 0 ? 1 : 0, Math.max(0, p));
  const day = b.days.after(accepted, k);
  if (opts.refuse) b.refuse(day);
  else b.approve(day);
}

/** Accepted some days ago, and now in an on-site inspection or an expert review (art. 45). */
function openPause(b: CaseBuilder, kind: PauseKind) {
  const a = b.days.back(b.days.today, b.rng.int(4, 12));
  applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)));
  b.accept(a);
  b.take(a);
  b.startPause(b.days.after(a, b.rng.int(1, 2)), kind, b.rng.int(5, 20));
}

function applyAndSubmit(b: CaseBuilder, start: DateStr, opts: { commit?: string } = {}): DateStr {
  const s = b.filerDay(start);
  b.apply(s, opts);
  b.submit(s);
  return s;
}

const SCENES: Record<Scenario, Scene> = {
  approved: {
    fits: () => true,
    final: true,
    build(b, start) {
      const a = acceptDay(b, applyAndSubmit(b, start));
      b.accept(a);
      if (!b.onTheSpot) decide(b, a);
    },
  },
  approved_instant: {
    fits: (i) => i.instant,
    final: true,
    build(b, start) {
      const s = applyAndSubmit(b, start);
      b.accept(b.days.open(s));
      // an agency's instant service: the comprehensive window receives, the stationed officer completes it at once
      if (!b.onTheSpot) b.approve(b.days.open(s));
    },
  },
  approved_late: {
    fits: (i) => !i.instant && i.promisedDays >= 1 && i.statutoryDays > i.promisedDays + 1,
    final: true,
    build(b, start) {
      const a = acceptDay(b, applyAndSubmit(b, start));
      b.accept(a);
      decide(b, a, { late: true });
    },
  },
  approved_supplement: {
    fits: (i) => i.materials.filter((m) => m.requirement === 'required').length >= 2,
    final: true,
    build(b, start) {
      const s = applyAndSubmit(b, start);
      const n = acceptDay(b, s);
      const flagged = b.rng.chance(0.7) ? [b.rng.pick(b.flaggable())] : [...new Set([b.rng.pick(b.flaggable()), b.rng.pick(b.flaggable())])];
      b.act(n, b.clerk, { type: 'request_supplement', items: flagged.map((materialCode) => ({ materialCode, problem: b.rng.pick(b.data.supplementProblems) })) });
      const u = b.filerDay(addCalendarDays(n, b.rng.int(1, 12)));
      for (const code of flagged) b.attach(u, code);
      b.act(u, b.filer, { type: 'submit_supplement' });
      const a = acceptDay(b, u);
      b.accept(a);
      if (!b.onTheSpot) decide(b, a);
    },
  },
  approved_pause: {
    fits: canPause,
    final: true,
    build(b, start) {
      const a = acceptDay(b, applyAndSubmit(b, start));
      b.accept(a);
      b.take(a);
      const kind = b.pauseKind() ?? 'inspection';
      const expected = b.rng.int(3, 10);
      const ps = b.days.after(a, b.rng.int(1, 2));
      b.startPause(ps, kind, expected);
      const pe = b.days.after(ps, Math.max(1, expected + b.rng.int(-1, 2)));
      b.act(pe, b.staff.reviewer, { type: 'end_pause', result: b.rng.pick(b.data.pauseResults) });
      b.approve(b.days.after(pe, b.rng.int(1, 3)));
    },
  },
  approved_extension: {
    fits: (i) => !i.instant && i.promisedDays >= 3,
    final: true,
    build(b, start) {
      const a = acceptDay(b, applyAndSubmit(b, start));
      b.accept(a);
      b.take(a);
      const p = b.item.promisedDays;
      const req = b.days.after(a, b.rng.int(Math.max(1, p - 3), p));
      b.act(req, b.staff.reviewer, { type: 'request_extension', days: 10, reason: b.rng.pick(b.data.extensionReasons) });
      const ok = b.days.after(req, b.rng.int(0, 1));
      b.act(ok, b.extensionApprover, { type: 'approve_extension' });
      b.approve(b.days.after(ok, b.rng.int(2, 8)));
    },
  },
  approved_tolerance: {
    fits: (i) => !i.instant && hasTolerance(i),
    final: true,
    build(b, start) {
      const a = acceptDay(b, applyAndSubmit(b, start));
      const tolerated = b.item.materials.filter((m) => m.requirement === 'required' && m.toleranceAllowed).map((m) => m.code);
      const code = b.rng.pick(tolerated);
      b.act(a, b.clerk, { type: 'accept_pending', pending: [{ materialCode: code, dueDate: addCalendarDays(a, b.rng.int(7, 15)) }] });
      const u = b.filerDay(addCalendarDays(a, b.rng.int(2, 6)));
      b.attach(u, code);
      b.act(u, b.filer, { type: 'supply_pending', materialCode: code });
      b.approve(b.days.after(b.days.open(u), b.rng.int(0, 2)));
    },
  },
  approved_commitment: {
    fits: hasCommitment,
    final: true,
    build(b, start) {
      const committed = b.rng.pick(b.item.materials.filter((m) => m.requirement === 'required' && m.commitmentAllowed).map((m) => m.code));
      const a = acceptDay(b, applyAndSubmit(b, start, { commit: committed }));
      b.accept(a);
      if (!b.onTheSpot) decide(b, a);
    },
  },
  refused: {
    fits: (i) => !i.instant,
    final: true,
    build(b, start) {
      let a = acceptDay(b, applyAndSubmit(b, start));
      b.accept(a);
      const kind = b.pauseKind();
      if (kind && b.rng.chance(0.6)) {
        const ps = b.days.after(a, 1);
        const expected = b.rng.int(3, 8);
        b.startPause(ps, kind, expected);
        a = b.days.after(ps, expected);
        b.act(a, b.staff.reviewer, { type: 'end_pause', result: kind === 'inspection' ? '现场核查不符合要求' : '专家评审未通过' });
      }
      decide(b, a, { refuse: true });
    },
  },
  rejected: {
    fits: () => true,
    final: true,
    build(b, start) {
      const s = applyAndSubmit(b, start);
      const r = b.rng.pick(b.data.rejections);
      b.act(acceptDay(b, s), b.clerk, { type: 'reject', competentBody: r.competentBody, reason: r.reason });
    },
  },
  withdrawn: {
    fits: (i) => !i.instant,
    final: true,
    build(b, start) {
      const stage = b.rng.int(0, 2);
      const reason = b.rng.pick(b.data.withdrawReasons);
      if (stage === 0) {
        const s = b.filerDay(start);
        b.apply(s, { attach: b.rng.int(0, 2) });
        b.act(b.filerDay(addCalendarDays(s, b.rng.int(1, 10))), b.filer, { type: 'withdraw', reason });
        return;
      }
      const s = applyAndSubmit(b, start);
      if (stage === 1) {
        b.act(b.filerDay(addCalendarDays(s, b.rng.int(0, 3))), b.filer, { type: 'withdraw', reason });
        return;
      }
      const a = acceptDay(b, s);
      b.accept(a);
      b.act(b.filerDay(b.days.after(a, b.rng.int(1, 3))), b.filer, { type: 'withdraw', reason });
    },
  },
  draft: {
    fits: () => true,
    final: false,
    build(b) {
      const c = b.filerDay(addCalendarDays(b.days.today, -b.rng.int(1, 9)));
      const day = c >= b.days.today ? b.days.back(b.days.today, 1) : c;
      b.apply(day, { attach: b.rng.int(0, Math.max(0, b.required.length - 1)) });
    },
  },
  submitted: {
    fits: () => true,
    final: false,
    build(b) {
      applyAndSubmit(b, b.days.back(b.days.today, b.rng.int(1, 3)));
    },
  },
  submitted_stale: {
    fits: (i) => !i.instant,
    final: false,
    build(b) {
      applyAndSubmit(b, b.days.back(b.days.today, b.rng.int(6, 9)));
    },
  },
  supplement_waiting: {
    fits: (i) => i.materials.some((m) => m.requirement === 'required'),
    final: false,
    build(b) {
      const s = applyAndSubmit(b, b.days.back(b.days.today, b.rng.int(3, 30)));
      let n = acceptDay(b, s);
      const yesterday = b.days.back(b.days.today, 1);
      if (n > yesterday) n = b.days.max(b.days.open(s), yesterday);
      const items = [b.rng.pick(b.flaggable())];
      b.act(n, b.clerk, { type: 'request_supplement', items: items.map((materialCode) => ({ materialCode, problem: b.rng.pick(b.data.supplementProblems) })) });
    },
  },
  accepted_ok: {
    fits: (i) => !i.instant && i.promisedDays >= 5,
    final: false,
    build(b) {
      const a = b.days.back(b.days.today, b.rng.int(1, b.item.promisedDays - 3));
      applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)));
      b.accept(a);
      if (b.rng.chance(0.5)) b.take(a);
    },
  },
  accepted_warning: {
    fits: (i) => !i.instant && i.promisedDays >= 3,
    final: false,
    build(b) {
      const due = b.days.after(b.days.today, b.rng.int(0, 2));
      const a = b.days.back(due, b.item.promisedDays);
      applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)));
      b.accept(a);
      b.take(a);
    },
  },
  accepted_overdue: {
    fits: (i) => !i.instant && i.promisedDays >= 1,
    final: false,
    build(b) {
      const late = b.rng.chance(0.25) ? b.rng.int(20, 60) : b.rng.int(1, 15);
      const a = b.days.back(b.days.today, b.item.promisedDays + late);
      applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)));
      b.accept(a);
      b.take(a);
    },
  },
  paused_inspection: {
    fits: (i) => !i.instant && i.onSiteInspection,
    final: false,
    build: (b) => openPause(b, 'inspection'),
  },
  paused_expert: {
    fits: (i) => !i.instant && i.expertReview,
    final: false,
    build: (b) => openPause(b, 'expert_review'),
  },
  extension_open: {
    fits: (i) => !i.instant && i.promisedDays >= 3,
    final: false,
    build(b) {
      const p = b.item.promisedDays;
      const a = b.days.back(b.days.today, b.rng.int(p, p + 5));
      applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)));
      b.accept(a);
      b.take(a);
      const req = b.days.after(a, p - 1);
      b.act(req, b.staff.reviewer, { type: 'request_extension', days: 10, reason: b.rng.pick(b.data.extensionReasons) });
      const ok = b.days.after(req, 1);
      // some wait for the director still
      if (ok < b.days.today && b.rng.chance(0.7)) b.act(ok, b.extensionApprover, { type: 'approve_extension' });
    },
  },
  tolerance_pending: {
    fits: (i) => !i.instant && hasTolerance(i),
    final: false,
    build(b) {
      const a = b.days.back(b.days.today, b.rng.int(1, 6));
      applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)));
      const code = b.rng.pick(b.item.materials.filter((m) => m.requirement === 'required' && m.toleranceAllowed).map((m) => m.code));
      b.act(a, b.clerk, { type: 'accept_pending', pending: [{ materialCode: code, dueDate: addCalendarDays(a, b.rng.int(5, 14)) }] });
    },
  },
  commitment_open: {
    fits: (i) => !i.instant && hasCommitment(i),
    final: false,
    build(b) {
      const a = b.days.back(b.days.today, b.rng.int(1, 8));
      const committed = b.rng.pick(b.item.materials.filter((m) => m.requirement === 'required' && m.commitmentAllowed).map((m) => m.code));
      applyAndSubmit(b, b.days.back(a, b.rng.int(0, 2)), { commit: committed });
      b.accept(a);
    },
  },
};

function requiredMaterials(item: PlanItem, situation: string[]): string[] {
  const added = new Set(item.situations.filter((s) => situation.includes(s.code)).flatMap((s) => s.materialCodes));
  return item.materials.filter((m) => m.requirement === 'required' || added.has(m.code)).map((m) => m.code);
}

/** How many cases of each scenario for `count` cases in all. */
export function scenarioCounts(count: number): [Scenario, number][] {
  const base = MIX.reduce((s, [, n]) => s + n, 0);
  return MIX.map(([s, n]) => [s, Math.max(1, Math.round((n * count) / base))]);
}

/**
 * The demo cases as a pure plan: the same data, items, calendar and today give the same cases.
 * Sorted by the time of their first step, so case numbers follow the application dates.
 */
export function planDemoCases(data: CasesData, items: readonly (PlanItem & { weight: number })[], calendar: WorkingCalendar, today: DateStr, count = data.count): DemoCasePlan[] {
  const master = new Rng(data.seed);
  const people = makePeople(master, data, 140);
  const companies = makeCompanies(master, data, 70);
  const days = new Days(calendar, today);
  const plans: DemoCasePlan[] = [];
  let id = 0;
  for (const [scenario, n] of scenarioCounts(count)) {
    const scene = SCENES[scenario];
    for (let k = 0; k < n; k++) {
      id++;
      const caseSeed = hash(`${data.seed}:${id}`);
      const rng = new Rng(caseSeed);
      const wanted = rng.float();
      let filer: Filer = wanted < 0.22 ? 'applicant1' : wanted < 0.45 ? 'agent1' : rng.chance(0.5) ? 'clerk1' : 'clerk2';
      const fitsChannel = (i: PlanItem, f: Filer) =>
        f === 'applicant1' ? i.serviceObject !== 'organisation' && i.onlineLevel !== 'on_site' : f === 'agent1' ? i.serviceObject !== 'person' : true;
      let pool = items.filter((i) => scene.fits(i) && fitsChannel(i, filer));
      if (pool.length === 0) {
        filer = 'clerk1';
        pool = items.filter((i) => scene.fits(i));
      }
      if (pool.length === 0) throw new Error(`demo cases: no item fits scenario ${scenario}`);
      const item = rng.weighted(pool, (i) => i.weight);
      // the window clerk of the item's zone (clerk2 sits in 投资建设项目), also accepting online and agent cases
      const zoneClerk = item.zone === 'B' ? 'clerk2' : 'clerk1';
      if (filer === 'clerk1' || filer === 'clerk2') filer = zoneClerk;
      const asPerson = filer === 'applicant1' || (filer !== 'agent1' && (item.serviceObject === 'person' || (item.serviceObject === 'both' && rng.chance(0.5))));
      const applicant: Person | Company = asPerson ? rng.pick(people) : rng.pick(companies);
      const proxy = filer === 'agent1' ? item.situations.find((s) => s.name.includes('委托')) : undefined;
      const situation = proxy ? [proxy.code] : [];
      const required = requiredMaterials(item, situation);
      const onBehalfOf: OnBehalfOf | null =
        filer === 'applicant1'
          ? null
          : applicant.kind === 'person'
            ? { kind: 'person', name: applicant.name, idNumber: applicant.idNumber, phone: applicant.phone }
            : filer === 'agent1'
              ? null
              : { kind: 'organisation', name: applicant.name, creditCode: applicant.creditCode, phone: applicant.phone };
      // 代办: agent1 files under the company's registered authorisation (seedDemoCases registers it)
      const agentFor = filer === 'agent1' && applicant.kind === 'organisation' ? { name: applicant.name, creditCode: applicant.creditCode, phone: applicant.phone } : null;

      let start = addCalendarDays(today, -rng.int(25, 362));
      let steps: Step[] = [];
      for (let attempt = 0; attempt < 6; attempt++) {
        const b = new CaseBuilder(new Rng(caseSeed ^ 0x5bd1e995), days, data, item, filer, zoneClerk, applicant, required, id);
        scene.build(b, start);
        steps = b.steps;
        const last = b.lastDay();
        if (!scene.final || last < today) break;
        // a long procedure ran into today: start it earlier
        start = addCalendarDays(start, -(calendar.workingDaysBetween(today, last) * 2 + 10));
      }
      plans.push({ ref: `DEMO-${String(id).padStart(4, '0')}`, scenario, itemCode: item.code, filer, situation, onBehalfOf, agentFor, steps });
    }
  }
  const first = (p: DemoCasePlan) => p.steps[0]?.at.getTime() ?? 0;
  return plans.sort((x, y) => first(x) - first(y) || x.ref.localeCompare(y.ref));
}

// ------------------------------------------------------------------------------ running

/** Options of the demo case seed. */
export interface DemoCasesOptions {
  /** the demo data directory (cases.json) */
  dir: string;
  /** the seed's "now" (the service clock); every step happens on a day before it */
  now: Date;
  /** how many cases (default: cases.json's count) */
  count?: number;
}

/** The refs (`form.demoRef`) of the demo cases already in the database. */
export async function existingDemoRefs(db: Db): Promise<Set<string>> {
  const rows = await sql<{ ref: string }>`SELECT form->>'demoRef' AS ref FROM cases WHERE form->>'demoRef' IS NOT NULL`.execute(db);
  return new Set(rows.rows.map((r) => r.ref));
}

/** Seed the demo cases that are not there yet; returns whether anything was written. */
export async function seedDemoCases(db: Db, log: Logger, opts: DemoCasesOptions): Promise<boolean> {
  const file = path.join(opts.dir, 'cases.json');
  if (!fs.existsSync(file)) return false;
  const data = casesFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const realNow = opts.now;
  let clock = realNow;
  const count = opts.count ?? data.count;
  // once seeded, a start reads nothing else: the catalog may have moved on since
  const have = await existingDemoRefs(db);
  if (have.size >= count) return false;
  const org = new OrgService(db);
  const names = org.names();
  const catalog = new CatalogService(db);
  const calendarService = new CalendarService(db);
  const service = bareCaseServices({ db, catalog, calendar: calendarService, now: () => clock });

  // items by code, which a rename or a new version keeps; one that is gone is left out
  const items: (PlanItem & { weight: number })[] = [];
  for (const entry of data.items) {
    const item = await catalog.getPublic(entry.code, await names).catch(() => null);
    if (item) items.push({ ...item, weight: entry.weight });
    else log.warn({ code: entry.code, name: entry.name }, 'demo cases: item not in the public catalog, left out');
  }
  if (items.length === 0) return false;
  // every demo application is filled in: an item's own form with its example values (domain/forms.ts)
  const forms = new Map(items.map((i) => [i.code, exampleForm(itemForm(i as { form?: FormDefinition | null }))]));
  const calendar = await calendarService.calendar();
  const plans = planDemoCases(data, items, calendar, toShanghaiDate(realNow), count);
  const todo = plans.filter((p) => !have.has(p.ref));
  if (todo.length === 0) return false;

  const actors = new Map<Username, UserActor>();
  for (const username of USERNAMES) {
    const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    const actor = row ? await loadUserActor(db, row.id, null) : null;
    if (!actor) throw new Error(`demo account ${username} missing`);
    actors.set(username, actor);
  }
  const actor = (u: Username): UserActor => {
    const a = actors.get(u);
    if (!a) throw new Error(`demo account ${u} missing`);
    return a;
  };

  const authorisations = await registerAgentAuthorisations(db, service, actor('agent1'), todo, toShanghaiDate(realNow));
  const started = Date.now();
  let failed = 0;
  for (const plan of todo) {
    try {
      await runCase(db, service, plan, actor, (at) => (clock = at), authorisations, forms);
    } catch (err) {
      failed++;
      log.error({ err, ref: plan.ref, scenario: plan.scenario }, 'demo case could not be made');
    }
  }
  clock = realNow;
  const swept = await service.sweeper.sweep();
  const counts = await db.selectFrom('cases').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  log.info(
    { made: todo.length - failed, failed, ms: Date.now() - started, swept, byStatus: Object.fromEntries(counts.map((c) => [CASE_STATUSES[c.status as keyof typeof CASE_STATUSES] ?? c.status, c.n])) },
    'demo cases seeded',
  );
  return true;
}

/**
 * Register (once) an authorisation (授权委托书) for every company agent1 files for, for all matters
 * and valid over the two years the demo's cases span; returns their ids by credit code.
 */
async function registerAgentAuthorisations(db: Db, cases: CaseServices, agent: UserActor, plans: DemoCasePlan[], today: DateStr): Promise<Map<string, string>> {
  const companies = new Map<string, Omit<Company, 'kind'>>();
  for (const p of plans) if (p.agentFor) companies.set(p.agentFor.creditCode, p.agentFor);
  const ids = new Map<string, string>();
  if (companies.size === 0) return ids;
  const calendar = new CalendarService(db);
  const projects = new ProjectsService({ db, caseCommands: cases.commands, caseQueries: cases.queries, caseFiles: cases.files, calendar, now: () => new Date() });
  const agency = new AgencyService({ db, caseFiles: cases.files, projects, now: () => new Date() });
  const year = today.slice(0, 4);
  for (const c of [...companies.values()].sort((a, b) => a.creditCode.localeCompare(b.creditCode))) {
    const letterRef = `泰代办委〔${year}〕${c.creditCode.slice(-6)}号`;
    const have = await db.selectFrom('agency_authorisations').select('id').where('credit_code', '=', c.creditCode).where('letter_ref', '=', letterRef).executeTakeFirst();
    const id = have?.id ?? (await agency.authorise(agent, { companyName: c.name, creditCode: c.creditCode, scope: 'all', letterRef, validFrom: addCalendarDays(today, -730), validTo: addCalendarDays(today, 365) })).id;
    ids.set(c.creditCode, id);
  }
  return ids;
}

/**
 * Each step through the service's own checks and writes; what a user's request would get back (the case as it now
 * stands) is not read where the seed knows the version already: a draft's is its `create` action's, and an attached
 * file appends no action.
 */
async function runCase(db: Db, service: CaseServices, plan: DemoCasePlan, actor: (u: Username) => UserActor, setNow: (at: Date) => void, authorisations: Map<string, string>, forms?: Map<string, Record<string, unknown>>) {
  const filer = actor(plan.filer);
  const authorisationId = plan.agentFor ? authorisations.get(plan.agentFor.creditCode) : undefined;
  const onBehalfOf: OnBehalfOf | null = plan.agentFor ? { authorisationId: authorisationId ?? '', phone: plan.agentFor.phone } : plan.onBehalfOf;
  let caseNo = '';
  let version = 0;
  const steps = plan.steps;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    setNow(step.at);
    if (step.do === 'create') {
      const draft = await service.commands.prepareDraft(filer, { itemCode: plan.itemCode, situation: plan.situation, form: { ...forms?.get(plan.itemCode), demoRef: plan.ref }, ...(onBehalfOf ? { onBehalfOf } : {}) });
      caseNo = await db.transaction().execute((trx) => service.commands.insertDraft(trx, draft));
      version = 1;
    } else if (step.do === 'attach') {
      // the files a filer attaches on one day go up together (one transaction, as a scanned stack at the window)
      const batch = [];
      const day = toShanghaiDate(step.at);
      for (let next: Step | undefined = step; next?.do === 'attach' && toShanghaiDate(next.at) === day; next = steps[++i]) {
        const { file } = next;
        const onFile = file.reuse ? await reusableFor(service, filer, caseNo, file.reuse) : null;
        batch.push(
          onFile
            ? { materialCode: next.material, fileId: onFile }
            : { materialCode: next.material, upload: async () => ({ name: file.name, content: file.kind === 'png' ? demoPng(file.label) : demoPdf(file.label) }) },
        );
      }
      i--;
      await service.files.attachAll(filer, caseNo, batch);
    } else {
      const body: ActionBody = { ...step.body, expectedVersion: version };
      version = (await service.commands.act(actor(step.by), caseNo, body)).version;
    }
  }
}

/** A file of the same applicant from an earlier case that serves the same purpose (复用), if any. */
async function reusableFor(service: CaseServices, filer: UserActor, caseNo: string, kind: 'identity' | 'licence'): Promise<string | null> {
  const { items } = await service.files.reusable(filer, caseNo);
  const pattern = kind === 'identity' ? /身份证/ : /营业执照|主体资格/;
  return items.find((f) => pattern.test(f.materialName))?.fileId ?? null;
}

/** The cases' services of `bareCaseServices`. */
export type CaseServices = ReturnType<typeof bareCaseServices>;

/**
 * The cases' services with nobody listening and every policy off unless given (NO_POLICIES), as
 * the seed writes the bureau's history as it happened; tests and benchmarks use them to stand for
 * another server process. The server's are built once, with their policies and listeners, in services.ts.
 */
export function bareCaseServices(d: { db: Db; catalog: CatalogService; calendar: CalendarService; now: () => Date; log?: Logger }, policies: CasePolicies = NO_POLICIES) {
  const reader = new CaseReader(d);
  const commands = new CaseCommandsService({ ...d, reader, policies, listeners: [] });
  return { commands, queries: new CaseQueriesService({ ...d, reader }), files: new CaseFilesService({ ...d, reader }), sweeper: new CaseSweeperService({ ...d, commands }) };
}
