import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './harness.js';

let t: TestContext;
let c: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  c = {};
  for (const u of ['admin', 'editor1', 'reviewer1', 'checker1', 'confirmer1', 'applicant1', 'clerk1']) c[u] = await t.login(u);
});
afterAll(() => t.close());

const REQUIRED_NAMES = '食品经营许可, 食品生产许可, 药品零售企业经营许可, 第三类医疗器械经营许可, 特种设备使用登记, 公共场所卫生许可, 娱乐场所经营许可, 互联网上网服务营业场所经营许可, 旅行社业务经营许可, 营业性演出许可, 人力资源服务许可, 劳务派遣经营许可, 道路货物运输经营许可, 道路旅客运输经营许可, 网络预约出租汽车经营许可, 网络预约出租汽车驾驶员证核发, 危险化学品经营许可, 烟花爆竹经营（零售）许可, 高危险性体育项目经营许可, 企业设立登记, 个体工商户设立登记, 企业投资项目核准, 建设项目用地预审与选址意见书核发, 建设用地规划许可证核发, 建设工程规划许可证核发, 建筑工程施工许可证核发, 商品房预售许可, 特殊建设工程消防设计审查, 建设项目环境影响评价文件审批, 排污许可, 取水许可, 生产建设项目水土保持方案审批, 城市建筑垃圾处置核准, 设置大型户外广告审批, 城镇污水排入排水管网许可, 占用挖掘城市道路审批, 燃气经营许可, 雷电防护装置设计审核, 林木采伐许可证核发, 结合民用建筑修建防空地下室审批, 民办学校办学许可, 教师资格认定, 医疗机构执业登记, 放射诊疗许可, 社会团体成立登记, 民办非企业单位成立登记, 农药经营许可, 兽药经营许可, 种子生产经营许可, 动物防疫条件合格证核发, 渔业捕捞许可, 不动产转移登记, 不动产抵押登记, 发票申领, 城乡居民基本养老保险参保登记, 职工参保登记'.split(', ');

type Summary = { code: string; name: string; promisedDays: number; statutoryDays: number; zone: string | null; department: string; disposition: string | null };

