import { expect, test, type Page } from '@playwright/test';
import { actThroughApi, draftThroughApi, itemCode, login } from './helpers';

const ITEM = '对纳税人延期申报的核准';
const SHOTS = 'tmp/e2e-results';

/** A hall-only case received and accepted at the comprehensive window by clerk1 (through the API, as the window screen does). */
async function acceptedAtWindow(page: Page, code: string): Promise<string> {
  await login(page, 'clerk1');
  const caseNo = await draftThroughApi(page.request, code, { onBehalfOf: { kind: 'person', name: '韩泰山', idNumber: '370902198506123019', phone: '13905381234' } });
  for (const type of ['submit', 'accept']) await actThroughApi(page.request, caseNo, type);
  return caseNo;
}

test('a stationed tax officer decides a hall-only case in the back office; the bureau cannot', async ({ page }) => {
  const code = await itemCode(page, ITEM);
  const caseNo = await acceptedAtWindow(page, code);

  // ---- the bureau's chief sees who decides, and has no decision to take
  await login(page, 'chief1');
  await page.goto(`/admin/cases/${caseNo}`);
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('case-decider')).toHaveAttribute('data-decided-by', 'agency');
  await expect(page.getByTestId('case-decider')).toContainText('国家税务总局泰安市税务局');
  await expect(page.getByTestId('action-approve')).toHaveCount(0);

  // ---- the stationed officer finds it in their list, opens it and approves
  await login(page, 'tax1');
  await page.goto(`/admin/cases?q=${caseNo}`);
  await page.locator(`[data-testid="case-row-link"][data-case-no="${caseNo}"]`).click();
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('action-submit_opinion')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/authority-agency-case.png`, fullPage: true });
  await page.getByTestId('action-approve').click();
  await page.getByTestId('action-field-opinion').fill('符合延期申报条件，予以核准');
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('chain-opinion-check')).toContainText('符合延期申报条件，予以核准');
  await expect(page.getByTestId('chain-opinion-check')).toContainText('金税务');
  await page.screenshot({ path: `${SHOTS}/authority-agency-decided.png`, fullPage: true });
});

test("the director sees the review chain's monthly figures", async ({ page }) => {
  await login(page, 'director1');
  await page.goto('/admin/assessment');
  await page.getByTestId('assessment-tab-review').click();
  await expect(page.getByTestId('review-score').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/authority-review-scores.png`, fullPage: true });
});
