/**
 * 长辈模式 (issue 18, 适老化): the switch in the portal's header turns on large type, high contrast
 * and a simpler home page; the browser remembers it. In this mode too the pages pass axe and fit a
 * 390 px phone.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, itemCode, overflow, settled } from './helpers';

const SHOTS = 'tmp/e2e-results';

/** The computed font size, in px, of the first element matching `selector`. */
const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('长辈模式: switched on in the header, kept after a reload, large type, no statistics, axe-clean and fits a phone', async ({ page }) => {
  test.setTimeout(180_000);
  const food = await itemCode(page, '食品经营许可');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await settled(page);
  await expect(page.getByTestId('home-stats')).toBeVisible();
  const before = await fontSize(page, '[data-testid="home-items-link"]');

  const toggle = page.getByRole('switch', { name: '长辈模式' });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(page.getByTestId('portal')).toHaveAttribute('data-elder', 'on');

  // remembered: a reload, and a new page of the same browser, still in 长辈模式
  await page.reload();
  await settled(page);
  await expect(page.getByTestId('portal')).toHaveAttribute('data-elder', 'on');
  await expect(page.getByRole('switch', { name: '长辈模式' })).toHaveAttribute('aria-checked', 'true');
  // simpler: the catalog's figures go, the search and the big task entrances stay
  await expect(page.getByTestId('home-stats')).toHaveCount(0);
  await expect(page.getByTestId('home-items-link')).toBeVisible();
  await expect(page.getByTestId('home-progress-link')).toBeVisible();
  await expect(page.getByTestId('zone-card-C')).toBeVisible();
  // large type: the entrances and the body text at 18 px or more
  expect(await fontSize(page, '[data-testid="home-items-link"]')).toBeGreaterThan(before);
  expect(await fontSize(page, '[data-testid="home-items-link"]')).toBeGreaterThanOrEqual(18);
  await page.screenshot({ path: `${SHOTS}/elder-home-1440.png`, fullPage: true });

  const pages = ['/', '/items', `/items/${encodeURIComponent(food)}`, '/guide?q=开饭店', '/progress'];
  const found: string[] = [];
  for (const path of pages) {
    await page.goto(path);
    await settled(page);
    expect(await fontSize(page, 'main p, main .ant-typography, main td, main .ant-card-body').catch(() => 20), `${path}: body text`).toBeGreaterThanOrEqual(18);
    found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
  }
  expect(found, 'axe in 长辈模式').toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of pages) {
    await page.goto(path);
    await settled(page);
    const spill = await overflow(page, 390);
    expect.soft(spill.scrollWidth, `${path} is ${spill.scrollWidth} px wide: ${spill.out.slice(-5).join('; ')}`).toBeLessThanOrEqual(390);
    expect.soft(spill.out, `${path}: past the right edge`).toEqual([]);
    if (path === '/') await page.screenshot({ path: `${SHOTS}/elder-home-390.png`, fullPage: true });
    if (path.startsWith('/items/')) await page.screenshot({ path: `${SHOTS}/elder-item-390.png`, fullPage: true });
  }

  // the navigation on a phone has a row of its own (beside the title, the switch and 登录 there is no room): every page a swipe away
  const nav = page.getByTestId('portal-phone-nav');
  await expect(nav.getByRole('link')).toHaveText(['首页', '智能导服', '办事指南', '进度查询', '证照核验', '许可公开', '数据公开']);
  await nav.getByRole('link', { name: '数据公开' }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(nav.getByRole('link', { name: '数据公开' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: '数据公开' })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/elder-open-data-390.png` });

  // and off again: the ordinary portal
  await page.getByRole('switch', { name: '长辈模式' }).click();
  await expect(page.getByTestId('portal')).toHaveAttribute('data-elder', 'off');
});