async function allItems(): Promise<Summary[]> {
  const res = await t.app.inject({ url: '/api/v1/catalog/items?pageSize=500' });
  return res.json().items;
}
async function itemNamed(name: string) {
  const item = (await allItems()).find((i) => i.name === name);
  if (!item) throw new Error(`no item ${name}`);
  const full = await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(item.code)}` });
  return full.json();
}
/** The item's data as an editor sends it: the public item minus display fields. */
function editable(item: Record<string, unknown>) {
  const { version: _v, confirmedAt: _c, departmentName: _d, zoneName: _z, regulators: _r, children: _ch, parent: _p, ...data } = item;
  return data;
}
async function post(url: string, cookie: string | undefined, payload?: unknown) {
  return t.app.inject({ method: 'POST', url, headers: cookie ? { cookie } : {}, payload: payload as object });
}

describe('the public catalog', () => {
  it('reproduces the 2018 review exactly', async () => {
    const stats = (await t.app.inject({ url: '/api/v1/catalog/stats' })).json();
    expect(stats).toEqual({ total: 271, byDisposition: { transferred: 188, hall_only: 53, not_stationed: 6, cancelled: 7, delegated: 17 }, related: 34, fee: 6 });
  });

  it('holds every item the bureau must show, once', async () => {
    const names = (await allItems()).map((i) => i.name);
    for (const n of REQUIRED_NAMES) expect(names.filter((x) => x === n), n).toHaveLength(1);
    expect(new Set(names).size).toBe(names.length);
  });

  it('filters by text, zone, department and disposition, and pages', async () => {
    const q = (await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('食品经营')}` })).json();
    expect(q.items.map((i: Summary) => i.name)).toContain('食品经营许可');
    const zone = (await t.app.inject({ url: '/api/v1/catalog/items?zone=A&pageSize=500' })).json();
    expect(zone.total).toBeGreaterThan(0);
    expect(zone.items.every((i: Summary) => i.zone === 'A')).toBe(true);
    const cancelled = (await t.app.inject({ url: '/api/v1/catalog/items?disposition=cancelled' })).json();
    expect(cancelled.total).toBe(7);
    const page2 = (await t.app.inject({ url: '/api/v1/catalog/items?page=2&pageSize=10' })).json();
    const page1 = (await t.app.inject({ url: '/api/v1/catalog/items?page=1&pageSize=10' })).json();
    expect(page2.items).toHaveLength(10);
    expect(page2.items[0].code).not.toBe(page1.items[0].code);
    const dept = page1.items[0].department;
    const byDept = (await t.app.inject({ url: `/api/v1/catalog/items?department=${dept}&pageSize=500` })).json();
    expect(byDept.items.some((i: Summary) => i.code === page1.items[0].code)).toBe(true);
  });

  it('refuses a bad filter with a 400 naming it', async () => {
    const res = await t.app.inject({ url: '/api/v1/catalog/items?disposition=burned&pageSize=0' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['querystring.disposition', 'querystring.pageSize']);
  });

  it('publishes everything art. 30 asks for on the item page', async () => {
    const item = await itemNamed('食品经营许可');
    for (const k of ['code', 'name', 'type', 'departmentName', 'legalBasis', 'conditions', 'materials', 'situations', 'steps', 'statutoryDays', 'promisedDays', 'onlineLevel', 'zoneName', 'regulators'])
      expect(item, k).toHaveProperty(k);
    expect(item.materials.length).toBeGreaterThanOrEqual(3);
    expect(item.promisedDays).toBeLessThanOrEqual(item.statutoryDays);
    expect(item.regulators.length).toBeGreaterThan(0);
    const template = item.materials.find((m: { template: string | null }) => m.template)?.template;
    if (template) {
      const file = await t.app.inject({ url: `/api/v1/catalog/templates/${encodeURIComponent(template)}` });
      expect(file.statusCode).toBe(200);
      expect(file.body.length).toBeGreaterThan(20);
    }
    expect((await t.app.inject({ url: '/api/v1/catalog/items/NO-SUCH-ITEM' })).statusCode).toBe(404);
  });

  it('links related and fee items to their main item', async () => {
    const related = (await t.app.inject({ url: '/api/v1/catalog/items?kind=related&pageSize=5' })).json().items[0];
    const full = (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(related.code)}` })).json();
    expect(full.parent).not.toBeNull();
    const parent = (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(full.parent.code)}` })).json();
    expect(parent.children.map((ch: { code: string }) => ch.code)).toContain(related.code);
  });

  it('links regulators to the items they supervise', async () => {
    const depts = (await t.app.inject({ url: '/api/v1/org/departments' })).json().items as { code: string; kind: string; itemCount: number }[];
    expect(depts.filter((d) => d.kind === 'regulator')).toHaveLength(27);
    expect(depts.filter((d) => d.kind === 'division')).toHaveLength(10);
    expect(depts.filter((d) => d.kind === 'institution')).toHaveLength(3);
    expect(depts.filter((d) => d.kind === 'regulator').every((d) => d.itemCount > 0)).toBe(true);
    const zones = (await t.app.inject({ url: '/api/v1/org/zones' })).json().items as { name: string; windows: unknown[] }[];
    expect(zones.map((z) => z.name)).toEqual(['不动产登记', '投资建设项目', '商事登记', '社会事务', '纳税', '社会保险', '自助服务']);
    expect(zones.every((z) => z.windows.length > 0)).toBe(true);
  });
});

