/**
 * Issue 23: a table field's columns are typed in the designer (a number column with its unit, a
 * choice column with its options, 必填), and the preview asks each as the applicant will see it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startItemForm } from './helpers';

const ITEM = '农药经营许可'; // keeps the general form in the demo; nothing here is saved
const SHOTS = 'tmp/e2e-results';

/** Pick `option` in the select `select`; a click while the dropdown still animates picks nothing, so try until it shows. */
async function choose(page: Page, select: Locator, option: string) {
  await expect(async () => {
    await select.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option.replace(/[()（）]/g, '.')}$`) }).click({ timeout: 3000 });
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

test('an editor types the columns of a table field and the preview asks each by its type', async ({ page }) => {
  await startItemForm(page, ITEM);
  await page.getByTestId('designer-add').click();
  const table = page.getByTestId('designer-field').last();
  await table.getByTestId('designer-field-title').fill('从业人员');
  await choose(page, table.getByTestId('designer-field-type'), '表格（多行）');
  const columns = table.getByTestId('designer-field-columns');
  await columns.click();
  for (const c of ['岗位', '人数']) {
    await page.keyboard.type(c);
    await page.keyboard.press('Enter');
  }
  await expect(table.getByTestId('designer-column')).toHaveCount(2);

  // 人数: a number in 人; 岗位: one of two choices
  const count = table.locator('[data-testid="designer-column"][data-key="人数"]');
  await choose(page, count.getByTestId('designer-column-type'), '数字（带单位）');
  await count.getByLabel('从业人员的列“人数”的单位').fill('人');
  const post = table.locator('[data-testid="designer-column"][data-key="岗位"]');
  await choose(page, post.getByTestId('designer-column-type'), '单选');
  await post.getByTestId('designer-column-options').click();
  for (const o of ['厨师', '服务员']) {
    await page.keyboard.type(o);
    await page.keyboard.press('Enter');
  }

  // the preview: a row of the table asks 人数 as a number and 岗位 from its two choices
  const preview = page.getByTestId('designer-preview-desktop');
  await preview.locator('.rjsf-array-item-add').first().click();
  await expect(preview.locator('input[id="preview_从业人员_0_人数"]')).toHaveAttribute('role', 'spinbutton');
  await expect(preview).toContainText('人数（人）');
  await preview.locator('[id="preview_从业人员_0_岗位"]').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /\S/ })).toHaveText(['厨师', '服务员']);
  await page.keyboard.press('Escape');
  await page.getByTestId('form-designer').screenshot({ path: `${SHOTS}/forms-designer-table.png` });
});
