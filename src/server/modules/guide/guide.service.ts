/**
 * The intelligent guide (智能导服): search over the published catalog and the scenario bundles,
 * type-ahead, the situation questions and the exact material list. The index lives in memory
 * and follows the catalog: every process polls a fingerprint of catalog_public and rebuilds
 * when a version was published (works the same on PGlite and PostgreSQL).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { ZodType } from 'zod';
import { DISPOSITIONS, isNotStationed, officeOf, ONLINE_LEVELS, resultText, whereToGoText, type CatalogItem } from '../../../domain/catalog.js';
import {
  checklistMaterials,
  evaluate,
  GuideIndex,
  referralFileSchema,
  referralText,
  scenarioFileSchema,
  scenarioProblems,
  situationQuestions,
  situationsFromAnswers,
  type Analyzer,
  type EvalCase,
  type GuideDoc,
  type GuideHit,
  type Referral,
  type Scenario,
  type SituationAnswers,
} from '../../../domain/guide.js';
import type { Actor } from '../../platform/auth.js';
import type { Db } from '../../platform/db.js';
import { badRequest, notFound, zodFieldErrors } from '../../platform/errors.js';
import type { OrgService } from '../org/org.service.js';
import { chineseAnalyzer } from './guide.analyzer.js';
import * as repo from './guide.repository.js';

const GUIDE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../demo/guide');
/** The scenario bundles (一件事) shipped with the system. */
export const SCENARIO_FILE = path.join(GUIDE_DIR, 'scenarios.json');
/** Where to go for matters the bureau does not handle, shipped with the system. */
export const REFERRAL_FILE = path.join(GUIDE_DIR, 'referrals.json');

/** How often each process looks for a newly published catalog version. */
export const REFRESH_MS = 2000;

/** Score factor by kind: a related or fee item ranks below its main item; a cancelled one below what is still done. */
const KIND_BOOST: Record<string, number> = { main: 1, service: 1, related: 0.8, fee: 0.6 };
const CANCELLED_BOOST = 0.85;
/** A scenario is offered when it scores at least this much (and at least this share of the best scenario). */
const SCENARIO_MIN_SCORE = 3;
const SCENARIO_SHARE = 0.5;
/**
 * A referral to another office is offered only when its names and keywords hold at least this
 * share of the question's characters; then only items that fit the question as well remain.
 */
const MIN_FIT = 0.8;
const SCENARIO_FIT = 0.5;
/** Results scoring below this share of the best one are left out. */
const RESULT_SHARE = 0.12;

type Item = CatalogItem & { version: number };

interface State {
  fingerprint: string;
  items: Map<string, Item>;
  index: GuideIndex;
  scenarios: Scenario[];
  scenarioIndex: GuideIndex;
  referrals: Map<string, Referral>;
  referralIndex: GuideIndex;
  zones: Map<string, string>;
  departments: Map<string, string>;
  /** what results show of each item and scenario, computed once per build */
  views: Map<string, ItemView>;
  scenarioViews: Map<string, ScenarioView>;
  builtInMs: number;
}

type ItemView = ReturnType<GuideService['presentItem']>;
type ScenarioView = ReturnType<GuideService['presentScenario']>;

