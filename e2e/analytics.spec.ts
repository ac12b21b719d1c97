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

test('审管联动 on 大数据分析: per regulator the acknowledgements and supervision activity, a figure opens its messages and exports them', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, 'director1');
  await page.goto('/admin/analytics');
  const card = page.getByTestId('reg-analytics');
  await card.scrollIntoViewIfNeeded();
  // 市场监管局: the demo's acknowledgements and its supervision results (sent at start, through the inbound path)
  const market = card.locator('[data-testid="reg-dept-row"][data-code="TA-R20"]');
  await expect(market).toBeVisible();
  await expect(market.locator('[data-testid="reg-drill"][data-figure="events"]')).toBeVisible();
  await expect(card.getByTestId('reg-total').filter({ hasText: '按期签收率' })).toContainText('%');
  await market.locator('[data-testid="reg-drill"][data-figure="penalties"]').click();
  const row = page.locator('[data-testid="reg-record-row"][data-type="penalty"]');
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText('泰市监罚');
  await expect(page.locator('.ant-drawer-title')).toContainText('泰安市市场监督管理局 · 行政处罚');
  await page.screenshot({ path: `${SHOTS}/analytics-regulators-drill-1440.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reg-records-export').click()]);
  expect(download.suggestedFilename()).toMatch(/行政处罚\.xlsx$/);
  await page.locator('.ant-drawer-close').click();
  // the acknowledgements behind the on-time rate, on a phone
  await page.setViewportSize({ width: 390, height: 844 });
  await market.locator('[data-testid="reg-drill"][data-figure="onTime"]').click();
  await expect(page.locator('[data-testid="reg-record-row"][data-kind="event"]').first()).toContainText('按期签收');
  await page.screenshot({ path: `${SHOTS}/analytics-regulators-drill-390.png` });
  await page.locator('.ant-drawer-close').click();
  await card.screenshot({ path: `${SHOTS}/analytics-regulators-390.png` });
});

test('the open-data page shows each division by month without login', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/open-data');
  await expect(page.getByRole('heading', { name: '政务服务数据公开' })).toBeVisible();
  await expect(page.getByTestId('open-data-table').locator('tbody tr.ant-table-row').first()).toBeVisible({ timeout: 60_000 });
  await page.screenshot({ path: `${SHOTS}/analytics-open-data.png`, fullPage: true });
});
