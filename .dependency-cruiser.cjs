/** Layer rules (docs/adr/0001-architecture.md): domain is pure, web never reaches the server, modules own their tables. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure rules shared by server and web: no server, web, cli or I/O imports',
      severity: 'error',
      from: { path: '^src/domain' },
      to: { path: '^src/(server|web|cli)|^(fs|node:fs|pg|kysely|fastify|@electric-sql)', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-server',
      comment: 'the browser app talks to the server over HTTP only',
      severity: 'error',
      from: { path: '^src/web' },
      to: { path: '^src/(server|cli)' },
    },
    {
      name: 'server-not-web',
      severity: 'error',
      from: { path: '^src/server' },
      to: { path: '^src/web' },
    },
    {
      name: 'repository-is-private',
      comment: "a module's repository is used by its own service only",
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/' },
      to: { path: '^src/server/modules/([^/]+)/[^/]+\\.repository\\.ts$', pathNot: '^src/server/modules/$1/' },
    },
    {
      name: 'demo-is-a-leaf',
      comment: 'the demo seed (src/server/demo/) is started by the entry points (main.ts: a fresh embedded demo in a child process; serve.ts) and the CLI only; the server never depends on it',
      severity: 'error',
      from: { path: '^src/server/', pathNot: '^src/server/(demo/|serve\\.ts$|main\\.ts$)' },
      to: { path: '^src/server/demo/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { pathNot: '^src/web' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // see type-only imports too, so a cycle made only of `import type` counts (docs/adr/0017)
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.ts$' },
  },
};
