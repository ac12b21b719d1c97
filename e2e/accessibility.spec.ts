/**
 * Accessibility (issue 18): axe-core on every page of the web app — the public portal, the
 * applicant's and the agent's pages, the hall's terminals and the back office as each role sees it
 * — finds no critical and no serious violation. The pages come from App.tsx's route table; those
 * with a parameter in their path name where to find one (IDS), so a new page cannot slip by.
 * One login per role; each page is checked once by the first role that may open it, and again by the roles
 * that see it differently (ALSO). A failure lists, page by page, each critical or serious rule broken and the
 * elements that break it.
 */
import fs from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { AREAS, type Area } from '../src/web/app/access';
import { routeTable, type RouteEntry } from '../src/web/app/route-table';
import { permissionsOf } from '../src/domain/roles';
import type { Me } from '../src/web/api/types';
import { axeViolations, login, settled } from './helpers';

const get = async <T>(req: APIRequestContext, url: string): Promise<T> => (await (await req.get(`/api/v1${url}`)).json()) as T;
const firstOf = async (req: APIRequestContext, url: string, field: string): Promise<string | undefined> => {
  const body = await get<{ items?: Record<string, unknown>[] }>(req, url);
  const v = body.items?.[0]?.[field];
  return v === undefined || v === null ? undefined : String(v);
};
const foodCode = (req: APIRequestContext) => firstOf(req, `/catalog/items?q=${encodeURIComponent('食品经营许可')}&pageSize=1`, 'code');

/** Where to find a value for each page whose path has a parameter, asked as a user who sees that page. */
const IDS: Record<string, (req: APIRequestContext) => Promise<string | undefined>> = {
  '/items/:code': foodCode,
  '/guide/items/:code': foodCode,
  '/guide/scenarios/:id': async () => 'restaurant',
  '/apply/:itemCode': foodCode,
  '/my/cases/:caseNo': (req) => firstOf(req, '/cases?pageSize=5&status=approved', 'caseNo'),
  '/my/projects/:id': (req) => firstOf(req, '/projects?pageSize=1', 'id'),
  '/verify/:no': (req) => firstOf(req, '/licences?pageSize=1', 'no'),
  '/verify/documents/:id': async () => undefined, // checked by e2e/documents.spec.ts on the decision it makes (CHECKED_ELSEWHERE)
  '/admin/window/:caseNo': (req) => firstOf(req, '/cases?pageSize=1', 'caseNo'),
  '/admin/cases/:caseNo': (req) => firstOf(req, '/cases?pageSize=1', 'caseNo'),
  '/admin/projects/:id': (req) => firstOf(req, '/projects?pageSize=1', 'id'),
  '/admin/meetings/:id': (req) => firstOf(req, '/meetings?pageSize=1', 'id'),
  '/admin/catalog/versions/:id': (req) => firstOf(req, '/catalog/versions?pageSize=1', 'id'),
  '/admin/review/:id': (req) => firstOf(req, '/catalog/versions?pageSize=1', 'id'),
  '/admin/batches/:id': (req) => firstOf(req, '/catalog/batches?pageSize=1', 'id'),
  '/admin/templates/:type': (req) => firstOf(req, '/documents/templates', 'type'),
  '/admin/hall/window/:id': async (req) => String((await get<{ items: { windows: { id: number }[] }[] }>(req, '/org/zones')).items[0]?.windows[0]?.id),
  '/admin/inspections/:id': (req) => firstOf(req, '/inspections?scope=mine&pageSize=1', 'id'),
  '/admin/my-reviews/:id': async () => undefined, // checked by e2e/experts.spec.ts as the drawn expert (CHECKED_ELSEWHERE)
};

/** The users who open the pages: the applicant and the agent on the portal, each staff role in the back office. */
const STAFF = ['admin', 'editor1', 'reviewer1', 'confirmer1', 'clerk1', 'hall1', 'caseworker1', 'chief1', 'director1', 'estate1', 'agencylead1', 'inspector1', 'kancha1', 'expert1', 'expertadmin1', 'regulator1', 'finance1'] as const;
type Staff = (typeof STAFF)[number];

const PAGES = routeTable().filter((r) => !r.path.endsWith('*'));
const isAdmin = (path: string) => path.startsWith('/admin');
const isMine = (path: string) => /^\/(my|apply|appointments)\b/.test(path);
/** The agent's pages; the applicant opens the other pages of their own. */
const isAgents = (path: string) => path.startsWith('/my/projects');

/** What each staff account may open, from its roles in demo/accounts.json (each test checks it against the session). */
const ACCOUNTS = (JSON.parse(fs.readFileSync('demo/accounts.json', 'utf8')) as { accounts: { username: string; roles: { role: string; departmentCode: string }[] }[] }).accounts;
function mayOpen(user: Staff, r: RouteEntry): boolean {
  const roles = ACCOUNTS.find((a) => a.username === user)?.roles ?? [];
  const me = { kind: 'staff', roles, permissions: permissionsOf(roles.map((x) => x.role)) } as unknown as Me;
  return !r.area || AREAS[r.area as Area](me);
}

