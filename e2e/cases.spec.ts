import { expect, test, type Page } from '@playwright/test';
import { fillFoodForm, itemCode, login, upload } from './helpers';

const ITEM = '食品经营许可';
const SHOTS = 'tmp/e2e-results';

/** The clock dates of a case page, as shown. */
async function clockDates(page: Page) {
  const text = async (id: string) => (await page.getByTestId(id).first().innerText()).trim();
  return {
    received: await text('clock-received'),
    accepted: await text('clock-accepted'),
    promised: await text('clock-promised-due'),
    statutory: (await text('clock-statutory-due')).slice(0, 10),
    decided: await text('clock-decided'),
  };
}

test('an online application goes through 补正, acceptance, an on-site inspection and approval; the public lookup shows it', async ({ page }) => {
  // the item's code, from the public guide
  const code = await itemCode(page, ITEM);

  // ---- applicant: 我要申请 from the item page → wizard
  await login(page, 'applicant1', false);
  await page.goto(`/items/${encodeURIComponent(code)}`);
  await page.getByTestId('item-apply').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'situations');
  await page.getByTestId('apply-situation-S02').click();
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'form');
  await fillFoodForm(page, { 经营者名称: '泰山小馆', 经营场所: '东岳大街 100 号' });
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
  const caseNo = (await page.getByTestId('case-no').innerText()).trim();
  expect(caseNo).toMatch(/^TA\d{4}-\d{6}$/);
  // the draft can still change before it is submitted: back to 申请信息, which shows what was saved
  await page.getByTestId('apply-prev').click();
  await expect(page.locator('[id="root_经营者名称"]')).toHaveValue('泰山小馆');
  await page.locator('[id="root_经营场所_detail"]').fill('东岳大街 101 号');
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
  const codes = await page.getByTestId('upload-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  expect(codes.length).toBeGreaterThanOrEqual(7);
  for (const m of codes) await upload(page, m, `${caseNo}-${m}`);
  await page.screenshot({ path: `${SHOTS}/cases-apply-materials.png`, fullPage: true });
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-review')).toContainText('东岳大街 101 号');
  await page.getByTestId('apply-submit').click();
  await expect(page.getByTestId('my-case')).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('submitted-notice')).toBeVisible();
  const queryCode = (await page.getByTestId('case-query-code').innerText()).trim();
  expect(queryCode).toMatch(/^[A-Z0-9]{6}$/);

  // ---- window clerk: 补正 on one material
  await login(page, 'clerk1');
  await page.goto(`/admin/window?q=${caseNo}`);
  await page.locator(`[data-testid="case-row-link"][data-case-no="${caseNo}"]`).click();
  await expect(page.getByTestId('receive-page')).toHaveAttribute('data-status', 'submitted');
  await page.getByTestId('problem-check-M04').click();
  await page.getByTestId('problem-reason-M04').fill('经营场所平面图未标明各功能区面积，请补充后重新上传');
  await expect(page.getByTestId('window-request-supplement')).toBeEnabled();
  await page.screenshot({ path: `${SHOTS}/cases-window-receive.png`, fullPage: true });
  await page.getByTestId('window-request-supplement').click();
  await expect(page.getByTestId('receive-page')).toHaveAttribute('data-status', 'supplement_requested');

  // ---- applicant: sees the 补正 notice, re-uploads, submits the supplement
  await login(page, 'applicant1', false);
  await page.goto(`/my/cases/${caseNo}`);
  const notice = page.getByTestId('supplement-notice');
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('material-problem')).toContainText('功能区面积');
  await expect(notice.getByTestId('upload-row')).toHaveCount(1);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(notice.getByTestId('upload-row')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/cases-applicant-supplement-phone.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });
  await upload(page, 'M04', `${caseNo}-M04-v2`);
  await page.getByTestId('submit-supplement').click();
  await expect(page.getByTestId('my-case')).toHaveAttribute('data-status', 'submitted');

  // ---- window clerk: 受理
  await login(page, 'clerk1');
  await page.goto(`/admin/window?q=${caseNo}`);
  await expect(page.locator(`[data-testid="case-row-link"][data-case-no="${caseNo}"]`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/cases-window.png`, fullPage: true });
  await page.goto(`/admin/window/${caseNo}`);
  await page.getByTestId('action-accept').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('receive-page')).toHaveAttribute('data-status', 'accepted');

  // ---- reviewer: 现场踏勘 starts and ends
  await login(page, 'caseworker1');
  await page.goto(`/admin/cases?q=${caseNo}`);
  await page.locator(`[data-testid="case-row-link"][data-case-no="${caseNo}"]`).click();
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'accepted');
  await page.getByTestId('action-start_pause').click();
  await expect(page.getByTestId('action-field-kind')).toContainText('现场踏勘');
  await page.getByTestId('action-field-reason').fill('核查经营场所布局与操作流程');
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'paused');
  await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-state', 'paused');
  await page.getByTestId('action-end_pause').click();
  await page.getByTestId('action-field-result').fill('现场核查符合要求');
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'accepted');
  await expect(page.locator('[data-testid="timeline-entry"][data-type="end_pause"]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/cases-review.png`, fullPage: true });
  await page.goto('/admin/cases');
  await expect(page.getByTestId('cases-table')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/cases-list.png`, fullPage: true });

  // ---- chief: 准予许可
  await login(page, 'chief1');
  await page.goto(`/admin/cases/${caseNo}`);
  await page.getByTestId('action-approve').click();
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('decision-notice')).toHaveAttribute('data-decision', 'approved');
  const officer = await clockDates(page);
  expect(officer.accepted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(officer.promised).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.screenshot({ path: `${SHOTS}/cases-decided.png`, fullPage: true });

  // ---- director: the page opens (extension requests, overdue board)
  await login(page, 'director1');
  await page.goto('/admin/director');
  await expect(page.getByTestId('overdue-board')).toBeVisible();
  await expect(page.getByTestId('extension-requests')).toHaveAttribute('data-loading', 'false');
  await page.screenshot({ path: `${SHOTS}/cases-director.png`, fullPage: true });

  // ---- public lookup: no login, case number + query code
  await page.context().clearCookies();
  await page.goto('/');
  await page.getByTestId('portal-progress-link').click();
  await page.getByTestId('progress-case-no').fill(caseNo);
  await page.getByTestId('progress-code').fill(queryCode);
  await page.getByTestId('progress-submit').click();
  await expect(page.getByTestId('progress-result')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('case-status')).toHaveText('准予许可');
  expect(await clockDates(page)).toEqual(officer);
  await expect(page.locator('[data-testid="timeline-entry"][data-type="start_pause"]')).toContainText('现场踏勘');
  await page.screenshot({ path: `${SHOTS}/cases-progress.png`, fullPage: true });
});
