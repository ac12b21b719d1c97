// The back office on a phone (390 px): the menu is a drawer opened from the header, nothing floats
// over the page's title, and the page does not scroll sideways.
import { expect, test } from '@playwright/test';
import { login } from './helpers';

const SHOTS = 'tmp/e2e-results';

test('on a phone the back-office menu opens from the header and leaves the page title uncovered', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'admin');
  await page.goto('/admin/province');
  const title = page.locator('main h1, main h2, main h3, main h4').first();
  await expect(title).toBeVisible();
  // whatever the browser finds at the title's first character is the title itself
  const box = (await title.boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('h1, h2, h3, h4')?.textContent ?? null, [box.x + 4, box.y + box.height / 2]);
  expect(hit).toBe(await title.textContent());
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/admin-phone-page.png` });

  await page.getByTestId('admin-menu-button').click();
  await expect(page.getByTestId('menu-org')).toBeVisible();
  await expect(page.locator('.ant-drawer-content-wrapper')).toHaveJSProperty('offsetWidth', 240);
  await page.waitForTimeout(400); // the drawer's slide-in, for the picture
  await page.screenshot({ path: `${SHOTS}/admin-phone-menu.png` });
  await page.getByTestId('menu-org').click();
  await expect(page).toHaveURL(/\/admin\/org/);
  await expect(page.getByTestId('menu-org')).toBeHidden();
});
