import { expect, test } from '@playwright/test';
import { itemCode, login } from './helpers';

const SHOTS = 'tmp/e2e-results';
const OFFICE = '泰安市公安局治安支队';

test('a not-stationed item: the guide and the item page say where to go, and nothing offers to apply online', async ({ page }) => {
  // the guide: the result says where to go, with the materials but without 在线申报 or 预约办理
  await page.goto(`/guide?q=${encodeURIComponent('集会游行示威')}`);
  const card = page.locator('[data-testid="guide-result"]').filter({ hasText: '举行集会游行示威许可' }).first();
  await expect(card).toHaveAttribute('data-applicable', 'false');
  await expect(card.getByTestId('guide-notice')).toContainText(OFFICE);
  await expect(card.getByTestId('guide-notice')).toContainText('东岳大街');
  await expect(card.getByTestId('guide-notice')).toContainText('0538-');
  await expect(card.getByTestId('guide-checklist-link')).toBeVisible();
  await expect(card.getByTestId('guide-apply')).toHaveCount(0);
  await expect(card.getByTestId('guide-appointment')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/where-to-go-guide.png`, fullPage: true });

  // its checklist: the materials to bring, and where, but no 去申报
  await card.getByTestId('guide-checklist-link').click();
  await expect(page.getByTestId('guide-where-to-go')).toContainText(OFFICE);
  await expect(page.getByTestId('guide-go-apply')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/where-to-go-checklist.png`, fullPage: true });

  // the public item page, to an applicant who is logged in: where to go, no 我要申请
  await login(page, 'applicant1', false);
  const code = await itemCode(page, '举行集会游行示威许可');
  await page.goto(`/items/${encodeURIComponent(code)}`);
  await expect(page.getByTestId('where-to-go-office')).toHaveText(OFFICE);
  await expect(page.getByTestId('where-to-go-address')).toContainText('东岳大街');
  await expect(page.getByTestId('where-to-go-hours')).toContainText('周一至周五');
  await expect(page.getByTestId('where-to-go-phone')).toContainText('0538-');
  await expect(page.getByTestId('item-not-stationed')).toContainText(OFFICE);
  await expect(page.getByTestId('item-apply')).toHaveCount(0);
  await expect(page.getByText('在线申请')).toHaveCount(0);
  await expect(page.getByTestId('item-result')).toHaveAttribute('data-result', 'decision');
  await page.screenshot({ path: `${SHOTS}/where-to-go-item.png`, fullPage: true });

  // a 证照 item still offers to apply, and says which licence it gives (in the guide too)
  await page.goto(`/guide?q=${encodeURIComponent('食品经营许可')}`);
  await expect(page.locator('[data-testid="guide-result"][data-code^="000172001000-"]').getByTestId('guide-result-type')).toContainText('证照（食品经营许可证）');
  const food = await itemCode(page, '食品经营许可');
  await page.goto(`/items/${encodeURIComponent(food)}`);
  await expect(page.getByTestId('item-apply')).toBeVisible();
  await expect(page.getByTestId('item-result')).toContainText('食品经营许可证');
  await expect(page.getByTestId('where-to-go')).toHaveCount(0);
});

test('the item editor keeps the result type and, for a not-stationed item, where to go', async ({ page }) => {
  const code = await itemCode(page, '举行集会游行示威许可');
  await login(page, 'editor1');
  await page.goto('/admin/catalog');
  await page.getByTestId('edit-item-select').click();
  await page.keyboard.type('举行集会游行示威许可');
  await page.locator('.ant-select-item-option').filter({ hasText: code }).first().click();
  await page.getByTestId('edit-item-button').click();
  await expect(page.getByTestId('item-form')).toBeVisible();
  await expect(page.getByTestId('item-form-result')).toContainText('批准文书');
  await expect(page.getByTestId('field-licenceName')).toBeDisabled();
  await expect(page.getByTestId('field-officeName')).toHaveValue(OFFICE);
  await page.getByTestId('field-officePhone').fill('');
  await page.getByTestId('version-save').click();
  await expect(page.getByTestId('item-form-office')).toContainText('请填写联系电话');
  await page.getByTestId('item-form-office').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/where-to-go-editor.png` });
});