describe('four-stage review', () => {
  it('an edited promised limit passes 初审 → 复核 → 终审 and becomes public with its diff', async () => {
    const item = await itemNamed('公共场所卫生许可');
    const newDays = Math.max(0, item.promisedDays - 1);
    const draft = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), promisedDays: newDays } });
    expect(draft.statusCode).toBe(201);
    let v = draft.json();
    expect(v.stage).toBe('draft');
    expect(v.changes).toEqual([{ path: 'promisedDays', before: item.promisedDays, after: newDays }]);
    // not public yet
    v = (await post(`/api/v1/catalog/versions/${v.id}/submit`, c.editor1, { rev: v.rev })).json();
    expect(v.stage).toBe('first_review');
    expect((await itemNamed('公共场所卫生许可')).promisedDays).toBe(item.promisedDays);
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, c.reviewer1, { rev: v.rev, comment: '同意' })).json();
    expect(v.stage).toBe('recheck');
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, c.checker1, { rev: v.rev })).json();
    expect(v.stage).toBe('final_review');
    expect((await itemNamed('公共场所卫生许可')).promisedDays).toBe(item.promisedDays);
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, c.confirmer1, { rev: v.rev })).json();
    expect(v.stage).toBe('confirmed');
    const after = await itemNamed('公共场所卫生许可');
    expect(after.promisedDays).toBe(newDays);
    expect(after.version).toBe(item.version + 1);
    const history = (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(item.code)}/versions` })).json();
    expect(history.items[0].changes).toEqual([{ path: 'promisedDays', before: item.promisedDays, after: newDays }]);
    const diff = (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(item.code)}/diff?from=${item.version}&to=${after.version}` })).json();
    expect(diff.changes).toEqual(history.items[0].changes);
    expect(v.events.map((e: { action: string }) => e.action)).toEqual(['create', 'submit', 'pass', 'pass', 'pass']);
  });

  it('refuses the wrong role, the author, the same person twice, and a stale rev', async () => {
    const admin = c.admin;
    const depts = (await t.app.inject({ url: '/api/v1/org/departments' })).json().items as { code: string; kind: string }[];
    const both = await post('/api/v1/users', admin, { username: 'multi1', displayName: '多角色', password: 'Tai-shan#Peak9', roles: [{ role: 'catalog_editor' }, { role: 'catalog_reviewer' }, { role: 'catalog_checker' }] });
    expect(both.statusCode).toBe(201);
    const twoStages = await post('/api/v1/users', admin, { username: 'multi2', displayName: '双审核', password: 'Tai-shan#Peak9', roles: [{ role: 'catalog_reviewer' }, { role: 'catalog_checker', departmentCode: depts[0]?.code ?? null }] });
    expect(twoStages.statusCode).toBe(201);
    const multi1 = await t.login('multi1', 'Tai-shan#Peak9');
    const multi2 = await t.login('multi2', 'Tai-shan#Peak9');

    const item = await itemNamed('娱乐场所经营许可');
    let v = (await post('/api/v1/catalog/versions', multi1, { data: { ...editable(item), consultPhone: '0538-6996001' } })).json();
    v = (await post(`/api/v1/catalog/versions/${v.id}/submit`, multi1, { rev: v.rev })).json();
    const own = await post(`/api/v1/catalog/versions/${v.id}/pass`, multi1, { rev: v.rev });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe('CATALOG.OWN_DRAFT');
    const wrongRole = await post(`/api/v1/catalog/versions/${v.id}/pass`, c.checker1, { rev: v.rev });
    expect(wrongRole.statusCode).toBe(403);
    expect(wrongRole.json().code).toBe('CATALOG.STAGE_FORBIDDEN');
    const stale = await post(`/api/v1/catalog/versions/${v.id}/pass`, multi2, { rev: v.rev - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CATALOG.STALE');
    v = (await post(`/api/v1/catalog/versions/${v.id}/pass`, multi2, { rev: v.rev })).json();
    expect(v.stage).toBe('recheck');
    const twice = await post(`/api/v1/catalog/versions/${v.id}/pass`, multi2, { rev: v.rev });
    expect(twice.statusCode).toBe(403);
    expect(twice.json().code).toBe('CATALOG.SAME_REVIEWER');
    // sent back with reasons, the draft returns to its author and a new round starts
    const back = await post(`/api/v1/catalog/versions/${v.id}/return`, c.checker1, { rev: v.rev, reason: '咨询电话与办公室不符' });
    expect(back.json().stage).toBe('draft');
    expect(back.json().events.at(-1)).toMatchObject({ action: 'return', reason: '咨询电话与办公室不符' });
    const noReason = await post(`/api/v1/catalog/versions/${back.json().id}/return`, c.checker1, { rev: back.json().rev, reason: '' });
    expect(noReason.statusCode).toBe(400);
  });

  it('lets only one of two simultaneous passes through', async () => {
    const item = await itemNamed('旅行社业务经营许可');
    let v = (await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), location: '泰安市政务服务中心 C区 12号窗口' } })).json();
    v = (await post(`/api/v1/catalog/versions/${v.id}/submit`, c.editor1, { rev: v.rev })).json();
    const multi2 = await t.login('multi2', 'Tai-shan#Peak9');
    const [a, b] = await Promise.all([post(`/api/v1/catalog/versions/${v.id}/pass`, c.reviewer1, { rev: v.rev }), post(`/api/v1/catalog/versions/${v.id}/pass`, multi2, { rev: v.rev })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const detail = (await t.app.inject({ url: `/api/v1/catalog/versions/${v.id}`, headers: { cookie: c.editor1 } })).json();
    expect(detail.events.filter((e: { action: string }) => e.action === 'pass')).toHaveLength(1);
  });

  it('refuses invalid item data naming the fields and writes nothing', async () => {
    const item = await itemNamed('排污许可');
    const before = await t.database.db.selectFrom('catalog_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const res = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), promisedDays: item.statutoryDays + 5, zone: 'Q', onlineLevel: 'telepathy' } });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('data.onlineLevel');
    const res2 = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), promisedDays: item.statutoryDays + 5, zone: 'Q' } });
    expect(res2.json().errors.map((e: { path: string }) => e.path)).toContain('data.promisedDays');
    const res3 = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), zone: 'Q' } });
    expect(res3.json().errors.map((e: { path: string }) => e.path)).toEqual(['data.zone']);
    const after = await t.database.db.selectFrom('catalog_versions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('allows one open version per item', async () => {
    const item = await itemNamed('取水许可');
    const first = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), description: '第一稿' } });
    expect(first.statusCode).toBe(201);
    const second = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), description: '第二稿' } });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('CATALOG.OPEN_VERSION_EXISTS');
  });

  it('guards every back-office route: 401 anonymous, 403 applicant', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/v1/catalog/versions'],
      ['POST', '/api/v1/catalog/versions'],
      ['GET', '/api/v1/catalog/batches'],
      ['POST', '/api/v1/catalog/batches'],
    ];
    for (const [method, url] of routes) {
      const payload = method === 'POST' ? (url.endsWith('batches') ? { name: 'x' } : { data: {} }) : undefined;
      expect((await t.app.inject({ method: method as 'GET', url, payload })).statusCode, `${method} ${url}`).toBe(401);
      expect((await t.app.inject({ method: method as 'GET', url, payload, headers: { cookie: c.applicant1 } })).statusCode, `${method} ${url}`).toBe(403);
    }
    // a reviewer may read drafts but not write them
    const res = await post('/api/v1/catalog/batches', c.reviewer1, { name: '不该成功' });
    expect(res.statusCode).toBe(403);
  });
});

