import { expect, test, type Page } from '@playwright/test';

import { login } from './helpers';
const ITEM = '公共场所卫生许可';

async function logout(page: Page) {
  await page.getByTestId('admin-logout').click();
  await expect(page.getByTestId('login-form')).toBeVisible();
}

test('the public portal shows the reviewed catalog and finds items', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('stat-total')).toHaveText('271');
  await expect(page.getByTestId('stat-transferred')).toHaveText('188');
  await page.getByTestId('guide-search-input').fill('食品经营');
  await page.getByTestId('guide-search-button').click();
  await expect(page.getByTestId('guide-result-link').filter({ hasText: '食品经营许可' }).first()).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/portal-search.png', fullPage: true });
});

test('editor changes a promised time limit; 初审, 复核 and 终审 pass it; the public page shows it with the diff', async ({ page }) => {
  // find the item and its current limits on the public side
  await page.goto(`/items?q=${encodeURIComponent(ITEM)}`);
  const link = page.getByTestId('item-row-link').filter({ hasText: ITEM }).first();
  const code = await link.getAttribute('data-code');
  expect(code).toBeTruthy();
  await page.goto(`/items/${encodeURIComponent(code ?? '')}`);
  const before = Number(await page.getByTestId('item-promised-days').getAttribute('data-days'));
  const target = before > 1 ? before - 1 : before + 1;

  // 梳理保留: the editor drafts the change and submits it
  await login(page, 'editor1');
  await page.goto('/admin/catalog');
  await page.getByTestId('edit-item-select').click();
  await page.keyboard.type(ITEM);
  // antd renders the visible options outside the a11y listbox: pick the one carrying the item code
  await page.locator('.ant-select-item-option').filter({ hasText: code ?? '' }).first().click();
  await page.getByTestId('edit-item-button').click();
  await expect(page.getByTestId('item-form')).toBeVisible();
  await page.getByTestId('field-promisedDays').fill(String(target));
  await page.getByTestId('version-save').click();
  await page.getByTestId('version-submit').click();
  await page.getByTestId('version-submit-confirm').click();
  await expect(page.locator('[data-testid="version-stage"][data-stage="first_review"]')).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/editor-submitted.png', fullPage: true });
  await logout(page);

  // the three review stages, each by its own person
  for (const [user, stage] of [
    ['reviewer1', 'first_review'],
    ['checker1', 'recheck'],
    ['confirmer1', 'final_review'],
  ] as const) {
    await login(page, user);
    await page.goto(`/admin/review?stage=${stage}`);
    await page.locator(`[data-testid="review-open"][data-item-code="${code}"]`).click();
    await expect(page.locator('[data-testid="review-diff"] [data-testid="diff-row"][data-path="promisedDays"]')).toBeVisible();
    if (stage === 'first_review') await page.screenshot({ path: 'tmp/e2e-results/review.png', fullPage: true });
    await page.getByTestId('review-pass').click();
    await page.getByTestId('review-pass-confirm').click();
    await expect(page.getByTestId(`review-queue-${stage}`)).toBeVisible();
    await logout(page);
  }

  // public: the new limit and the field-by-field diff
  await page.goto(`/items/${encodeURIComponent(code ?? '')}`);
  await expect(page.getByTestId('item-promised-days')).toHaveAttribute('data-days', String(target));
  await page.goto(`/items/${encodeURIComponent(code ?? '')}?tab=versions`);
  const latest = page.getByTestId('version-entry').first();
  const row = latest.locator('[data-testid="diff-row"][data-path="promisedDays"]');
  await expect(row.getByTestId('diff-before')).toContainText(String(before));
  await expect(row.getByTestId('diff-after')).toContainText(String(target));
  await page.screenshot({ path: 'tmp/e2e-results/public-history.png', fullPage: true });
});

test('the administrator verifies the audit chain from the audit page', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/admin/audit');
  await page.getByTestId('audit-verify').click();
  await expect(page.getByTestId('audit-verify-result')).toHaveAttribute('data-ok', 'true');
  await page.screenshot({ path: 'tmp/e2e-results/audit.png', fullPage: true });
});
