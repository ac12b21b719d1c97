import { expect, test } from '@playwright/test';
import { login } from './helpers';

const SHOTS = 'tmp/e2e-results';

test('the director reads the dashboard, drills a figure down to its cases and exports them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, 'director1');
  await page.goto('/admin/analytics');
  await expect(page.getByRole('heading', { name: '大数据分析' })).toBeVisible();
  // the demo cases get their facts from the sweeper's first passes after the start
  const received = page.getByTestId('analytics-figure-received').locator('.ant-statistic-content-value');
  await expect
    .poll(
      async () => {
        await page.reload();
        return Number((await received.innerText()).replace(/\D/g, '') || 0);
      },
      { timeout: 60_000, intervals: [2000] },
    )
    .toBeGreaterThan(100);
  await expect(page.getByTestId('analytics-breakdown').locator('tbody tr.ant-table-row').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/analytics-dashboard.png`, fullPage: true });

  await page.getByTestId('analytics-figure-decided').click();
  const drill = page.getByTestId('analytics-drill');
  await expect(drill.getByTestId('analytics-drill-case').first()).toBeVisible();
  const title = await page.locator('.ant-drawer-title').innerText();
  const decided = Number((await page.getByTestId('analytics-figure-decided').locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
  expect(title).toContain(`${decided} 件`);
  await page.screenshot({ path: `${SHOTS}/analytics-drill.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('analytics-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  // a case of the list opens its case page
  const caseNo = await drill.getByTestId('analytics-drill-case').first().innerText();
  await drill.getByTestId('analytics-drill-case').first().click();
  await expect(page).toHaveURL(new RegExp(`/admin/cases/${caseNo}$`));
});

test('the open-data page shows each division by month without login', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/open-data');
  await expect(page.getByRole('heading', { name: '政务服务数据公开' })).toBeVisible();
  await expect(page.getByTestId('open-data-table').locator('tbody tr.ant-table-row').first()).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/analytics-open-data.png`, fullPage: true });
});
