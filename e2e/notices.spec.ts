/** The applicant's inbox on a phone: a step of their case lights the bell, the inbox lists it with its case, reading it clears the badge. */
import { expect, test } from '@playwright/test';
import { exampleForm, type FormDefinition } from '../src/domain/forms';
import { itemCode, login, pdf } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('an application lights the bell on a phone; the inbox shows the notice and reading it clears the count', async ({ page }) => {
  await login(page, 'applicant1', false);
  const code = await itemCode(page, '食品经营许可');
  // the application through the API with the applicant's session: the inbox is what this spec is about
  const item = (await (await page.request.get(`/api/v1/catalog/items/${code}`)).json()) as { materials: { code: string; requirement: string }[]; form: FormDefinition | null };
  const created = await page.request.post('/api/v1/cases', { data: { itemCode: code, form: item.form ? exampleForm(item.form) : {} } });
  expect(created.status()).toBe(201);
  const { caseNo, version } = (await created.json()) as { caseNo: string; version: number };
  for (const m of item.materials.filter((x) => x.requirement === 'required')) {
    const up = await page.request.post(`/api/v1/cases/${caseNo}/materials`, { multipart: { materialId: m.code, file: pdf(`${caseNo}-${m.code}`) } });
    expect(up.status(), await up.text()).toBe(200);
  }
  const current = (await (await page.request.get(`/api/v1/cases/${caseNo}`)).json()) as { version: number };
  expect(current.version).toBeGreaterThanOrEqual(version);
  // other specs may have left notices: the bell must go up from what it shows now
  const unreadBefore = ((await (await page.request.get('/api/v1/my/notices/unread')).json()) as { unread: number }).unread;
  const submit = await page.request.post(`/api/v1/cases/${caseNo}/actions`, { data: { type: 'submit', expectedVersion: current.version } });
  expect(submit.status(), await submit.text()).toBe(200);

  await page.goto('/');
  const bell = page.getByTestId('portal-notices-link');
  await expect(async () => {
    await page.reload();
    await expect(bell).toHaveAttribute('data-unread', String(unreadBefore + 1), { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.screenshot({ path: 'tmp/e2e-results/notices-bell-phone.png' });
  await bell.click();
  await expect(page).toHaveURL(/\/my\/notices/);
  const notice = page.getByTestId('notice-item').filter({ hasText: caseNo });
  await expect(notice).toContainText('申请已收到');
  await expect(notice).toHaveAttribute('data-unread', 'true');
  await page.screenshot({ path: 'tmp/e2e-results/notices-inbox-phone.png', fullPage: true });
  const before = Number(await bell.getAttribute('data-unread'));
  await notice.getByRole('button', { name: '标为已读' }).click();
  await expect(notice).toHaveAttribute('data-unread', 'false');
  await expect(bell).toHaveAttribute('data-unread', String(before - 1));
  // nothing sideways on a phone
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
