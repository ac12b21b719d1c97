/**
 * Imported first by main.tsx: zod's compiled parsers probe `new Function`, which the server's CSP
 * (script-src 'self', no 'unsafe-eval') refuses and reports as a violation; jitless parsers never try.
 *
 * zod keeps its one configuration in `globalThis.__zod_globalConfig` (so that every copy of zod shares it) and
 * takes the object found there when its core loads; setting it here, instead of calling `config()` from zod,
 * keeps zod out of the entry (ADR 0024: the home page's JavaScript budget) — the pages that parse bring zod.
 * src/web/zod-config.test.ts checks that zod still reads it.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {}; // a module, imported for its effect
