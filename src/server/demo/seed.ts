/**
 * The demo bureau: organisation, accounts, model texts and the 2018 catalog review, loaded from
 * demo/ through the same services users have. Resumable: each step checks whether it is done,
 * so a start killed half-way finishes the seed on the next start.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { z } from 'zod';
import { buildForm, type FieldSpec } from '../../domain/forms.js';
import { ROLE_NAMES } from '../../domain/roles.js';
import { seedDemoCases } from './cases.js';
import { seedDemoAssessment } from './assessment.js';
import { seedDemoHall } from './hall.js';
import { seedDemoProjects } from './projects.js';
import { seedDemoInspections } from './inspections.js';
import { seedDemoExperts } from './experts.js';
import { seedDemoExchange } from './exchange.js';
import { loadUserActor, type Actor, type UserActor } from '../platform/auth.js';
import type { Config } from '../config.js';
import { serviceClock, type Clock } from '../platform/clock.js';
import { openDatabase, type Db, type DbHandle } from '../platform/db.js';
import { migrate } from '../platform/migrate.js';
import { hashPassword } from '../modules/auth/auth.service.js';
import { verifyIdentity } from '../modules/auth/identity.js';
import { CatalogService } from '../modules/catalog/catalog.service.js';
import { orgFile } from '../modules/org/org.schemas.js';
import { OrgService } from '../modules/org/org.service.js';

/** Where the demo data lives. */
export const DEMO_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../demo');

/** The name of the batch that reproduces the 2018 review (its items are counted on the batch, not in its name). */
export const DEMO_BATCH = '2018年市级行政审批服务事项清理';

/** What each demo catalog file holds, by the start of its name, for the batch's description. */
const DEMO_FILE_KINDS: [prefix: string, kind: string][] = [
  ['main-', '行政许可事项'],
  ['related-', '关联事项'],
  ['fee-', '收费事项'],
  ['services-', '大厅服务事项'],
];

const accountsFile = z.object({
  password: z.string(),
  accounts: z.array(
    z.object({
      username: z.string(),
      displayName: z.string(),
      kind: z.enum(['staff', 'person', 'organisation']).default('staff'),
      idNumber: z.string().nullable().default(null),
      creditCode: z.string().nullable().default(null),
      phone: z.string().nullable().default(null),
      roles: z.array(z.object({ role: z.enum(ROLE_NAMES), departmentCode: z.string().nullable().default(null) })),
    }),
  ),
});

const SYSTEM: Actor = { type: 'system', name: 'demo-seed', ip: null };

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(DEMO_DIR, file), 'utf8'));
}

/** The demo accounts as listed in demo/accounts.json (for the start banner and the README). */
export function demoAccounts() {
  return accountsFile.parse(readJson('accounts.json'));
}

/**
 * Open the configured database (or take the one `opening` yields: the seed process begins opening it before this
 * module loads), migrate it and seed the demo bureau where it lacks it (`shenpi seed`, demo/seed-process.ts).
 */
export async function seedDatabase(config: Config, log: Logger, opening: Promise<DbHandle> = openDatabase(config)): Promise<boolean> {
  const database = await opening;
  try {
    await migrate(database);
    return await seedDemo(database.db, log, { now: serviceClock(config.clockStart) });
  } finally {
    await database.close();
  }
}

/** Seed the demo bureau into a database that lacks it; returns whether anything was written. */
export async function seedDemo(db: Db, log: Logger, opts: { now: Clock; dir?: string }): Promise<boolean> {
  const dir = opts.dir ?? DEMO_DIR;
  // every seeded step happens before the service clock's "now", never the wall clock's
  const now = opts.now();
  const catalog = new CatalogService(db);
  const staff = await seedDemoStaff(db, log, dir);
  let wrote = staff.wrote;
  const { as } = staff;
  const editor = await as('editor1');

  let batch = await db.selectFrom('catalog_batches').select('id').where('name', '=', DEMO_BATCH).executeTakeFirst();
  if (!batch && !(await db.selectFrom('catalog_public').select('code').limit(1).executeTakeFirst())) {
    const batchId = await importDemoCatalog(catalog, editor, log, dir);
    batch = batchId ? { id: batchId } : undefined;
    wrote = true;
  }
  if (batch) {
    const counts = await catalog.getBatch(editor, batch.id);
    if (counts.byStage.draft) await catalog.submitBatch(editor, batch.id);
    if (counts.byStage.draft || counts.byStage.first_review) await catalog.passBatch(await as('reviewer1'), batch.id, 'first_review', '初审拟定：同意');
    if (counts.byStage.draft || counts.byStage.first_review || counts.byStage.recheck) await catalog.passBatch(await as('checker1'), batch.id, 'recheck', '复核：同意');
    if (counts.total - (counts.byStage.confirmed ?? 0) > 0) {
      await catalog.passBatch(await as('confirmer1'), batch.id, 'final_review', '终审确认：同意发布');
      log.info('demo catalog confirmed');
      wrote = true;
    }
  }
  // several hundred cases over the last 12 months, through the cases' services (cases.ts)
  if (await seedDemoCases(db, log, { dir, now })) wrote = true;
  // a morning in the service hall (hall.ts)
  if (await seedDemoHall(db, log, now)) wrote = true;
  // the last two months of window work and the assessment's registers (assessment.ts)
  if (await seedDemoAssessment(db, log, now)) wrote = true;
  // the expert pool and expert reviews of up to three demo cases (experts.ts)
  if (await seedDemoExperts(db, log, now)) wrote = true;
  // on-site inspections of accepted demo cases: to schedule, scheduled, reported (inspections.ts)
  if (await seedDemoInspections(db, log, now)) wrote = true;
  // two investment projects filed by agent1, the companies' authorisations and a joint meeting (projects.ts)
  if (await seedDemoProjects(db, log, now)) wrote = true;
  // 审管联动: the regulators' subscriptions, the decisions delivered and acknowledged, some late (exchange.ts)
  if (await seedDemoExchange(db, log, now)) wrote = true;
  return wrote;
}

