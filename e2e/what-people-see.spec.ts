/**
 * What people see (issue 18): the guide answers only what fits and says where to go for what the
 * bureau does not handle; the item page opens with a summary box and hides the back office's
 * fields; the audit log names its actions in Chinese.
 */
import { expect, test, type Page } from '@playwright/test';
import { itemCode, login } from './helpers';

const SHOTS = 'tmp/e2e-results';
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1440, height: 900 },
] as const;

async function guide(page: Page, q: string) {
  await page.goto(`/guide?q=${encodeURIComponent(q)}`);
  await expect(page.getByTestId('guide-results').or(page.getByTestId('guide-empty'))).toBeVisible();
}

test('the guide: 开饭店 lists restaurant items only, 办营业执照 and 盖房子 get no unfitting scenario, 结婚登记 says where to go', async ({ page }) => {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await guide(page, '开饭店');
    await expect(page.getByTestId('guide-scenario-card')).toHaveCount(1);
    await expect(page.getByTestId('guide-scenario-card')).toHaveAttribute('data-id', 'restaurant');
    const results = page.getByTestId('guide-result');
    const n = await results.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(5);
    // every result says it matched 饭店, none only the lone 开 (开医院, 开驾校, 开网吧 …)
    for (let i = 0; i < n; i++) await expect(results.nth(i).getByTestId('guide-why')).toContainText('饭店');
    await expect(page.getByText('医疗机构执业登记')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/precision-guide-restaurant-${size.name}.png`, fullPage: true });

    await guide(page, '结婚登记');
    await expect(page.getByTestId('guide-referral')).toContainText('婚姻登记不在本中心办理');
    await expect(page.getByTestId('guide-referral').getByTestId('where-to-go-office')).toContainText('婚姻登记处');
    await expect(page.getByTestId('guide-result')).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/precision-guide-referral-${size.name}.png`, fullPage: true });
  }

  await guide(page, '办营业执照');
  await expect(page.getByTestId('guide-scenario-card')).toHaveCount(0);
  await expect(page.getByTestId('guide-result').first()).toContainText(/企业设立登记|个体工商户设立登记/);
  await guide(page, '盖房子要什么手续');
  await expect(page.getByTestId('guide-scenario-card')).toHaveCount(0);
  await expect(page.getByTestId('guide-result').first()).toContainText('建设工程规划许可证核发');
  // 护照 is received at the hall's police window: the item and where in the hall
  await guide(page, '办护照');
  await expect(page.getByTestId('guide-result')).toHaveCount(1);
  await expect(page.getByTestId('guide-result')).toContainText('普通护照签发');
  await expect(page.getByTestId('guide-result')).toContainText('政务服务中心');
});

test('the item page opens with a summary box and shows no internal fields, codes or field keys', async ({ page }) => {
  const code = await itemCode(page, '雷电防护装置设计审核');
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto(`/items/${encodeURIComponent(code)}`);
    const summary = page.getByTestId('item-summary');
    await expect(summary).toBeVisible();
    await expect(summary.getByTestId('summary-materials')).toHaveText(/^\d+ 项/);
    await expect(summary.getByTestId('summary-days')).toContainText('法定');
    await expect(summary.getByTestId('summary-days')).toContainText('承诺');
    await expect(summary.getByTestId('summary-fee')).not.toBeEmpty();
    await expect(summary.getByTestId('summary-where')).toContainText('政务服务中心');
    await expect(summary.getByTestId('summary-online')).not.toBeEmpty();
    await expect(summary.getByTestId('summary-visits')).toContainText('次');
    await expect(page.getByTestId('item-department')).toHaveText('泰安市气象局');
    for (const internal of ['检索关键词', '处理意见', 'TA-R23']) await expect(page.getByText(internal)).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/item-summary-${size.name}.png`, fullPage: true });
  }
  // the materials link leads to the list
  await page.getByTestId('summary-materials').click();
  await expect(page.locator('#item-materials')).toBeInViewport();

  // the version history: Chinese field names, the department by name, no keys, no internal fields
  await page.getByTestId('item-tab-versions').click();
  const history = page.getByTestId('version-history');
  await expect(history).toBeVisible();
  const collapsed = history.locator('.ant-collapse-header');
  if (await collapsed.count()) await collapsed.first().click();
  // (a department code in a diff is shown by name: test/labels.test.ts; the demo's first versions list no changes)
  await expect(history.getByTestId('diff-key')).toHaveCount(0);
  await expect(history.locator('[data-testid="diff-row"][data-path^="keywords"]')).toHaveCount(0);
  for (const text of ['promisedDays', 'TA-R23', '检索关键词', '处理意见']) await expect(history.getByText(text)).toHaveCount(0);
});

test('the audit log names actions in Chinese with the code small', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/admin/audit');
  const login_ = page.locator('[data-testid="audit-action"][data-action="auth.login"]').first();
  await expect(login_.getByTestId('audit-action-label')).toHaveText('登录');
  await expect(login_).toContainText('auth.login');
  await page.screenshot({ path: `${SHOTS}/audit-labels-desktop.png` });
});
