/**
 * The server's entry point (`node dist/server/main.js`, `npm start`). On Node 22.1+ it first turns on
 * Node's module compile cache (V8 code for every module, kept in the OS temporary directory, so a
 * restart does not compile the ~900 modules again: ADR 0023); then it loads and runs serve.ts. The cache
 * must be on before those modules are parsed, hence the dynamic import.
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./serve.js');
