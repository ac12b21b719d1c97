/**
 * Database access: one Kysely type over either embedded PGlite (default) or a PostgreSQL server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type Transaction,
} from 'kysely';
import type pg from 'pg';
import type { Database } from './db-types.js';
import { migrationsFingerprint } from './migrations.js';

export type Db = Kysely<Database>;
export type Trx = Transaction<Database>;
/** A database handle or a transaction: repositories accept either. */
export type Executor = Db | Trx;

/** Whether a statement failed on a unique constraint (PostgreSQL's 23505), e.g. a retried request's second insert. */
export function isUniqueViolation(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && (err as { code: unknown }).code === '23505';
}

/** An open database with the means to close it; `kind` tells which engine runs underneath. */
export interface DbHandle {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The server's URL on PostgreSQL. */
  url?: string;
  /**
   * On PostgreSQL, the URL for session connections of their own: LISTEN (platform/pubsub.ts) and the advisory
   * locks of jobs run once (jobs/exclusive.ts). SHENPI_SESSION_DATABASE_URL when `url` goes through PgBouncer in
   * transaction pooling (a server connection per transaction: no session state on the pool), else `url`.
   */
  sessionUrl?: string;
  /** An embedded database this open created as a copy of the build's migrated template (its migrations applied). */
  fromTemplate?: boolean;
  /** Run raw multi-statement SQL (migrations). */
  execScript(sql: string): Promise<void>;
  close(): Promise<void>;
}

// count(*) and bigserial ids come back as numbers on both engines (safe below 2^53).
const INT8_OID = 20;

/** Where the embedded database of a data directory lives. */
function embeddedDir(dataDir: string): string {
  return path.join(dataDir, 'pgdata');
}

/** Whether the embedded database of a data directory has been created (initdb ran). */
export function embeddedExists(dataDir: string): boolean {
  return fs.existsSync(path.join(embeddedDir(dataDir), 'PG_VERSION'));
}

/** Open the database named by the configuration: PostgreSQL when `databaseUrl` is set, else PGlite under `dataDir`. */
export async function openDatabase(opts: { databaseUrl?: string; sessionDatabaseUrl?: string; dataDir: string; onIdleError?: (err: Error) => void }): Promise<DbHandle> {
  if (opts.databaseUrl) return openPostgres(await postgresDriver(), opts.databaseUrl, opts.sessionDatabaseUrl ?? opts.databaseUrl, opts.onIdleError);
  const dir = embeddedDir(opts.dataDir);
  fs.mkdirSync(dir, { recursive: true });
  return openPglite(dir);
}

/** node-postgres, loaded only where a PostgreSQL server is used: a start on the embedded database never reads its ~25 modules. */
export async function postgresDriver(): Promise<typeof pg> {
  const driver = (await import('pg')).default;
  driver.types.setTypeParser(INT8_OID, (v) => Number(v));
  return driver;
}

function openPostgres(driver: typeof pg, url: string, sessionUrl: string, onIdleError: (err: Error) => void = () => {}): DbHandle {
  const pool = new driver.Pool({ connectionString: url, max: 10 });
  // an idle connection that the server drops (restart, failover) must not crash the process;
  // the pool replaces it and the next query reconnects
  pool.on('error', onIdleError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    url,
    sessionUrl,
    async execScript(sql) {
      await db.executeQuery(CompiledQuery.raw(sql));
    },
    close: () => db.destroy(),
  };
}

/** The build's migrated empty embedded database (scripts/build.mjs, part db: migrate.ts's makeTemplate). */
export const TEMPLATE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/db');