/**
 * Pages a role sees differently from the first who may open them (other tabs, another workbench, the manager's
 * buttons): checked by these roles too. Every other page is checked once, by the first in STAFF who may open it.
 */
const ALSO: Record<string, readonly Staff[]> = {
  '/admin/assessment': ['chief1'], // hall1 registers complaints; a chief ranks his department
  '/admin/supervision': ['regulator1'], // the regulator's workbench instead of the bureau's view
  '/admin/licences': ['director1'], // licence management (suspend, revoke)
  '/admin/catalog': ['editor1'], // the editor's drafts and buttons
  '/admin/catalog/new': ['editor1'],
};
/** Pages without an area of their own, opened from another's page: whose they are. */
const OWNER: Record<string, Staff> = { '/admin/inspections/:id': 'inspector1', '/admin/meetings/:id': 'director1' };
/** Pages the demo has nothing to open on: it seeds no catalog draft (the catalog specs open them with their own). */
const NO_DEMO_DATA = new Set(['/admin/catalog/versions/:id', '/admin/review/:id']);
/**
 * Pages checked with axe by the spec that makes or finds what they show: a document's page needs a drawn document,
 * and the demo's are drawn by the background catch-up minutes after the start (e2e/documents.spec.ts opens its
 * decision's); an expert's score sheet belongs to whichever expert the demo's random draw picked (e2e/experts.spec.ts).
 */
const CHECKED_ELSEWHERE = new Set(['/verify/documents/:id', '/admin/my-reviews/:id']);
/** Public pages whose address comes from the applicant's own licence or decision: the applicant opens them. */
const isApplicants = (path: string) => isMine(path) || path.startsWith('/verify/');
const checkers = (r: RouteEntry): Staff[] => {
  if (NO_DEMO_DATA.has(r.path)) return [];
  const first = OWNER[r.path] ?? STAFF.find((u) => mayOpen(u, r));
  return first ? [first, ...(ALSO[r.path] ?? []).filter((u) => u !== first)] : [];
};

/** The concrete address of a route for this user, or undefined when there is nothing to open. */
async function address(req: APIRequestContext, path: string): Promise<string | undefined> {
  if (!path.includes(':')) return path;
  const id = await IDS[path]?.(req);
  return id === undefined ? undefined : path.replace(/:[^/]+/, encodeURIComponent(id));
}

/** Opens each of `routes` as `who`; returns axe's findings, page by page, and the pages with nothing to open. */
async function checkAll(page: Page, routes: RouteEntry[], who: string): Promise<string[]> {
  const found: string[] = [];
  for (const r of routes.filter((x) => !CHECKED_ELSEWHERE.has(x.path))) {
    const url = await address(page.request, r.path);
    if (!url) {
      found.push(`${r.path} (${who}): nothing to open (IDS, OWNER)`);
      continue;
    }
    await page.goto(url);
    await settled(page);
    // a page that did not render would pass axe: it shows something
    expect((await page.locator('body > #root').innerText()).trim().length, `${url} (${who}) is blank`).toBeGreaterThan(10);
    const violations = await axeViolations(page);
    if (violations.length) found.push(`${url} (${who})\n  ${violations.join('\n  ')}`);
  }
  return found;
}

test.beforeEach(({ page }) => page.setViewportSize({ width: 1440, height: 900 }));

test('every page with a parameter says where to find one', () => {
  const missing = PAGES.filter((r) => r.path.includes(':') && !IDS[r.path]).map((r) => r.path);
  expect(missing, 'add them to IDS').toEqual([]);
  expect(PAGES.length).toBeGreaterThan(60);
});

test('every back-office page has a staff account who may open it', () => {
  expect(PAGES.filter((r) => isAdmin(r.path) && !NO_DEMO_DATA.has(r.path) && checkers(r).length === 0).map((r) => r.path)).toEqual([]);
});

test('axe: the public pages and the hall terminals', async ({ page }) => {
  test.setTimeout(240_000);
  expect(await checkAll(page, PAGES.filter((r) => !isAdmin(r.path) && !isApplicants(r.path)), 'public')).toEqual([]);
});

for (const [user, agents] of [['applicant1', false], ['agent1', true]] as const)
  test(`axe: the portal pages of ${user}`, async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, user, false);
    expect(await checkAll(page, PAGES.filter((r) => isApplicants(r.path) && isAgents(r.path) === agents), user)).toEqual([]);
  });

// The back office as each role sees it: each page by the roles checkers() names.
for (const user of STAFF)
  test(`axe: the back office of ${user}`, async ({ page }) => {
    const mine = PAGES.filter((r) => isAdmin(r.path) && checkers(r).includes(user));
    test.skip(mine.length === 0, `${user} sees no page another account has not checked`);
    test.setTimeout(240_000);
    await login(page, user);
    const { user: me } = await get<{ user: Me }>(page.request, '/auth/session');
    // demo/accounts.json says what the session says
    expect(mine.filter((r) => r.area && !AREAS[r.area as Area](me)).map((r) => r.path), `${user} may not open`).toEqual([]);
    expect(await checkAll(page, mine, user)).toEqual([]);
  });
