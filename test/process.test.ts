import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
    expect(first).toMatch(/applied: 0001_foundation\.sql/);
    const second = execFileSync('npx', ['shenpi', 'migrate'], { env, encoding: 'utf8' });
    expect(second).toMatch(/up to date/);
  });

  it('starts empty with SHENPI_DEMO=0, serves, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, SHENPI_DATA_DIR: dir, PORT: String(port), SHENPI_DEMO: '0', LOG_LEVEL: 'info' };
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
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/"msg":"stopped"/);
  });
});