/** What a template must have been made from to be copied: today's migration files, on this version of PGlite. */
export function templateFingerprint(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { version } = JSON.parse(fs.readFileSync(path.resolve(path.dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
  return `pglite ${version} migrations ${migrationsFingerprint()}`;
}

/**
 * Open (or create) an embedded database in `dir`; `null`: a database in memory only (the db-types generator's).
 * A new one starts as a copy of `template` when there is one made from today's migrations (`null`: never).
 */
export async function openPglite(dir: string | null, template: string | null = TEMPLATE_DIR): Promise<DbHandle> {
  const release = dir === null ? () => {} : lockDataDir(dir);
  try {
    const fromTemplate = dir !== null && template !== null && startFromTemplate(dir, template);
    const client = await PGlite.create(dir ?? 'memory://', {
      parsers: { [INT8_OID]: (v: string) => Number(v) },
      // PostgreSQL's 128 MB of shared buffers live in the WebAssembly memory, which never gives pages back: every
      // page a scan touched stayed in the process's RSS. 32 MB holds the bureau's working set; the rest is read
      // through the OS page cache (ADR 0023 §8).
      startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'],
    });
    const db = new Kysely<Database>({ dialect: new PgliteDialect(client) });
    return {
      db,
      kind: 'pglite',
      fromTemplate,
      async execScript(sql) {
        await db.executeQuery(CompiledQuery.raw(sql));
      },
      close: async () => {
        await db.destroy();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/**
 * A new data directory (missing or empty) becomes a copy of the template's when the template bears the fingerprint
 * of today's migration files and PGlite: no initdb and no migration to apply, seconds off a fresh start (ADR 0023 decision 15).
 * The copy is made beside it and renamed into place, so a start killed meanwhile leaves no half-made database.
 */
function startFromTemplate(dir: string, template: string): boolean {
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) return false;
  const mark = path.join(template, 'fingerprint');
  if (!fs.existsSync(mark) || fs.readFileSync(mark, 'utf8').trim() !== templateFingerprint()) return false;
  const copy = `${dir}.copy-${process.pid}`;
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(path.join(template, 'pgdata'), copy, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(copy, dir);
  return true;
}

/**
 * PGlite has no lock of its own: two processes on one data directory would corrupt it (a CLI
 * command while `npm start` runs, say). A lock file beside the directory names the owning
 * process; a lock left by a process that no longer exists is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lock = `${path.resolve(dir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lock, 'utf8'));
      if (owner && owner !== process.pid && isAlive(owner))
        throw new Error(`the embedded database ${dir} is in use by process ${owner}: stop it first, or use DATABASE_URL to share a PostgreSQL server`);
      fs.rmSync(lock, { force: true });
    }
  }
  throw new Error(`cannot lock the embedded database ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The same server URL pointing at another database (tests and benchmarks make scratch databases). */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Kysely dialect for PGlite. PGlite is one connection, so the driver hands it to one user at a
 * time: a transaction holds it from BEGIN to COMMIT and other queries wait their turn.
 */
class PgliteDialect implements Dialect {
  constructor(private readonly client: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PgliteDriver(this.client);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new PostgresIntrospector(db);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}

class PgliteDriver implements Driver {
  private queue: Promise<void> = Promise.resolve();
  private release: (() => void) | null = null;
  private readonly connection: PgliteConnection;

  constructor(private readonly client: PGlite) {
    this.connection = new PgliteConnection(client);
  }
  async init() {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.release = release;
    return this.connection;
  }
  async beginTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('BEGIN'));
  }
  async commitTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('COMMIT'));
  }
  async rollbackTransaction(conn: DatabaseConnection) {
    await conn.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }
  async releaseConnection() {
    const release = this.release;
    this.release = null;
    release?.();
  }
  async destroy() {
    await this.queue;
    await this.client.close();
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly client: PGlite) {}
  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // parameterless SQL goes through the simple protocol, which also takes multi-statement scripts
    const res =
      query.parameters.length === 0
        ? ((await this.client.exec(query.sql)).at(-1) ?? { rows: [], affectedRows: 0 })
        : await this.client.query<R>(query.sql, [...query.parameters]);
    return {
      rows: res.rows as R[],
      numAffectedRows: res.affectedRows === undefined ? undefined : BigInt(res.affectedRows),
    };
  }
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported on the embedded database');
  }
}
