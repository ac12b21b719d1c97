/**
 * Keyboard alone (issue 18): a ticket at the kiosk, the window console's call → start → finish and
 * a grade on the rating pad, with Tab to move, Enter or Space to press — and each control shows a
 * focus ring when reached. Locators only read the page; every action is a key.
 */
import { expect, test, type Page } from '@playwright/test';
import { login, registerKiosk } from './helpers';

const SHOTS = 'tmp/e2e-results';

/** Presses Tab until the control with `testId` has the focus (at most `max` times), and checks it shows a focus ring. */
async function tabTo(page: Page, testId: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.closest(`[data-testid="${id}"]`) !== null, testId)) {
      const ring = await page.evaluate(() => {
        const st = getComputedStyle(document.activeElement as Element);
        return { outline: st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2, shadow: st.boxShadow !== 'none' };
      });
      expect(ring.outline || ring.shadow, `${testId} shows no focus ring`).toBe(true);
      return;
    }
  }
  throw new Error(`${testId}: not reached with ${max} presses of Tab`);
}

test('kiosk, window console and rating pad work by keyboard alone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

  // the kiosk: choose zone G, take a ticket
  const kiosk = await context.newPage();
  const setup = await registerKiosk(await context.newPage(), 'e2e 键盘取号机');
  await kiosk.goto(setup);
  await expect(kiosk.getByTestId('kiosk-zone-G')).toBeVisible();
  await tabTo(kiosk, 'kiosk-zone-G');
  await kiosk.screenshot({ path: `${SHOTS}/keyboard-kiosk-focus.png` });
  await kiosk.keyboard.press('Enter');
  await tabTo(kiosk, 'kiosk-take');
  await kiosk.keyboard.press('Enter');
  const number = (await kiosk.getByTestId('kiosk-ticket-number').innerText()).trim();
  expect(number).toMatch(/^G\d{3}$/);

  // the window console at G01: sign in if need be, call, start, finish
  const desk = await context.newPage();
  await login(desk, 'clerk2');
  const zones = (await (await desk.request.get('/api/v1/org/zones')).json()) as { items: { code: string; windows: { id: number; name: string }[] }[] };
  const g01 = zones.items.find((z) => z.code === 'G')?.windows.find((w) => w.name.startsWith('G01'));
  await desk.goto(`/admin/hall/window/${g01?.id}`);
  await expect(desk.getByTestId('hall-console')).toBeVisible();
  if (await desk.getByTestId('hall-sign-in').isVisible()) {
    await tabTo(desk, 'hall-sign-in');
    await desk.keyboard.press('Enter');
  }
  await expect(desk.getByTestId('hall-queue')).toContainText(number);
  await expect(desk.getByTestId('hall-call-next')).toBeEnabled();
  await tabTo(desk, 'hall-call-next');
  await desk.keyboard.press('Enter');
  await expect(desk.getByTestId('hall-current')).toHaveAttribute('data-status', 'called');
  await expect(desk.getByTestId('hall-start')).toBeEnabled();
  await tabTo(desk, 'hall-start');
  await desk.screenshot({ path: `${SHOTS}/keyboard-console-focus.png` });
  await desk.keyboard.press('Space');
  await expect(desk.getByTestId('hall-current')).toHaveAttribute('data-status', 'serving');
  await tabTo(desk, 'hall-finish');
  await desk.keyboard.press('Enter');
  const link = desk.getByTestId('hall-rating-link');
  await expect(link).toBeVisible();

  // the rating page the link opens: a grade with Space, submit with Enter
  const rate = await context.newPage();
  await rate.goto((await link.getAttribute('href')) ?? '');
  await expect(rate.getByTestId('rate-grade-satisfied')).toBeVisible();
  await tabTo(rate, 'rate-grade-satisfied');
  await rate.keyboard.press('Space');
  await expect(rate.getByTestId('rate-grade-satisfied')).toHaveAttribute('aria-checked', 'true');
  await rate.screenshot({ path: `${SHOTS}/keyboard-rate-focus.png` });
  await tabTo(rate, 'rate-submit');
  await rate.keyboard.press('Enter');
  await expect(rate.getByTestId('rate-done')).toContainText('满意');
  await context.close();
});
