/**
 * index.html as the server writes it for each page (ADR 0024 decision 8): the portal's first pages name their
 * chunks and their first API answers for preloading, from the real build of the web app (built here when stale,
 * as `npm start` does); and what the server writes per request leaves compressed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from './harness.js';

const WEB_DIR = path.resolve(import.meta.dirname, '../dist/web');

let t: TestContext;
let code: string;
beforeAll(async () => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'web', '--if-stale'], { cwd: path.resolve(import.meta.dirname, '..'), encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`web build failed: ${build.stderr}`);
  t = await createTestApp();
  const items = await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent('食品经营许可')}&pageSize=50` });
  code = (items.json() as { items: { code: string; name: string }[] }).items.find((i) => i.name === '食品经营许可')!.code;
}, 300_000);
afterAll(() => t?.close());

/** The hrefs of the `<link rel="…">` tags of `html`. */
function links(html: string, rel: string): string[] {
  return [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]* href="([^"]+)"`, 'g'))].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('index.html for a page', () => {
  it("names an item page's chunks, which exist, and its first API answers, which answer", async () => {
    const res = await t.app.inject({ url: `/items/${code}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['cache-control']).toBe('no-cache');
    const chunks = links(res.body, 'modulepreload');
    // the entry's imports (index.html as built) and, once each, the page's chunk and its imports
    expect(chunks.filter((f) => /^\/assets\/vendor-[\w-]+\.js$/.test(f))).toHaveLength(1);
    expect(chunks.some((f) => /^\/assets\/ItemPage-[\w-]+\.js$/.test(f))).toBe(true);
    expect(new Set(chunks).size).toBe(chunks.length);
    for (const f of chunks) expect(fs.existsSync(path.join(WEB_DIR, f)), f).toBe(true);
    const api = links(res.body, 'preload');
    expect(api).toEqual(['/api/v1/auth/session', `/api/v1/catalog/items/${code}`]);
    // the code as the page's encodeURIComponent(useParams().code) writes it
    expect(links((await t.app.inject({ url: '/apply/A%20B' })).body, 'preload')).toContain('/api/v1/catalog/items/A%20B');
    for (const url of api) expect((await t.app.inject({ url })).statusCode, url).toBe(200);
  });

  it('asks for the guide search as the page does, its query encoded', async () => {
    const res = await t.app.inject({ url: `/guide?q=${encodeURIComponent(' 开饭店 ')}` });
    const api = links(res.body, 'preload');
    expect(api).toEqual(['/api/v1/auth/session', `/api/v1/guide/search?q=${encodeURIComponent('开饭店')}&limit=20`]);
    expect((await t.app.inject({ url: api[1]! })).statusCode).toBe(200);
  });

  it('leaves the back office, the hall and the other portal pages with index.html as built', async () => {
    const built = fs.readFileSync(path.join(WEB_DIR, 'index.html'), 'utf8');
    for (const url of ['/admin/cases', '/hall/kiosk', '/verify']) expect((await t.app.inject({ url })).body, url).toBe(built);
  });

  it('sends the page compressed, and 304 when the browser has it', async () => {
    const res = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const body = zlib.brotliDecompressSync(res.rawPayload).toString('utf8');
    expect(links(body, 'preload')).toContain('/api/v1/catalog/stats');
    const again = await t.app.inject({ url: '/', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('serves the hashed assets immutable and pre-compressed, robots.txt, and nothing else of the build', async () => {
    const asset = fs.readdirSync(path.join(WEB_DIR, 'assets')).find((f) => f.endsWith('.js'));
    expect(asset).toBeDefined();
    const res = await t.app.inject({ url: `/assets/${asset}`, headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(res.rawPayload).equals(fs.readFileSync(path.join(WEB_DIR, 'assets', asset!)))).toBe(true);
    const robots = await t.app.inject({ url: '/robots.txt' });
    expect(robots.statusCode).toBe(200);
    expect(robots.body).toBe(fs.readFileSync(path.join(WEB_DIR, 'robots.txt'), 'utf8'));
    for (const url of ['/assets/nope-123.js', '/assets/nope/deeper.css']) {
      const miss = await t.app.inject({ url });
      expect(miss.statusCode, url).toBe(404);
      expect(miss.headers['content-type'], url).toContain('application/problem+json');
    }
    // a name without an extension is a page of the web app, never the build's own files
    expect((await t.app.inject({ url: '/.inputs' })).body).toContain('<div id="root">');
  });

  it('does not serve the build manifest', async () => {
    expect(fs.existsSync(path.join(WEB_DIR, '.vite', 'manifest.json'))).toBe(true);
    expect((await t.app.inject({ url: '/.vite/manifest.json' })).statusCode).toBe(404);
  });
});

describe('JSON answers', () => {
  it('leave gzip- or brotli-compressed from 1 kB, as the browser accepts', async () => {
    const plain = await t.app.inject({ url: '/api/v1/org/zones' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    const gz = await t.app.inject({ url: '/api/v1/org/zones', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
    expect(zlib.gunzipSync(gz.rawPayload).toString('utf8')).toBe(plain.body);
    const small = await t.app.inject({ url: '/api/v1/auth/session', headers: { 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