/**
 * The demo bureau's organisation, accounts, applicant1's proven identity and the catalog's model texts, where the
 * database lacks them; `as` loads a demo account as an actor (the catalog benchmark starts from here too).
 */
export async function seedDemoStaff(db: Db, log: Logger, dir: string = DEMO_DIR): Promise<{ wrote: boolean; as: (username: string) => Promise<UserActor> }> {
  const org = new OrgService(db);
  const catalog = new CatalogService(db);
  let wrote = false;

  if (!(await db.selectFrom('departments').select('code').limit(1).executeTakeFirst())) {
    const data = orgFile.parse(JSON.parse(fs.readFileSync(path.join(dir, 'org.json'), 'utf8')));
    await db.transaction().execute((trx) => org.load(trx, SYSTEM, data));
    log.info({ departments: data.departments.length }, 'demo organisation loaded');
    wrote = true;
  }

  // the accounts the database lacks, in one transaction (argon2 is slow on purpose: hashed once, and only when one is missing)
  const { password, accounts } = demoAccounts();
  const have = new Set((await db.selectFrom('users').select('username').where('username', 'in', accounts.map((a) => a.username)).execute()).map((r) => r.username));
  const missing = accounts.filter((a) => !have.has(a.username)).map((a) => ({ ...a, id: crypto.randomUUID() }));
  if (missing.length) {
    const hash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('users')
        .values(missing.map((a) => ({ id: a.id, username: a.username, password_hash: hash, display_name: a.displayName, kind: a.kind, id_number: a.idNumber, credit_code: a.creditCode, phone: a.phone })))
        .execute();
      const roles = missing.flatMap((a) => a.roles.map((r) => ({ user_id: a.id, role: r.role, department_code: r.departmentCode })));
      if (roles.length) await trx.insertInto('user_roles').values(roles).execute();
    });
    wrote = true;
  }

  const as = async (username: string): Promise<UserActor> => {
    const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const actor = await loadUserActor(db, row.id, null);
    if (!actor) throw new Error(`demo account ${username} missing`);
    return actor;
  };
  const editor = await as('editor1');
  // applicant1 showed their 身份证 at the window once: their account's number is proven (auth/identity.ts)
  const applicant = await db.selectFrom('users').select(['username', 'id_number']).where('username', '=', 'applicant1').executeTakeFirst();
  if (applicant?.id_number && !(await db.selectFrom('identity_verifications').select('user_id').innerJoin('users', 'users.id', 'identity_verifications.user_id').where('users.username', '=', 'applicant1').executeTakeFirst())) {
    await verifyIdentity(db, await as('clerk1'), { username: applicant.username, document: 'id_card', number: applicant.id_number });
    wrote = true;
  }

  const templatesDir = path.join(dir, 'templates');
  if (fs.existsSync(templatesDir)) {
    const have = new Set((await db.selectFrom('catalog_files').select('name').execute()).map((r) => r.name));
    for (const name of fs.readdirSync(templatesDir).sort()) {
      if (have.has(name)) continue;
      const media = name.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/octet-stream';
      await catalog.putTemplate(editor, name, async () => ({ mediaType: media, content: fs.readFileSync(path.join(templatesDir, name)) }));
      wrote = true;
    }
  }

  return { wrote, as };
}

/** Import the demo catalog (demo/catalog/*.json) as drafts of the demo batch; the batch's id, or null when nothing was new. */
export async function importDemoCatalog(catalog: CatalogService, editor: UserActor, log: Logger, dir: string = DEMO_DIR): Promise<string | null> {
  const catalogDir = path.join(dir, 'catalog');
  const files = fs
    .readdirSync(catalogDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ f, items: JSON.parse(fs.readFileSync(path.join(catalogDir, f), 'utf8')) as unknown[] }));
  const items = files.flatMap((x) => x.items).map((item) => withDemoForm(dir, item));
  const counted = DEMO_FILE_KINDS.map(([prefix, kind]) => `${kind} ${files.filter((x) => x.f.startsWith(prefix)).reduce((n, x) => n + x.items.length, 0)} 项`);
  const description = `2018年泰安市市级审批服务事项梳理、审核、确认，划转至市行政审批服务局：${counted.join('，')}，共 ${items.length} 项。`;
  const result = await catalog.importItems(editor, items, { name: DEMO_BATCH, description });
  log.info(result, 'demo catalog imported');
  return result.batchId;
}


/** The demo's own application forms (demo/forms.json: the fields of each item's 申请表, by item name), built into the item. */
function withDemoForm(dir: string, item: unknown): unknown {
  const file = path.join(dir, 'forms.json');
  demoForms ??= fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { fields: FieldSpec[] }>) : {};
  const name = (item as { name?: string }).name ?? '';
  const spec = demoForms[name];
  return spec ? { ...(item as object), form: buildForm(spec.fields) } : item;
}
let demoForms: Record<string, { fields: FieldSpec[] }> | undefined;
