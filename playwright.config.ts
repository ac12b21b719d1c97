import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.SHENPI_E2E_PORT ?? 3199);

/**
 * Browser tests in Debian's chromium against a built server on a fresh embedded database
 * with the demo bureau (see e2e/run.mjs, which `npm test` calls).
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: process.env.SHENPI_E2E_JSON ? [['list'], ['json', { outputFile: process.env.SHENPI_E2E_JSON }]] : [['list']],
  outputDir: 'tmp/e2e-results',
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'zh-CN',
    // dialogs and menus appear at once (the app honours prefers-reduced-motion): no click lands on a zooming dialog
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node e2e/serve.mjs ${PORT}`,
    url: `http://localhost:${PORT}/readyz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
