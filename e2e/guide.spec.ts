import { expect, test } from '@playwright/test';
import { submitLogin } from './helpers';

const SHOTS = 'tmp/e2e-results';

test('a citizen types their own words, picks a suggestion, reads the results and gets the exact materials', async ({ page }) => {
  await page.goto('/');
  const box = page.getByTestId('guide-search-input');
  await box.pressSequentially('开饭', { delay: 60 });
  // suggestions as one types: the scenario and the items
  await expect(page.getByTestId('guide-suggestion').first()).toBeVisible();
  await expect(page.locator('[data-testid="guide-suggestion"][data-type="scenario"][data-name="开饭店"]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/guide-suggest.png` });

  await box.fill('我想开个小饭馆');
  await page.getByTestId('guide-search-button').click();
  await expect(page).toHaveURL(/\/guide\?q=/);
  // the scenario first, then the items with why they matched
  await expect(page.getByTestId('guide-scenario-card').first()).toHaveAttribute('data-id', 'restaurant');
  const food = page.locator('[data-testid="guide-result"][data-code^="000172001000-"]');
  await expect(food).toBeVisible();
  await expect(food.getByTestId('guide-why')).toContainText('饭馆');
  await expect(food.getByTestId('guide-apply')).toHaveAttribute('href', /\/apply\/000172001000-/);
  await expect(food.getByTestId('guide-appointment')).toHaveAttribute('href', /^\/appointments\?itemCode=000172001000-[^&]*&zone=C$/);
  await page.screenshot({ path: `${SHOTS}/guide-results.png`, fullPage: true });

  // the questions decide the list
  await food.getByTestId('guide-checklist-link').click();
  await expect(page.getByTestId('guide-questions')).toBeVisible();
  const before = Number(await page.getByTestId('guide-materials').getAttribute('data-count'));
  await page.getByTestId('guide-answer-S01-S02').click();
  await page.locator('[data-testid="guide-question"][data-id="S03"]').getByText('是', { exact: true }).click();
  await expect(page.getByTestId('guide-checklist')).toHaveAttribute('data-situations', 'S02,S03');
  await expect(page.getByTestId('guide-materials')).toHaveAttribute('data-count', String(before + 1));
  await expect(page.locator('[data-testid="guide-material"][data-code="M08"]')).toContainText('含网络经营');
  await expect(page.getByTestId('guide-material-template').first()).toHaveAttribute('href', /\/api\/v1\/catalog\/templates\//);
  await expect(page.getByTestId('guide-go-apply')).toHaveAttribute('href', /\/apply\/000172001000-[^?]*\?situations=S02,S03/);
  await page.screenshot({ path: `${SHOTS}/guide-checklist.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${SHOTS}/guide-checklist-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('pinyin, a cancelled item and a scenario page, on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/guide?q=jiaoshizige');
  await expect(page.getByTestId('guide-result-link').first()).toHaveText('教师资格认定');

  await page.goto(`/guide?q=${encodeURIComponent('外商投资企业设立审批')}`);
  const cancelled = page.locator('[data-testid="guide-result"][data-applicable="false"]').first();
  await expect(cancelled.getByTestId('guide-notice')).toContainText('取消');
  await expect(cancelled.getByTestId('guide-apply')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/guide-cancelled-phone.png`, fullPage: true });

  // 必须现场: no 在线申报, booked at the hall; the booking page opens with the item chosen (after logging in)
  await page.goto(`/guide?q=${encodeURIComponent('新生儿出生登记')}`);
  const onSite = page.locator('[data-testid="guide-result"]').filter({ hasText: '新生儿出生登记' }).first();
  await expect(onSite.getByTestId('guide-appointment')).toBeVisible();
  await expect(onSite.getByTestId('guide-apply')).toHaveCount(0);
  await onSite.getByTestId('guide-appointment').click();
  await expect(page).toHaveURL(/\/login\?next=%2Fappointments%3FitemCode%3D/);
  await submitLogin(page, 'applicant1', page.getByTestId('appointments-item'));
  await expect(page).toHaveURL(/\/appointments\?itemCode=/);
  await expect(page.getByTestId('appointments-item')).toContainText('新生儿出生登记');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/guide-appointment-phone.png`, fullPage: true });

  await page.goto(`/guide?q=${encodeURIComponent('盖厂房')}`);
  await page.locator('[data-testid="guide-scenario-card"][data-id="factory"]').getByTestId('guide-scenario-link').click();
  await expect(page.getByTestId('guide-scenario-step')).toHaveCount(10);
  await expect(page.getByTestId('guide-scenario-step').first()).toContainText('企业投资项目核准');
  await expect(page.getByTestId('guide-scenario-step').last()).toContainText('建筑工程施工许可证核发');
  await page.screenshot({ path: `${SHOTS}/guide-scenario-phone.png`, fullPage: true });
});
