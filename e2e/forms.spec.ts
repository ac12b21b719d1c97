import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { fillFoodForm, itemCode, login, startItemForm, upload } from './helpers';

/** An item that keeps the general form in the demo: the editor gives it its own. */
const ITEM = '个体工商户设立登记';
const FIELD = '字号名称';
const SHOTS = 'tmp/e2e-results';

test('an editor adds a field in the form designer; it passes the four stages; an applicant fills it on a phone; the 申请表 PDF prints it', async ({ page }) => {
  // ---- 梳理保留: the editor starts the item's own form from the general one and adds a required field
  const code = await startItemForm(page, ITEM);
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

test('the 食品经营许可 form: prefilled from the applicant, every field named when missing, filled and printed on the case', async ({ page }) => {
  const code = await itemCode(page, '食品经营许可');
  await login(page, 'applicant1', false);
  await page.goto(`/apply/${encodeURIComponent(code)}`);
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'form');
  // the applicant's own name is there already
  await expect(page.locator('[id="root_经营者名称"]')).not.toHaveValue('');
  await fillFoodForm(page, { 经营场所: '东岳大街 100 号' });
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
  await page.getByTestId('apply-prev').click();
  await expect(page.locator('[id="root_经营场所_detail"]')).toHaveValue('东岳大街 100 号');
  await page.getByTestId('apply-next').click();
  const caseNo = (await page.getByTestId('case-no').innerText()).trim();
  const res = await page.request.get(`/api/v1/cases/${caseNo}`);
  expect((await res.json()).formRows).toEqual(expect.arrayContaining([{ key: '主体业态', title: '主体业态', text: '餐饮服务经营者' }, { key: '经营场所', title: '经营场所', text: '泰山区东岳大街 100 号' }]));
  expect((await res.json()).formIssues).toEqual([]);
});

test('the window clerk filing 代为申请 gets the prefill of the party at the counter, from that party\'s own earlier case only', async ({ page }) => {
  const code = await itemCode(page, '食品经营许可');
  await login(page, 'clerk1');
  // the holder's earlier case, filed at the window
  const holder = { kind: 'person', name: '窗口预填甲', idNumber: '370902198505051236' };
  const earlier = await page.request.post('/api/v1/cases', { data: { itemCode: code, onBehalfOf: holder, form: { 经营场所: { division: '370902', detail: '窗口预填甲的小店' } } } });
  expect(earlier.status()).toBe(201);
  const fileFor = async (party: { name: string; idNumber: string }) => {
    await page.goto(`/admin/window/apply?item=${encodeURIComponent(code)}`);
    await page.getByTestId('party-display-name').fill(party.name);
    await page.getByTestId('party-id-number').fill(party.idNumber);
    await page.getByTestId('apply-next').click();
    await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'situations');
    await page.getByTestId('apply-next').click();
    await expect(page.getByTestId('apply-own-form')).toBeVisible();
  };
  await fileFor(holder);
  await expect(page.getByTestId('apply-prefilled')).toBeVisible();
  await expect(page.locator('[id="root_经营者名称"]')).toHaveValue('窗口预填甲');
  await expect(page.locator('[id="root_经营场所_detail"]')).toHaveValue('窗口预填甲的小店');
  // another holder at the counter: only what the clerk typed, nothing of the first holder's
  await fileFor({ name: '窗口预填乙', idNumber: '370911199203034562' });
  await expect(page.locator('[id="root_经营者名称"]')).toHaveValue('窗口预填乙');
  await expect(page.locator('[id="root_经营场所_detail"]')).toHaveValue('');
});
