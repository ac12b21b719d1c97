import fs from 'node:fs';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { toShanghaiDate, WorkingCalendar } from '../src/domain/calendar';
import { actThroughApi, draftThroughApi, login, PASSWORD } from './helpers';

const ITEM = '食品经营许可';
const SHOTS = 'tmp/inspections-shots';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** A 1×1 PNG: a photo from the site. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2d7f5a00000000049454e44ae426082', 'hex');

fs.mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });

/** An API session of a demo account. */
async function session(baseURL: string, username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const res = await ctx.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.status()).toBe(200);
  return ctx;
}

/** An accepted food licence case (the item needs an on-site inspection), made through the API as the screens would. */
async function acceptedCase(baseURL: string): Promise<string> {
  const applicant = await session(baseURL, 'applicant1');
  const list = await (await applicant.get(`/api/v1/catalog/items?q=${encodeURIComponent(ITEM)}&pageSize=50`)).json();
  const code = list.items.find((i: { name: string }) => i.name === ITEM).code as string;
  const caseNo = await draftThroughApi(applicant, code);
  await actThroughApi(applicant, caseNo, 'submit');
  await actThroughApi(await session(baseURL, 'clerk1'), caseNo, 'accept');
  return caseNo;
}

test('a reviewer requests an inspection, the centre schedules two inspectors, both confirm on their phones, the report and the pause show on the case', async ({ page, baseURL }) => {
  const caseNo = await acceptedCase(baseURL ?? '');
  const calendar = new WorkingCalendar();
  const today = toShanghaiDate(new Date());
  const visit = calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, 1);

  // ---- the reviewer asks for it on the case page
  await login(page, 'caseworker1');
  await page.goto(`/admin/cases/${caseNo}`);
  await expect(page.getByTestId('inspection-card')).toHaveAttribute('data-count', '0');
  await page.getByTestId('inspection-request').click();
  await page.getByTestId('inspection-request-reason').fill('核查经营场所与设施设备');
  await page.getByTestId('inspection-request-submit').click();
  await expect(page.getByTestId('inspection-round')).toHaveAttribute('data-status', 'requested');
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'accepted');

  // ---- the centre schedules it with inspector1 and inspector2
  await login(page, 'kancha1');
  await page.goto('/admin/inspections');
  const row = page.locator(`[data-testid="inspection-row"][data-case-no="${caseNo}"]`);
  await row.getByTestId('inspection-schedule').click();
  await page.locator('.ant-modal .ant-picker input').fill(visit);
  await page.locator('.ant-modal .ant-picker input').press('Enter');
  await page.getByTestId('schedule-address').fill('泰安市泰山区岱宗大街 8 号');
  await page.getByTestId('schedule-inspectors').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '陈踏勘' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: '褚踏勘' }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('schedule-submit').click();
  await expect(row).toHaveAttribute('data-status', 'scheduled');
  await shot(page, 'centre');

  // ---- inspector1 on a phone: every point, a photo, save, confirm
  await page.setViewportSize(PHONE);
  await login(page, 'inspector1');
  await page.goto('/admin/inspections/tasks');
  await page.locator(`[data-testid="inspection-task"][data-case-no="${caseNo}"]`).getByTestId('inspection-task-link').click();
  await expect(page.getByTestId('inspection-page')).toHaveAttribute('data-status', 'scheduled');
  const points = await page.locator('[data-testid^="point-"][data-point]').count();
  expect(points).toBeGreaterThanOrEqual(3);
  for (let n = 0; n < points; n++) await page.getByTestId(`point-${n}`).getByText('符合', { exact: true }).click();
  await page.getByTestId('report-notes').fill('现场与申请材料一致');
  await page.locator('[data-testid="report-form"] input[type=file]').setInputFiles({ name: '门头.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('report-photo-item')).toHaveCount(1);
  await page.getByTestId('report-save').click();
  await expect(page.getByTestId('report-confirm')).toBeEnabled();
  await shot(page, 'inspector-phone');
  await page.getByTestId('report-confirm').click();
  await expect(page.locator('[data-testid="inspection-inspector"][data-confirmed="true"]')).toHaveCount(1);
  await expect(page.getByTestId('inspection-page')).toHaveAttribute('data-status', 'scheduled');

  // ---- inspector2 on a phone confirms the same record: the report is final
  await login(page, 'inspector2');
  await page.goto('/admin/inspections/tasks');
  await page.locator(`[data-testid="inspection-task"][data-case-no="${caseNo}"]`).getByTestId('inspection-task-link').click();
  await page.getByTestId('report-confirm').click();
  await expect(page.getByTestId('inspection-page')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('inspection-final')).toBeVisible();
  await shot(page, 'inspector-final');

  // ---- the case: the report among its documents, the pause on its clock
  await page.setViewportSize(DESKTOP);
  await login(page, 'caseworker1');
  await page.goto(`/admin/cases/${caseNo}`);
  await expect(page.getByTestId('case-page')).toHaveAttribute('data-status', 'accepted');
  await expect(page.getByTestId('case-documents')).toContainText('现场踏勘报告');
  await expect(page.getByTestId('clock-pauses')).toContainText('现场踏勘');
  await expect(page.getByTestId('inspection-round')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('inspection-outcome')).toHaveAttribute('data-outcome', 'pass');
  const timeline = page.getByTestId('case-timeline');
  await expect(timeline.locator('[data-testid="timeline-entry"][data-type="start_pause"]')).toHaveCount(1);
  await expect(timeline.locator('[data-testid="timeline-entry"][data-type="end_pause"]')).toHaveCount(1);
  await shot(page, 'case');

  // ---- the applicant sees the outcome on their case page
  await login(page, 'applicant1', false);
  await page.goto(`/my/cases/${caseNo}`);
  await expect(page.getByTestId('inspection-notice')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('case-documents')).toContainText('现场踏勘报告');
});
