import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { actThroughApi, confirmUntil, draftThroughApi, itemCode, login } from './helpers';

const SHOTS = 'tmp/fees-shots';


test('收费: the chief assesses the fee, the applicant pays on the platform and downloads the receipt; the finance officer reconciles', async ({ page }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const forest = await itemCode(page, '森林植被恢复费征收');

  // ---- applicant1 applies (through the API, as the wizard does), the clerk accepts
  await login(page, 'applicant1', false);
  const caseNo = await draftThroughApi(page.request, forest);
  await actThroughApi(page.request, caseNo, 'submit');
  await login(page, 'clerk1');
  await actThroughApi(page.request, caseNo, 'accept');

  // ---- chief6 confirms the amount on the case page: 郁闭度0.2以上的乔木林地, 100.52 m² → ¥1,005.20
  await login(page, 'chief6');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/admin/cases/${caseNo}`);
  const panel = page.getByTestId('fees-panel');
  await expect(panel).toContainText('乔木林地每平方米10元');
  await page.getByTestId('fee-option').click();
  await page.getByText('郁闭度0.2以上的乔木林地', { exact: true }).click();
  await page.getByTestId('fee-quantity').fill('100.52');
  await page.getByTestId('fee-assess').click();
  await expect(page.getByTestId('fee-due')).toHaveText('¥1,005.20');
  await expect(panel).toContainText('壹仟零伍元贰角');
  await expect(page.getByTestId('fee-status')).toHaveText('待缴费');
  // 准予许可 waits for the payment, and says so
  await expect(page.getByTestId('action-approve')).toBeDisabled();
  await expect(page.getByTestId('approve-fee-unsettled')).toBeVisible();
  await page.getByTestId('fees-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/assess-1280.png`, fullPage: true });

  // ---- the applicant sees 待缴费, the notice, pays on the platform's page and comes back to 已缴费
  await login(page, 'applicant1', false);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/my/cases/${caseNo}`);
  await expect(page.getByTestId('fee-status')).toHaveText('待缴费');
  const notice = await page.request.get((await page.getByTestId('fee-notice').getAttribute('href')) ?? '');
  expect(notice.headers()['content-type']).toContain('application/pdf');
  await page.getByTestId('fees-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/unpaid-390.png`, fullPage: true });
  await page.getByTestId('fee-pay').click();
  await expect(page.getByTestId('pay-amount')).toHaveText('1005.20');
  await page.screenshot({ path: `${SHOTS}/platform-390.png` });
  await page.getByTestId('pay-confirm').click();
  await page.waitForURL(new RegExp(`/my/cases/${caseNo}`));
  await expect(page.getByTestId('fee-status')).toHaveText('已缴费');
  const download = page.waitForEvent('download');
  await page.getByTestId('fee-receipt').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^财政电子票据-.+\.pdf$/);
  await page.getByTestId('fees-panel').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/paid-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/paid-1280.png`, fullPage: true });

  // ---- the finance officer imports today's statement from the platform: it matches; then a file with a planted line
  await login(page, 'finance1');
  await page.goto('/admin/fees');
  await page.getByTestId('statement-import').click();
  await expect(page.getByTestId('statement-result')).toContainText('差异 0 项');
  const today = await page.locator('[data-testid="statement-day"] input, input[data-testid="statement-day"]').first().inputValue();
  await page.getByTestId('statement-csv').fill(`day,orderNo,payCode,amount,paidAt,tradeNo,receiptNo\n${today},TA-E2E-LOST,37090000000001,88.00,${today}T10:00:00+08:00,T1,R1`);
  await page.getByTestId('statement-import').click();
  await expect(page.getByTestId('statement-result')).toContainText('差异');
  await expect(page.getByTestId('flags-table')).toContainText('TA-E2E-LOST');
  await page.screenshot({ path: `${SHOTS}/finance-1280.png`, fullPage: true });
  await page.getByTestId('flag-confirm').first().click();
  await page.getByTestId('flag-note').fill('经核实为线下缴款');
  await page.getByRole('button', { name: /^确\s*定$/ }).click();
  await expect(page.getByTestId('flags-table')).toContainText('经核实为线下缴款');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/finance-390.png`, fullPage: true });

  // ---- paid, then refused: the fee is due back; the finance officer refunds it from 待退费
  await login(page, 'chief6');
  await actThroughApi(page.request, caseNo, 'refuse', { reasons: '拟使用林地不符合林地保护利用规划' });
  await login(page, 'finance1');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/admin/fees');
  const due = page.getByTestId('refund-due').filter({ hasText: caseNo });
  await expect(due).toContainText('¥1,005.20');
  await due.getByTestId('fee-refund').click();
  await page.getByTestId('fee-refund-reason').fill('不予许可，退还已缴森林植被恢复费');
  await confirmUntil(page.getByTestId('fee-refund-confirm'), () => expect(page.getByTestId('refund-due').filter({ hasText: caseNo })).toHaveCount(0, { timeout: 5_000 }));
  // the applicant's case shows the fee refunded
  await login(page, 'applicant1', false);
  const fees = (await (await page.request.get(`/api/v1/cases/${caseNo}/fees`)).json()) as { assessments: { status: string }[] };
  expect(fees.assessments.map((f) => f.status)).toEqual(['refunded']);
});
