import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { act, applyAndSubmit, itemCode, login } from './helpers';

const SHOTS = 'tmp/regulators-shots';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

fs.mkdirSync(SHOTS, { recursive: true });

/** The page at desktop and phone width into tmp/regulators-shots. */
async function shots(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${SHOTS}/${name}-390.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(200);
}

/** The event row of `subject` on the workbench (the exchange publishes within a poll, so reload until it is there). */
async function eventRow(page: Page, subject: string, type: string) {
  const row = page.locator(`[data-testid="reg-event-row"][data-subject="${subject}"][data-type="${type}"]`);
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        await page.reload();
        await page.getByTestId('reg-tab-events').waitFor();
        return (await row.count()) > 0;
      },
      { timeout: 60_000, intervals: [1_000, 2_000] },
    )
    .toBe(true);
  return row;
}

test('监管工作台: regulator1 acknowledges a decision, asks for a suspension that takes effect everywhere, and a revocation request waits for the director', async ({ page }) => {
  test.setTimeout(240_000);
  const code = await itemCode(page, '食品经营许可');

  // ---- a food business licence for applicant1: applied, accepted, approved
  await login(page, 'applicant1', false);
  const caseNo = await applyAndSubmit(page, code);
  await login(page, 'clerk1');
  await page.goto(`/admin/window/${caseNo}`);
  await act(page, 'receive-page', 'accept', 'accepted');
  await login(page, 'chief1');
  await page.goto(`/admin/cases/${caseNo}`);
  await act(page, 'case-page', 'approve', 'approved');
  await expect(page.getByTestId('case-licence')).toBeVisible();
  const no = (await page.getByTestId('case-licence').getAttribute('data-no')) ?? '';
  expect(no).toMatch(/^TAXK/);

  // ---- the regulator (市场监督管理局) sees the decision on the workbench and acknowledges it
  await login(page, 'regulator1');
  await page.goto('/admin');
  await page.getByTestId('menu-supervision').click();
  await expect(page).toHaveURL(/\/admin\/supervision/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('泰安市市场监督管理局');
  const decision = await eventRow(page, caseNo, 'case.decided');
  await expect(decision).toHaveAttribute('data-acknowledged', '0');
  await expect(decision).toContainText('待签收');
  await shots(page, 'workbench-events');
  await decision.getByTestId('reg-ack').click();
  // acknowledged, it leaves the 待签收 list; under 全部 it shows who and when
  await expect(decision).toHaveCount(0);
  await page.getByTestId('reg-event-filter').getByText('全部').click();
  const acknowledged = page.locator(`[data-testid="reg-event-row"][data-subject="${caseNo}"][data-type="case.decided"]`);
  await expect(acknowledged).toHaveAttribute('data-acknowledged', '1');
  await expect(acknowledged).toContainText('沈监管');

  // ---- from the licence's row, a suspension request on the form: applied at once, with the bureau's receipt
  const issued = await eventRow(page, no, 'licence.issued');
  await issued.getByTestId('reg-feedback').click();
  await expect(page.getByTestId('reg-form-licence')).toHaveValue(no);
  await page.getByTestId('reg-form-type').click();
  await page.getByTitle('暂扣请求').click();
  await page.getByTestId('reg-form-reason').fill('监督检查发现后厨卫生严重不达标，请求暂扣证照，责令整改');
  await page.getByTestId('reg-form-submit').click();
  await expect(page.getByTestId('reg-receipt')).toHaveAttribute('data-status', 'applied');
  await expect(page.getByTestId('reg-receipt')).toContainText('证照已暂扣');
  await shots(page, 'workbench-send');

  // ---- a revocation request: the bureau decides (谁审批谁负责), so it waits
  await page.getByTestId('reg-form-type').click();
  await page.getByTitle('吊销请求').click();
  await page.getByTestId('reg-form-reason').fill('拒不整改，情节严重，请求吊销');
  await page.getByTestId('reg-form-submit').click();
  await expect(page.getByTestId('reg-receipt')).toHaveAttribute('data-status', 'awaiting_confirmation');
  await page.getByTestId('reg-tab-messages').click();
  await expect(page.locator(`[data-testid="reg-message-row"][data-licence="${no}"][data-type="suspend_request"]`)).toHaveAttribute('data-status', 'applied');
  await expect(page.locator(`[data-testid="reg-message-row"][data-licence="${no}"][data-type="revoke_request"]`)).toHaveAttribute('data-status', 'awaiting_confirmation');
  await shots(page, 'workbench-messages');

  // ---- the bureau: suspended on 证照管理, the revocation request waiting for the director
  await login(page, 'director1');
  await page.goto(`/admin/licences?no=${no}`);
  await expect(page.getByTestId('licence-drawer')).toHaveAttribute('data-status', 'suspended');
  await page.goto('/admin/licences');
  await expect(page.locator('[data-testid="revocation-request"]').filter({ hasText: no })).toBeVisible();

  // ---- the bureau's view of the regulators: on-time rate and activity, a department's events as drill-down
  await page.goto('/admin/supervision');
  await page.locator('[data-testid="reg-dept-row"][data-code="TA-R20"]').click();
  await expect(page.locator(`[data-testid="reg-event-row"][data-subject="${caseNo}"]`).first()).toBeVisible();
  await shots(page, 'bureau-regulators');

  // ---- the holder sees it on 我的证照
  await login(page, 'applicant1', false);
  // (the demo issues applicant1's other licences in the background, newest first: one page holds them all)
  await page.goto('/my/licences?pageSize=200');
  await expect(page.locator(`[data-testid="licence-row"][data-no="${no}"]`)).toHaveAttribute('data-status', 'suspended');

  // ---- 联席会议制度: the demo's standing meeting, its topics with a decision each, regulator1's follow-ups
  await login(page, 'regulator1');
  await page.goto('/admin/meetings');
  await expect(page.getByTestId('my-followups')).toContainText('市场监管局报送首次监督检查计划');
  await page.getByTestId('meeting-row').getByRole('link', { name: '审管联动联席会议（第四季度例会）' }).click();
  await expect(page.locator('[data-testid="meeting-topic"]')).toHaveCount(4);
  await expect(page.locator('[data-testid="meeting-topic"][data-kind="item"]')).toContainText('食品经营许可');
  await expect(page.locator('[data-testid="followup-row"][data-state="overdue"]')).toHaveCount(1);
  await shots(page, 'standing-meeting');
});
