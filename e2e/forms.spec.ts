import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { itemCode, login, upload } from './helpers';

/** An item that keeps the general form in the demo: the editor gives it its own. */
const ITEM = '个体工商户设立登记';
const FIELD = '字号名称';
const SHOTS = 'tmp/e2e-results';

test('an editor adds a field in the form designer; it passes the four stages; an applicant fills it on a phone; the 申请表 PDF prints it', async ({ page }) => {
  const code = await itemCode(page, ITEM);

  // ---- 梳理保留: the editor starts the item's own form from the general one and adds a required field
  await login(page, 'editor1');
  await page.goto('/admin/catalog');
  await page.getByTestId('edit-item-select').click();
  await page.keyboard.type(ITEM);
  await page.locator('.ant-select-item-option').filter({ hasText: code }).first().click();
  await page.getByTestId('edit-item-button').click();
  await expect(page.getByTestId('item-form')).toBeVisible();
  await page.getByTestId('designer-start').click();
  await expect(page.getByTestId('designer-field')).toHaveCount(4);
  await page.getByTestId('designer-add').click();
  const added = page.getByTestId('designer-field').last();
  await added.getByTestId('designer-field-title').fill(FIELD);
  await added.getByTestId('designer-field-required').click();
  // the preview shows it as the applicant will see it, on a desktop and on a phone
  await expect(page.getByTestId('designer-preview-desktop')).toContainText(FIELD);
  await expect(page.getByTestId('designer-preview-phone')).toContainText(FIELD);
  await page.getByTestId('form-designer').screenshot({ path: `${SHOTS}/forms-designer.png` });
  await page.getByTestId('version-save').click();
  await page.getByTestId('version-submit').click();
  await page.getByTestId('version-submit-confirm').click();
  await expect(page.locator('[data-testid="version-stage"][data-stage="first_review"]')).toBeVisible();

  // ---- 初审, 复核, 终审: the diff names the form
  for (const [user, stage] of [
    ['reviewer1', 'first_review'],
    ['checker1', 'recheck'],
    ['confirmer1', 'final_review'],
  ] as const) {
    await login(page, user);
    await page.goto(`/admin/review?stage=${stage}`);
    await page.locator(`[data-testid="review-open"][data-item-code="${code}"]`).click();
    await expect(page.locator('[data-testid="review-diff"] [data-testid="diff-row"][data-path^="form"]').first()).toBeVisible();
    await page.getByTestId('review-pass').click();
    await page.getByTestId('review-pass-confirm').click();
    await expect(page.getByTestId(`review-queue-${stage}`)).toBeVisible();
  }

  // ---- the applicant, on a phone: the new field is asked and required
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'applicant1', false);
  await page.goto(`/apply/${encodeURIComponent(code)}`);
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'situations');
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'form');
  const own = page.getByTestId('apply-own-form');
  await expect(own).toContainText(FIELD);
  await page.getByTestId('apply-next').click();
  await expect(own).toContainText(`请填写“${FIELD}”`);
  await page.screenshot({ path: `${SHOTS}/forms-phone-required.png`, fullPage: true });
  await page.locator(`[id="root_${FIELD}"]`).fill('岱宗小吃');
  await page.locator('[id="root_项目名称"]').fill('岱宗小吃店');
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
  const caseNo = (await page.getByTestId('case-no').innerText()).trim();
  const codes = await page.getByTestId('upload-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  for (const m of codes) await upload(page, m, `${caseNo}-${m}`);
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-review').getByTestId('case-form')).toContainText('岱宗小吃');
  await page.screenshot({ path: `${SHOTS}/forms-phone-review.png`, fullPage: true });
  await page.getByTestId('apply-submit').click();
  await expect(page.getByTestId('my-case')).toHaveAttribute('data-status', 'submitted');

  // ---- the 申请表 PDF prints the field and its value
  const res = await page.request.get(`/api/v1/cases/${caseNo}/application-form`);
  expect(res.status()).toBe(200);
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = `${SHOTS}/forms-${caseNo}.pdf`;
  fs.writeFileSync(file, await res.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('申请表');
  expect(text).toContain(FIELD);
  expect(text).toContain('岱宗小吃');
});
