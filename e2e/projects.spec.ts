import { expect, test } from '@playwright/test';
import { login } from './helpers';

const SHOTS = 'tmp/e2e-results';

// The demo seed (src/server/demo/projects.ts): agent1 holds two investment projects; the first
// (岱宗新材料…) has 建筑工程施工许可证核发 waiting for its bidding milestone, and a joint meeting
// with one overdue follow-up.
test('the agent lands on the project dashboard; a reviewer records a trading milestone; the centre reassigns; the meeting shows its follow-ups', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });

  // the agent's home is the dashboard (代办工作台), free of charge
  await login(page, 'agent1', false);
  await expect(page).toHaveURL(/\/my\/projects$/);
  await expect(page.getByTestId('agency-free-notice')).toContainText('免费');
  await expect(page.getByTestId('my-project')).toHaveCount(2);
  await expect(page.getByTestId('my-project-next-step').filter({ hasText: '补正' })).toHaveAttribute('data-by', 'applicant');
  await page.screenshot({ path: `${SHOTS}/projects-agent-dashboard.png`, fullPage: true });

  // one project's combined progress
  await page.getByTestId('my-project-link').filter({ hasText: '岱宗新材料' }).click();
  await expect(page.getByTestId('project-name')).toContainText('岱宗新材料');
  await expect(page.getByTestId('project-item')).toHaveCount(4);
  await expect(page.getByTestId('project-due')).toHaveText(/^\d{4}-\d{2}-\d{2}$/);
  const building = page.getByTestId('project-item').filter({ hasText: '建筑工程施工许可证核发' });
  await expect(building.getByTestId('project-milestone')).toHaveAttribute('data-recorded', 'false');
  const caseNo = await building.getAttribute('data-case-no');
  expect(caseNo).toMatch(/^TA\d{4}-\d{6}$/);

  // a reviewer records the bidding result on the case page
  await login(page, 'caseworker1');
  await page.goto(`/admin/cases/${caseNo}`);
  const card = page.getByTestId('case-milestones');
  await expect(card.getByTestId('case-milestone')).toHaveAttribute('data-recorded', 'false');
  await card.getByTestId('milestone-record').click();
  await page.getByTestId('milestone-reference').fill('TAZB2026-0415');
  // the bidding closed last week (a date before today, as the server requires)
  const closed = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  await page.locator('.ant-modal .ant-picker input').fill(closed);
  await page.locator('.ant-modal .ant-picker input').press('Enter');
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(card.getByTestId('case-milestone')).toHaveAttribute('data-recorded', 'true');
  await expect(card).toContainText('TAZB2026-0415');
  await page.screenshot({ path: `${SHOTS}/projects-case-milestone.png`, fullPage: true });

  // the centre moves the other project to agent2
  await login(page, 'agencylead1');
  await page.goto('/admin/agency');
  await expect(page.getByTestId('agent-load')).toHaveCount(2);
  const moved = page.getByTestId('agent-project').filter({ hasText: '汶河智慧物流园' });
  await moved.getByTestId('reassign').click();
  await page.getByTestId('reassign-target').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '朱代办' }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByTestId('agent-load').filter({ hasText: '朱代办' })).toContainText('1 在办 / 1');
  await expect(page.getByTestId('agent-load').filter({ hasText: '杨代办' })).toContainText('1 在办 / 1');
  await page.screenshot({ path: `${SHOTS}/projects-agency-centre.png`, fullPage: true });

  // the joint meeting, seen by a participant (the investment window), with its overdue follow-up
  await login(page, 'clerk2');
  await page.goto('/admin/meetings');
  await page.getByTestId('meeting-row').first().getByRole('link').first().click();
  await expect(page.getByTestId('meeting-title')).toContainText('联席会议');
  await expect(page.getByTestId('meeting-decision')).toHaveCount(4);
  await expect(page.getByTestId('followup-row').filter({ has: page.locator('[data-state=overdue]') })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/projects-meeting.png`, fullPage: true });
});