describe('clean-up batches', () => {
  it('shows the demo batch with its counts by disposition', async () => {
    const list = (await t.app.inject({ url: '/api/v1/catalog/batches', headers: { cookie: c.reviewer1 } })).json();
    const demo = list.items.find((b: { name: string }) => b.name.startsWith('2018'));
    expect(demo.byDisposition).toMatchObject({ transferred: 188, hall_only: 53, not_stationed: 6, cancelled: 7, delegated: 17, related: 34, fee: 6 });
    expect(demo.byStage.confirmed).toBe(demo.total);
  });

  it('passes a whole batch stage by stage, all or nothing', async () => {
    const batch = (await post('/api/v1/catalog/batches', c.editor1, { name: '2026年第一批事项调整', description: '承诺时限压缩' })).json();
    for (const name of ['燃气经营许可', '民办学校办学许可']) {
      const item = await itemNamed(name);
      const res = await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(item), promisedDays: Math.max(0, item.promisedDays - 1) }, batchId: batch.id });
      expect(res.statusCode).toBe(201);
    }
    expect((await post(`/api/v1/catalog/batches/${batch.id}/submit`, c.editor1)).json()).toEqual({ submitted: 2 });
    const wrong = await post(`/api/v1/catalog/batches/${batch.id}/pass`, c.checker1, { stage: 'first_review' });
    expect(wrong.statusCode).toBe(403);
    expect((await post(`/api/v1/catalog/batches/${batch.id}/pass`, c.reviewer1, { stage: 'first_review' })).json()).toEqual({ passed: 2 });
    expect((await post(`/api/v1/catalog/batches/${batch.id}/pass`, c.checker1, { stage: 'recheck' })).json()).toEqual({ passed: 2 });
    const detail = (await t.app.inject({ url: `/api/v1/catalog/batches/${batch.id}`, headers: { cookie: c.editor1 } })).json();
    expect(detail.byStage).toEqual({ final_review: 2 });
    expect((await post(`/api/v1/catalog/batches/${batch.id}/pass`, c.confirmer1, { stage: 'final_review' })).json()).toEqual({ passed: 2 });
  });

  it('moves only the versions waiting at the stage named, publishes them numbered after the last, and a retry moves nothing more', async () => {
    const depts = (await t.app.inject({ url: '/api/v1/org/departments' })).json().items as { code: string; kind: string }[];
    const regulators = depts.filter((d) => d.kind === 'regulator').map((d) => d.code);
    const batch = (await post('/api/v1/catalog/batches', c.editor1, { name: '2026年第二批事项调整', description: '混合阶段' })).json();
    const names = ['教师资格认定', '医疗机构执业登记', '放射诊疗许可'];
    const before = await Promise.all(names.map(itemNamed));
    const newRegulators = regulators.filter((r) => !before[0].regulators.some((x: { code: string }) => x.code === r)).slice(0, 2);
    expect(newRegulators).toHaveLength(2);
    const versions: { id: string; rev: number }[] = [];
    for (const [i, item] of before.entries()) {
      const data = { ...editable(item), consultPhone: `0538-69960${i}${i}`, ...(i === 0 ? { regulatorCodes: newRegulators } : {}) };
      const res = await post('/api/v1/catalog/versions', c.editor1, { data, batchId: batch.id });
      expect(res.statusCode).toBe(201);
      versions.push(res.json());
    }
    const [a, b] = versions as [{ id: string; rev: number }, { id: string; rev: number }];
    // the first at 复核, the second at 初审, the third still a draft
    const aSubmitted = (await post(`/api/v1/catalog/versions/${a.id}/submit`, c.editor1, { rev: a.rev })).json();
    expect((await post(`/api/v1/catalog/versions/${a.id}/pass`, c.reviewer1, { rev: aSubmitted.rev })).json().stage).toBe('recheck');
    expect((await post(`/api/v1/catalog/versions/${b.id}/submit`, c.editor1, { rev: b.rev })).json().stage).toBe('first_review');

    const counts = async () => ({
      audit: (await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
      events: (await t.database.db.selectFrom('catalog_stage_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    });
    const stages = async () => (await t.app.inject({ url: `/api/v1/catalog/batches/${batch.id}`, headers: { cookie: c.editor1 } })).json().byStage;
    const pass = (cookie: string | undefined, stage: string) => post(`/api/v1/catalog/batches/${batch.id}/pass`, cookie, { stage, comment: '同意' });

    expect((await pass(c.reviewer1, 'first_review')).json()).toEqual({ passed: 1 });
    expect(await stages()).toEqual({ draft: 1, recheck: 2 });
    const afterPass = await counts();
    expect((await pass(c.reviewer1, 'first_review')).json()).toEqual({ passed: 0 });
    expect((await pass(c.confirmer1, 'final_review')).json()).toEqual({ passed: 0 });
    expect(await counts()).toEqual(afterPass);
    expect((await post(`/api/v1/catalog/batches/${batch.id}/submit`, c.editor1)).json()).toEqual({ submitted: 1 });
    expect((await post(`/api/v1/catalog/batches/${batch.id}/submit`, c.editor1)).json()).toEqual({ submitted: 0 });
    expect((await pass(c.checker1, 'recheck')).json()).toEqual({ passed: 2 });
    expect((await pass(c.reviewer1, 'first_review')).json()).toEqual({ passed: 1 });
    expect((await pass(c.checker1, 'recheck')).json()).toEqual({ passed: 1 });
    expect(await stages()).toEqual({ final_review: 3 });
    const beforeFinal = await counts();
    expect((await pass(c.confirmer1, 'final_review')).json()).toEqual({ passed: 3 });
    // one event and one audit row per version, nothing more
    expect(await counts()).toEqual({ audit: beforeFinal.audit + 3, events: beforeFinal.events + 3 });

    for (const [i, item] of before.entries()) {
      const after = await itemNamed(names[i] as string);
      expect(after.version).toBe(item.version + 1);
      expect(after.consultPhone).toBe(`0538-69960${i}${i}`);
      const id = versions[i]?.id as string;
      const v = (await t.app.inject({ url: `/api/v1/catalog/versions/${id}`, headers: { cookie: c.editor1 } })).json();
      expect(v).toMatchObject({ stage: 'confirmed', version: item.version + 1, rev: 5 });
      expect(v.events.map((e: { action: string; toStage: string }) => `${e.action}:${e.toStage}`)).toEqual(['create:draft', 'submit:first_review', 'pass:recheck', 'pass:final_review', 'pass:confirmed']);
      const trail = (await t.app.inject({ url: `/api/v1/audit?targetId=${id}&pageSize=20`, headers: { cookie: c.admin } })).json().items.reverse();
      expect(trail.map((r: { action: string; after: { stage?: string } | null }) => `${r.action}:${r.after?.stage ?? ''}`)).toEqual([
        'catalog.version_create:',
        'catalog.version_submit:first_review',
        'catalog.version_pass:recheck',
        'catalog.version_pass:final_review',
        'catalog.version_pass:confirmed',
      ]);
    }
    const first = await itemNamed(names[0] as string);
    expect(first.regulators.map((r: { code: string }) => r.code).sort()).toEqual([...newRegulators].sort());
    const history = (await t.app.inject({ url: `/api/v1/catalog/items/${encodeURIComponent(first.code)}/versions` })).json();
    expect(history.items[0]).toMatchObject({ version: first.version, batchName: '2026年第二批事项调整' });
    expect((await t.app.inject({ url: '/api/v1/audit/verify', headers: { cookie: c.admin } })).json()).toMatchObject({ ok: true });
  });

  it('checks every version of a batch before it writes any: one refusal, naming its item, leaves the batch as it was', async () => {
    const created = await post('/api/v1/users', c.admin, { username: 'batch1', displayName: '编审', password: 'Tai-shan#Peak9', roles: [{ role: 'catalog_editor' }, { role: 'catalog_reviewer' }] });
    expect(created.statusCode).toBe(201);
    const batch1 = await t.login('batch1', 'Tai-shan#Peak9');
    const batch = (await post('/api/v1/catalog/batches', c.editor1, { name: '2026年第三批事项调整' })).json();
    const mine = (await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(await itemNamed('社会团体成立登记')), consultPhone: '0538-6996101' }, batchId: batch.id })).json();
    const theirs = (await post('/api/v1/catalog/versions', batch1, { data: { ...editable(await itemNamed('农药经营许可')), consultPhone: '0538-6996102' }, batchId: batch.id })).json();
    const audits = async () => (await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const stages = async () => (await t.app.inject({ url: `/api/v1/catalog/batches/${batch.id}`, headers: { cookie: c.editor1 } })).json().byStage;

    let trail = await audits();
    const notAuthor = await post(`/api/v1/catalog/batches/${batch.id}/submit`, c.editor1);
    expect(notAuthor.statusCode).toBe(403);
    expect(await stages()).toEqual({ draft: 2 });
    expect(await audits()).toBe(trail);

    await post(`/api/v1/catalog/versions/${mine.id}/submit`, c.editor1, { rev: mine.rev });
    await post(`/api/v1/catalog/versions/${theirs.id}/submit`, batch1, { rev: theirs.rev });
    trail = await audits();
    const own = await post(`/api/v1/catalog/batches/${batch.id}/pass`, batch1, { stage: 'first_review' });
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({ code: 'CATALOG.OWN_DRAFT', detail: '事项：农药经营许可' });
    expect(await stages()).toEqual({ first_review: 2 });
    expect(await audits()).toBe(trail);

    const badStage = await post(`/api/v1/catalog/batches/${batch.id}/pass`, c.reviewer1, { stage: 'draft' });
    expect(badStage.statusCode).toBe(400);
    expect(badStage.json().errors.map((e: { path: string }) => e.path)).toEqual(['stage']);
    expect((await post('/api/v1/catalog/batches/00000000-0000-4000-8000-000000000000/pass', c.reviewer1, { stage: 'first_review' })).statusCode).toBe(404);
    expect((await post(`/api/v1/catalog/batches/${batch.id}/pass`, c.reviewer1, { stage: 'first_review' })).json()).toEqual({ passed: 2 });
  });

  it('moves a batch once when two reviewers pass it at the same time', async () => {
    const created = await post('/api/v1/users', c.admin, { username: 'batch2', displayName: '初审二', password: 'Tai-shan#Peak9', roles: [{ role: 'catalog_reviewer' }] });
    expect(created.statusCode).toBe(201);
    const batch2 = await t.login('batch2', 'Tai-shan#Peak9');
    const batch = (await post('/api/v1/catalog/batches', c.editor1, { name: '2026年第四批事项调整' })).json();
    const ids: string[] = [];
    for (const name of ['兽药经营许可', '种子生产经营许可']) ids.push((await post('/api/v1/catalog/versions', c.editor1, { data: { ...editable(await itemNamed(name)), consultPhone: '0538-6996201' }, batchId: batch.id })).json().id);
    expect((await post(`/api/v1/catalog/batches/${batch.id}/submit`, c.editor1)).json()).toEqual({ submitted: 2 });
    const both = await Promise.all([c.reviewer1, batch2].map((cookie) => post(`/api/v1/catalog/batches/${batch.id}/pass`, cookie, { stage: 'first_review' })));
    expect(both.map((r) => r.json().passed).sort()).toEqual([0, 2]);
    for (const id of ids) {
      const v = (await t.app.inject({ url: `/api/v1/catalog/versions/${id}`, headers: { cookie: c.editor1 } })).json();
      expect(v).toMatchObject({ stage: 'recheck', rev: 3 });
      expect(v.events.filter((e: { action: string }) => e.action === 'pass')).toHaveLength(1);
      const trail = (await t.app.inject({ url: `/api/v1/audit?targetId=${id}&action=catalog.version_pass`, headers: { cookie: c.admin } })).json();
      expect(trail.total).toBe(1);
    }
  });
});

describe('input hygiene', () => {
  it('refuses unknown query parameters and unknown body fields with a 400', async () => {
    const q = await t.app.inject({ url: '/api/v1/catalog/items?colour=red' });
    expect(q.statusCode).toBe(400);
    expect(q.json().code).toBe('REQUEST.INVALID');
    const b = await post('/api/v1/catalog/batches', c.editor1, { name: '批次', owner: 'mallory' });
    expect(b.statusCode).toBe(400);
  });
});