function readChecked<T>(file: string, schema: ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${zodFieldErrors(parsed.error).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.data;
}

/** Read and check a scenario file (shape and unique ids); the item codes are checked against the catalog at each rebuild. */
export const readScenarioFile = (file: string): Scenario[] => readChecked(file, scenarioFileSchema);

/** The guide's files: scenarios and where to go for matters the bureau does not handle. */
export interface GuideFiles {
  scenarios: Scenario[];
  referrals: Referral[];
}

/** The shipped guide files, checked. */
export function readGuideFiles(): GuideFiles {
  return { scenarios: readScenarioFile(SCENARIO_FILE), referrals: readChecked(REFERRAL_FILE, referralFileSchema) };
}

/** The item document of the index: its names, words and texts by field. */
function itemDoc(item: Item): GuideDoc {
  const phrases: GuideDoc['phrases'] = [
    { field: 'name', text: item.name },
    ...item.aliases.map((text) => ({ field: 'alias' as const, text })),
    ...item.oldNames.map((text) => ({ field: 'oldName' as const, text })),
    ...item.keywords.map((text) => ({ field: 'keyword' as const, text })),
    ...item.situations.map((s) => ({ field: 'situation' as const, text: s.name })),
    ...item.materials.map((m) => ({ field: 'material' as const, text: m.name })),
  ];
  if (item.description) phrases.push({ field: 'description', text: item.description });
  const boost = (KIND_BOOST[item.kind] ?? 1) * (item.disposition === 'cancelled' ? CANCELLED_BOOST : 1);
  return { id: item.code, phrases, boost };
}

function referralDoc(r: Referral): GuideDoc {
  return {
    id: r.id,
    phrases: [
      { field: 'name', text: r.name },
      ...r.aliases.map((text) => ({ field: 'alias' as const, text })),
      ...r.keywords.map((text) => ({ field: 'keyword' as const, text })),
    ],
    boost: 1,
  };
}

function scenarioDoc(s: Scenario): GuideDoc {
  return {
    id: s.id,
    phrases: [
      { field: 'name', text: s.name },
      ...s.aliases.map((text) => ({ field: 'alias' as const, text })),
      ...s.keywords.map((text) => ({ field: 'keyword' as const, text })),
      ...(s.summary ? [{ field: 'description' as const, text: s.summary }] : []),
    ],
    boost: 1,
  };
}

/** The guide of one process. */
export class GuideService {
  private state: State | null = null;
  private building: Promise<State> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly files: GuideFiles,
    private readonly log: Logger,
    private readonly org: OrgService,
    private readonly analyzer: Analyzer = chineseAnalyzer(),
  ) {}

  /** Poll the catalog's fingerprint every `ms` and rebuild on change (once the index was first needed: a process that never serves the guide never builds it). */
  start(ms = REFRESH_MS) {
    this.timer ??= setInterval(() => {
      if (this.state) this.refresh().catch((err: unknown) => this.log.error({ err }, 'guide: refresh failed'));
    }, ms);
    this.timer.unref();
  }

  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Rebuild when the published catalog changed since the last build; the current state. */
  async refresh(): Promise<State> {
    const fingerprint = await repo.catalogFingerprint(this.db);
    if (this.state?.fingerprint === fingerprint) return this.state;
    this.building ??= this.build(fingerprint).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async current(): Promise<State> {
    return this.state ?? this.building ?? this.refresh();
  }

  private async build(fingerprint: string): Promise<State> {
    const started = performance.now();
    const rows = await repo.publishedItems(this.db);
    const names = await this.org.names();
    // versions published before `replacedBy` existed do not have it
    const items = new Map(
      rows.map((r) => {
        const data = r.data as unknown as CatalogItem;
        return [r.code, { ...data, replacedBy: data.replacedBy ?? [], version: r.version }];
      }),
    );
    const problems = scenarioProblems(this.files.scenarios, items);
    for (const p of problems) this.log.error({ path: p.path }, `guide: ${p.message}`);
    const bad = new Set(problems.map((p) => Number(p.path.split('.')[0])));
    const scenarios = this.files.scenarios.filter((_, i) => !bad.has(i));
    const state: State = {
      fingerprint,
      items,
      index: GuideIndex.build([...items.values()].map(itemDoc), this.analyzer),
      scenarios,
      scenarioIndex: GuideIndex.build(scenarios.map(scenarioDoc), this.analyzer),
      referrals: new Map(this.files.referrals.map((r) => [r.id, r])),
      referralIndex: GuideIndex.build(this.files.referrals.map(referralDoc), this.analyzer),
      zones: names.zones,
      departments: names.departments,
      views: new Map(),
      scenarioViews: new Map(),
      builtInMs: 0,
    };
    for (const item of items.values()) state.views.set(item.code, this.presentItem(state, item));
    for (const sc of scenarios) state.scenarioViews.set(sc.id, this.presentScenario(state, sc));
    state.builtInMs = Math.round(performance.now() - started);
    this.state = state;
    this.log.info({ items: items.size, scenarios: scenarios.length, ms: state.builtInMs }, 'guide: index built');
    return state;
  }

  // ---------------------------------------------------------------------- search

  /**
   * Items and scenarios for a citizen's words, best first, each saying why it matched; for a
   * matter the bureau does not handle (结婚登记, 补办身份证), where to go instead, and only the items
   * that fit the question as well.
   */
  async search(q: string, limit = 10) {
    const s = await this.current();
    const referrals = this.fitting(s.referralIndex.search(q, 2));
    return {
      results: this.itemHits(s, q, limit, referrals.length > 0).map((hit) => this.presentHit(s, hit)),
      scenarios: this.matchingScenarios(s, q).map((hit) => ({ score: hit.score, matched: hit.matched, ...s.scenarioViews.get(hit.id)! })),
      referrals: referrals.map((hit) => {
        const r = s.referrals.get(hit.id)!;
        return { id: r.id, name: r.name, notice: referralText(r), office: { name: r.officeName, address: r.officeAddress, hours: r.officeHours, phone: r.officePhone } };
      }),
    };
  }

  private itemHits(s: State, q: string, limit: number, referred: boolean): GuideHit[] {
    const hits = s.index.search(q, limit);
    // a long tail of weak partial matches only hides the answers
    const floor = (hits[0]?.score ?? 0) * RESULT_SHARE;
    return hits.filter((h) => h.score >= floor && (!referred || h.fit >= MIN_FIT));
  }

  /** Item names, best first, as the search answers them (for the evaluation). */
  async rankNames(q: string, limit = 3): Promise<string[]> {
    const s = await this.current();
    const referred = this.fitting(s.referralIndex.search(q, 2)).length > 0;
    return this.itemHits(s, q, limit, referred).map((h) => s.items.get(h.id)!.name);
  }

  /** Type-ahead over scenario and item names, aliases and keywords (pinyin and initials too). */
  async suggest(q: string, limit = 8) {
    const s = await this.current();
    const scenarios = s.scenarioIndex.suggest(q, 2).map((x) => ({ type: 'scenario' as const, id: x.id, code: null, text: x.text, name: s.scenarioViews.get(x.id)!.name }));
    const items = s.index.suggest(q, limit - scenarios.length).map((x) => ({ type: 'item' as const, id: x.id, code: x.id, text: x.text, name: s.items.get(x.id)!.name }));
    // a whole question ("开饭店需要办什么") is no phrase's prefix: offer the best search answers instead
    const seen = new Set(items.map((i) => i.id));
    for (const hit of s.index.search(q, limit)) {
      if (scenarios.length + items.length >= limit) break;
      const name = s.items.get(hit.id)!.name;
      if (!seen.has(hit.id)) items.push({ type: 'item', id: hit.id, code: hit.id, text: name, name });
    }
    return { items: [...scenarios, ...items] };
  }

  private matchingScenarios(s: State, q: string): GuideHit[] {
    // a scenario only when a whole word of the question names it (盖房子 meets 买二手房 only by 房子 of 房子过户)
    // and its names hold half the question or more (外商投资企业设立审批 meets 新建厂房 by 投资 alone)
    const hits = s.scenarioIndex.search(q, 3).filter((h) => h.named && h.fit >= SCENARIO_FIT);
    const best = hits[0]?.score ?? 0;
    return hits.filter((h) => h.score >= SCENARIO_MIN_SCORE && h.score >= best * SCENARIO_SHARE);
  }

  /** The hits whose names and keywords hold (nearly) the whole question. */
  private fitting(hits: GuideHit[]): GuideHit[] {
    return hits.filter((h) => h.named && h.fit >= MIN_FIT);
  }

  private presentHit(s: State, hit: GuideHit) {
    // score first: spreading the view into a literal that already has its own keys stays on V8's fast path (10× cheaper)
    return { score: hit.score, matched: hit.matched, ...s.views.get(hit.id)! };
  }

  /** What a result shows of an item: where, how long, what it costs, whether it can be applied for here. */
  private presentItem(s: Pick<State, 'items' | 'zones' | 'departments'>, item: Item) {
    const refs = (codes: string[]) => codes.flatMap((c) => (s.items.has(c) ? [{ code: c, name: s.items.get(c)!.name }] : []));
    const parent = item.parentCode && s.items.get(item.parentCode) ? { code: item.parentCode, name: s.items.get(item.parentCode)!.name } : null;
    let notice: string | null = null;
    if (item.disposition === 'cancelled') {
      const replaced = refs(item.replacedBy);
      notice = `该事项已${DISPOSITIONS.cancelled}，不再受理。${item.description}${replaced.length ? `现请办理：${replaced.map((r) => r.name).join('、')}。` : ''}`;
    } else if (item.disposition === 'delegated') {
      notice = `该事项已下放至${item.delegatedTo?.replace(/^\d+\s*/, '') || '县市区'}，请到${item.location || '当地政务服务中心'}办理，市级不再受理。`;
    } else if (isNotStationed(item)) {
      notice = whereToGoText(item);
    }
    return {
      code: item.code,
      name: item.name,
      kind: item.kind,
      disposition: item.disposition,
      applicable: item.disposition !== 'cancelled' && item.disposition !== 'delegated' && !isNotStationed(item),
      notice,
      office: officeOf(item),
      resultType: item.resultType,
      resultName: resultText(item),
      replacedBy: refs(item.replacedBy),
      delegatedTo: item.delegatedTo,
      parent,
      onlineLevel: item.onlineLevel,
      onlineLevelName: ONLINE_LEVELS[item.onlineLevel],
      zone: item.zone,
      zoneName: item.zone ? (s.zones.get(item.zone) ?? null) : null,
      location: item.location,
      departmentName: s.departments.get(item.departmentCode) ?? item.departmentCode,
      promisedDays: item.promisedDays,
      statutoryDays: item.statutoryDays,
      instant: item.instant,
      feeFree: item.feeFree,
      fees: item.fees,
      hasQuestions: item.situations.length > 0,
    };
  }

  // ---------------------------------------------------------------------- scenarios

  /** Every scenario with its steps. */
  async scenarios() {
    const s = await this.current();
    return { items: s.scenarios.map((sc) => s.scenarioViews.get(sc.id)!) };
  }

  /** One scenario with its steps in order. */
  async scenario(id: string) {
    const s = await this.current();
    const view = s.scenarioViews.get(id);
    if (!view) throw notFound('GUIDE.SCENARIO_NOT_FOUND', '办事场景不存在');
    return view;
  }

  private presentScenario(s: Pick<State, 'views'>, sc: Scenario) {
    return {
      id: sc.id,
      name: sc.name,
      summary: sc.summary,
      items: sc.steps.map((step, i) => ({ ...s.views.get(step.itemCode)!, step: i + 1, note: step.note })),
    };
  }

  // ---------------------------------------------------------------------- questions and checklist

  private async item(code: string, path: string): Promise<Item> {
    const s = await this.current();
    const item = s.items.get(code);
    if (!item) throw path === 'code' ? notFound('CATALOG.ITEM_NOT_FOUND', '事项不存在或尚未发布') : badRequest('GUIDE.ITEM_NOT_FOUND', '事项不存在或尚未发布', [{ path, message: `事项不存在: ${code}` }]);
    return item;
  }

  /** The questions that decide an item's material list. */
  async questions(code: string) {
    const item = await this.item(code, 'code');
    return { itemCode: item.code, itemName: item.name, version: item.version, questions: situationQuestions(item.situations) };
  }

  /** Exactly the materials for the answers, with templates, 容缺 / 告知承诺 and, for a logged-in applicant, files from earlier cases. */
  async checklist(actor: Actor, body: { itemCode: string; answers: SituationAnswers }) {
    const item = await this.item(body.itemCode, 'itemCode');
    if (item.disposition === 'cancelled' || item.disposition === 'delegated')
      throw badRequest('GUIDE.NOT_APPLICABLE', '该事项不在本级受理', [{ path: 'itemCode', message: (await this.current()).views.get(item.code)!.notice ?? '' }]);
    const questions = situationQuestions(item.situations);
    const { codes, errors } = situationsFromAnswers(questions, body.answers);
    if (errors.length) throw badRequest('GUIDE.ANSWER_INVALID', '回答有误', errors);
    const materials = checklistMaterials(item, codes);
    const earlier = actor.type === 'user' ? await repo.earlierFiles(this.db, actor.userId, materials.map((m) => m.name)) : [];
    return {
      itemCode: item.code,
      itemName: item.name,
      version: item.version,
      situationCodes: codes,
      situations: item.situations.filter((x) => codes.includes(x.code)).map((x) => x.name),
      onlineLevel: item.onlineLevel,
      location: item.location,
      office: officeOf(item),
      promisedDays: item.promisedDays,
      materials: materials.map((m) => ({
        code: m.code,
        name: m.name,
        source: m.source,
        requirement: m.requirement,
        addedBy: m.addedBy,
        originals: m.originals,
        copies: m.copies,
        form: m.form,
        notes: m.notes,
        template: m.template,
        templateUrl: m.template ? `/api/v1/catalog/templates/${encodeURIComponent(m.template)}` : null,
        toleranceAllowed: m.toleranceAllowed,
        commitmentAllowed: m.commitmentAllowed,
        reusable: [...new Map(earlier.filter((f) => f.material_name === m.name).map((f) => [f.id, f])).values()]
          .slice(0, 3)
          .map((f) => ({ fileId: f.id, fileName: f.name, caseNo: f.case_no, itemName: f.item_name })),
      })),
    };
  }

  // ---------------------------------------------------------------------- measuring

  /** Top-1 / top-3 / precision of the guide and of the plain LIKE search over item names, on the same questions. */
  async evaluate(cases: EvalCase[]) {
    const guide = await evaluate(cases, (q) => this.rankNames(q, 3));
    const like = await evaluate(cases, async (q) => (await this.likeSearch(q, 3)).map((r) => r.name));
    return { guide, like };
  }

  /** The baseline the guide is measured against: `name LIKE '%q%'`. */
  likeSearch(q: string, limit: number) {
    return repo.nameLike(this.db, q, limit);
  }

  /** How long the last rebuild took, and the sizes (for the benchmark and the logs). */
  async stats() {
    const s = await this.current();
    return { items: s.items.size, scenarios: s.scenarios.length, builtInMs: s.builtInMs };
  }

  /** Rebuild now, whatever the fingerprint says (the benchmark measures this). */
  async rebuild() {
    return (await this.build(await repo.catalogFingerprint(this.db))).builtInMs;
  }
}
