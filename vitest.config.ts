import { defineConfig } from 'vitest/config';

/**
 * Two tiers: pure rules (src/domain, no database) and API tests over a real database
 * (test/ and src/server, with the seeded template database built once per run).
 */
export default defineConfig({
  test: {
    // CI asks for a JSON report beside the console output (.ci/summary.mjs adds them up)
    reporters: process.env.SHENPI_VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.SHENPI_VITEST_JSON ? { json: process.env.SHENPI_VITEST_JSON } : undefined,
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/domain/**/*.test.ts', 'src/web/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'api', include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts', 'test/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
    ],
  },
});
