/**
 * The web app's index.html, written for the page asked for (ADR 0024 decision 8). Without help a portal page
 * loads in steps: index.html → the entry's scripts → the page's lazy chunk → its imports → the API answers it
 * asks for → the first paint of its content. The server knows the URL, so for the portal's first pages it names
 * in <head> the page's chunk and the chunks it imports (`modulepreload`, from the vite manifest that
 * scripts/build.mjs writes) and the API answers the page reads first (`preload as=fetch`): the browser fetches
 * them all beside the entry. Every other page (the rest of the portal, the back office, the hall's screens) gets
 * index.html as built. The answer is never cached without asking (`no-cache` with an ETag) and is compressed
 * per request (it differs by page, so it cannot be precompressed like the assets).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One chunk of vite's build manifest (`vite build --manifest`). */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The session answer: every portal page's frame asks for it (src/web/api/queries.ts, useMe). */
const SESSION = '/auth/session';

/**
 * The portal pages helped, by path: the page's module as the manifest names it and the API paths (under
 * /api/v1) it asks for on its first render, written exactly as src/web/api/client.ts writes them (a preload is
 * used only by a request for the same URL).
 */
const PAGES: { path: RegExp; module: string; api: (match: RegExpExecArray, query: URLSearchParams) => string[] }[] = [
  // HomePage.tsx: the figures and the hall's zones (useZones)
  { path: /^\/$/, module: 'src/web/features/portal/HomePage.tsx', api: () => [SESSION, '/catalog/stats', '/org/zones'] },
  { path: /^\/items\/([^/]+)$/, module: 'src/web/features/portal/ItemPage.tsx', api: (m) => [SESSION, itemPath(m[1])] },
  {
    path: /^\/guide$/,
    module: 'src/web/features/guide/GuidePage.tsx',
    // guideApi.ts: useGuideSearch(q) with the trimmed ?q=, else the scenario shortcuts
    api: (_, query) => {
      const q = (query.get('q') ?? '').trim();
      return [SESSION, q ? `/guide/search?${new URLSearchParams({ q, limit: '20' }).toString()}` : '/guide/scenarios'];
    },
  },
  { path: /^\/progress$/, module: 'src/web/features/portal/ProgressPage.tsx', api: () => [SESSION] },
  { path: /^\/apply\/([^/]+)$/, module: 'src/web/features/apply/ApplyPage.tsx', api: (m) => [SESSION, itemPath(m[1])] },
];

/** The item's API path, its code as the pages write it: `encodeURIComponent(useParams().code)` (Fastify refused a malformed one). */
const itemPath = (raw: string | undefined) => `/catalog/items/${encodeURIComponent(decodeURIComponent(raw ?? ''))}`;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The files a manifest key loads: itself and its static imports, recursively. */
function closure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const k of chunk.imports ?? []) closure(manifest, k, into);
  return into;
}

/** The web app's pages from its build in `webDir` (index.html, and .vite/manifest.json when built with it). */
export function webPages(webDir: string) {
  const indexHtml = fs.readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const manifestFile = path.join(webDir, '.vite', 'manifest.json');
  const manifest: Manifest = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest) : {};
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  // index.html already names the entry and its imports
  const entryFiles = entryKey ? closure(manifest, entryKey) : new Set<string>();
  const chunksOf = new Map(PAGES.map((p) => [p.module, [...closure(manifest, p.module)].filter((f) => !entryFiles.has(f))]));

  /** index.html for `url` (path and query), with its page's preloads when it is one of PAGES. */
  function html(url: string): string {
    const { pathname, searchParams } = new URL(url, 'http://localhost');
    for (const page of PAGES) {
      const match = page.path.exec(pathname);
      if (!match) continue;
      const links = [
        // low: after the entry's scripts, which paint the frame (index.html's, high), not beside them
        ...(chunksOf.get(page.module) ?? []).map((f) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="/${escapeAttr(f)}">`),
        // crossorigin: credentials "same-origin" and mode "cors", as the app's fetch (a preload is used only by a request that matches it)
        ...page.api(match, searchParams).map((p) => `<link rel="preload" as="fetch" crossorigin href="/api/v1${escapeAttr(p)}">`),
      ];
      return indexHtml.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
    }
    return indexHtml;
  }

  /** Send the page for `request`: compressed when the browser takes it, 304 when its copy is current. */
  async function send(request: FastifyRequest, reply: FastifyReply) {
    const body = html(request.url);
    const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
    reply.header('cache-control', 'no-cache').header('etag', etag).type('text/html; charset=utf-8');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.send(body); // compressed by @fastify/compress (app.ts) when the browser takes it
  }

  return { html, send };
}
