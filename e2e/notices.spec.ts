/** The applicant's inbox on a phone: a step of their case lights the bell, the inbox lists it with its case, reading it clears the badge. */
import { expect, test } from '@playwright/test';
import { actThroughApi, draftThroughApi, itemCode, login } from './helpers';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('an application lights the bell on a phone; the inbox shows the notice and reading it clears the count', async ({ page }) => {
  await login(page, 'applicant1', false);
  const code = await itemCode(page, '食品经营许可');
  // the application through the API with the applicant's session: the inbox is what this spec is about
  const caseNo = await draftThroughApi(page.request, code);
  // other specs may have left notices: the bell must go up from what it shows now
  const unreadBefore = ((await (await page.request.get('/api/v1/my/notices/unread')).json()) as { unread: number }).unread;
  await actThroughApi(page.request, caseNo, 'submit');

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

test('the applicant binds WeChat on a phone through the authorisation page and sees it bound', async ({ page }) => {
  await login(page, 'applicant1', false);
  await page.goto('/my/notices');
  const channels = page.getByTestId('notice-channels');
  await expect(channels).toContainText('短信');
  // the development gateway's authorisation page sends the browser straight back with a code, as WeChat does after 允许
  await channels.getByTestId('wechat-bind').click();
  await expect(channels).toContainText('已绑定', { timeout: 20_000 });
  await expect(page).toHaveURL(/\/my\/notices$/);
  await expect(channels.getByTestId('notice-wechat-switch')).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/notices-channels-phone.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await channels.getByRole('button', { name: '解除绑定' }).click();
  await expect(channels.getByTestId('wechat-bind')).toBeVisible();
});

test.describe('the administrator', () => {
  test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

  test('rewords a notice template after previewing it with a real case', async ({ page }) => {
    await login(page, 'applicant1', false);
    const inbox = (await (await page.request.get('/api/v1/my/notices?pageSize=100')).json()) as { items: { caseNo: string | null; template: string }[] };
    const sample = inbox.items.find((n) => n.template === 'received' && n.caseNo);
    expect(sample, 'the first spec leaves a 申请已收到 notice').toBeTruthy();
    await login(page, 'admin');
    await page.goto('/admin/notice-templates');
    const row = page.getByRole('row', { name: /申请已收到/ });
    await row.getByRole('button', { name: /编\s*辑/ }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByTestId('template-sms').fill('${item}申请（${caseNo}）已收到，我们将尽快审查。');
    await drawer.getByLabel('预览用办件编号').fill(sample?.caseNo ?? '');
    await drawer.getByTestId('template-preview').click();
    await expect(drawer.getByTestId('template-preview-sms')).toContainText(`【泰安市行政审批服务局】食品经营许可申请（${sample?.caseNo}）已收到`);
    await page.screenshot({ path: 'tmp/e2e-results/notice-templates.png' });
    await drawer.getByRole('button', { name: /保存为第 1 版/ }).click();
    await expect(page.getByRole('row', { name: /申请已收到/ })).toContainText('第 1 版');
  });
});
