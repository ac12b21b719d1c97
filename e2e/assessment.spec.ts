import { expect, test } from '@playwright/test';
import { login } from './helpers';

const SHOTS = 'tmp/e2e-results';

// The demo seeds last month and this month for clerk1-4 (src/server/demo/assessment.ts).
test('a complaint recorded, verified as a veto, seen by the clerk with its reason; the director closes last month', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });

  // the hall manager records a 吃拿卡要 complaint about clerk1 and finds it substantiated
  await login(page, 'hall1');
  await page.goto('/admin/assessment');
  await page.getByTestId('assessment-complaint-new').click();
  await page.getByTestId('assessment-complaint-staff').click();
  await page.getByText('周窗口（商事登记区） · 市场准入审批科').click();
  await page.getByTestId('assessment-complaint-category').click();
  await page.locator('.ant-select-item-option[title="吃拿卡要"]').click();
  await page.getByTestId('assessment-complaint-source').fill('12345热线');
  await page.getByTestId('assessment-complaint-summary').fill('浏览器测试：反映窗口人员索要好处费');
  await page.getByTestId('assessment-complaint-submit').click();
  const row = page.getByTestId('assessment-complaint').filter({ hasText: '浏览器测试' });
  await expect(row).toHaveAttribute('data-status', 'pending');
  await row.getByTestId('assessment-complaint-decide').click();
  await page.getByTestId('assessment-complaint-substantiated').click();
  await page.getByTestId('assessment-complaint-finding').fill('调取录像，情况属实');
  await page.getByTestId('assessment-complaint-decision-submit').click();
  await expect(row).toHaveAttribute('data-status', 'substantiated');

  // the director verifies it: clerk1's month fails whatever the score
  await login(page, 'director1');
  await page.goto('/admin/assessment');
  await page.getByTestId('assessment-tab-faults').click();
  const fault = page.getByTestId('assessment-fault').filter({ hasText: '浏览器测试' });
  await fault.getByTestId('assessment-fault-verify').click();
  await page.getByTestId('assessment-fault-note').fill('局纪检组核实');
  await page.getByTestId('assessment-fault-submit').click();
  await expect(fault).toHaveAttribute('data-decision', 'verified');
  await page.getByTestId('assessment-tab-ranking').click();
  await expect(page.locator('[data-testid="assessment-row"][data-staff="clerk1"]')).toHaveAttribute('data-flag', 'red');

  // the director closes last month
  await page.getByTestId('assessment-month').click();
  await page.locator('.ant-select-item-option').nth(1).click();
  // on a loaded machine the confirm's click can land while the popover still animates in and be lost: closing is
  // idempotent (a closed month offers no button), so confirm again while the month is still open
  await page.getByTestId('assessment-close-month').click();
  await expect(async () => {
    const confirm = page.locator('.ant-popconfirm').getByRole('button', { name: /确\s*定|OK/ });
    if (!(await page.getByTestId('assessment-closed').isVisible())) {
      if (!(await confirm.isVisible())) await page.getByTestId('assessment-close-month').click();
      await confirm.click({ timeout: 3000 });
    }
    await expect(page.getByTestId('assessment-closed')).toBeVisible({ timeout: 5000 });
  }).toPass({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/assessment-director.png`, fullPage: true });

  // clerk1 sees the veto, who verified it, and the records behind a component
  await login(page, 'clerk1');
  await page.goto('/admin/my-assessment');
  await expect(page.getByTestId('assessment-band')).toHaveAttribute('data-band', 'fail');
  await expect(page.getByTestId('assessment-veto')).toContainText('吃拿卡要');
  await expect(page.getByTestId('assessment-veto')).toContainText('冯局长');
  await page.locator('[data-testid="assessment-component"][data-component="ratings"] .ant-table-row-expand-icon').click();
  await expect(page.getByTestId('assessment-record').first()).toHaveAttribute('data-ref', /^rating:\d+$/);
  await page.screenshot({ path: `${SHOTS}/assessment-clerk.png`, fullPage: true });
});
