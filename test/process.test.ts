import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './ports.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir() {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-proc-'));
  dirs.push(d);
  return d;
}


describe('the server process', () => {
  it('`npx shenpi migrate` applies the migrations once and records them', () => {
    const dir = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, SHENPI_DATA_DIR: dir };
    delete env.DATABASE_URL;
    const first = execFileSync('npx', ['shenpi', 'migrate'], { env, encoding: 'utf8' });
    // a new embedded database is migrated here, or copied from the build's migrated template when dist/db is built
    expect(first).toMatch(/applied: 0001_foundation\.sql|created from the build's migrated template[^]*up to date/);
    const second = execFileSync('npx', ['shenpi', 'migrate'], { env, encoding: 'utf8' });
    expect(second).toMatch(/up to date/);
  });

  it('starts empty with SHENPI_DEMO=0, serves, and stops cleanly on SIGTERM after serving through its drain', async () => {
    const dir = tempDir();
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, SHENPI_DATA_DIR: dir, PORT: String(port), SHENPI_DEMO: '0', LOG_LEVEL: 'info', SHENPI_SHUTDOWN_DRAIN_SECONDS: '2' };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    const deadline = Date.now() + 60_000;
    let ready = false;
    while (!ready && Date.now() < deadline) {
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
      if (!ready) await new Promise((r) => setTimeout(r, 300));
    }
    expect(ready, out).toBe(true);
    const stats = await (await fetch(`http://127.0.0.1:${port}/api/v1/catalog/stats`)).json();
    expect(stats.total).toBe(0);
    // a second process on the same embedded database is refused, naming the owner
    const second = spawnSync('npx', ['shenpi', 'migrate'], { env, encoding: 'utf8' });
    expect(second.status).not.toBe(0);
    expect(second.stderr + second.stdout).toContain(`in use by process ${child.pid}`);
    expect(out).toContain(`http://localhost:${port}`);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const stopping = Date.now();
    child.kill('SIGTERM');
    // while it drains it still answers, each answer closing its connection (a proxy opens its next one elsewhere)
    await new Promise((r) => setTimeout(r, 500));
    const during = await new Promise<{ status?: number; connection?: string }>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port, path: '/readyz', agent: new http.Agent({ keepAlive: true }) }, (res) => {
        res.resume();
        resolve({ status: res.statusCode, connection: res.headers.connection });
      }).on('error', reject),
    );
    expect(during).toEqual({ status: 200, connection: 'close' });
    expect(await exited).toBe(0);
    expect(Date.now() - stopping).toBeGreaterThanOrEqual(2000);
    expect(out).toMatch(/"msg":"stopped"/);
  });
  it('seeds a fresh embedded demo database in a child process, which finishes alone when the server is killed; the next start serves the demo', async () => {
    const dir = tempDir();
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, SHENPI_DATA_DIR: dir, PORT: String(port), SHENPI_DEMO: '1', LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    const start = () => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const log = { out: '' };
      child.stdout.on('data', (d) => (log.out += String(d)));
      child.stderr.on('data', (d) => (log.out += String(d)));
      return { child, log, exited: new Promise<void>((resolve) => child.on('exit', () => resolve())) };
    };
    const until = async (what: () => boolean | Promise<boolean>, ms: number) => {
      for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 300))) if (await what()) return true;
      return false;
    };
    const lock = path.join(dir, 'pgdata.lock');
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };

    // the seed runs while the server's process waits: the database's lock names another process
    const first = start();
    expect(await until(() => first.log.out.includes('demo organisation loaded'), 90_000), first.log.out).toBe(true);
    const seeder = Number(fs.readFileSync(lock, 'utf8'));
    expect(seeder).toBeGreaterThan(0);
    expect(seeder).not.toBe(first.child.pid);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(await until(() => !alive(seeder), 240_000), 'the seed process never ended').toBe(true);
    expect(fs.existsSync(lock)).toBe(false);

    // an existing database: no child; the server finds the demo there
    const second = start();
    try {
      const stats = () => fetch(`http://127.0.0.1:${port}/api/v1/catalog/stats`).then((r) => (r.ok ? (r.json() as Promise<{ total: number }>) : null), () => null);
      expect(await until(async () => (await stats())?.total === 271, 180_000), second.log.out).toBe(true);
      expect(second.log.out).toMatch(/"applied":\[\]/);
      expect(Number(fs.readFileSync(lock, 'utf8'))).toBe(second.child.pid);
    } finally {
      second.child.kill('SIGKILL');
      await second.exited;
    }
    // two starts and a whole seed, beside the suite's other files
  }, 600_000);
});
