import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { login, registerKiosk, submitLogin } from './helpers';

const SHOTS = 'tmp/e2e-results';

// Zone G (自助服务) has no demo tickets: the first ticket of the day is G001.
test('kiosk takes a ticket, the window console calls it, the display board shows and announces it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

  // the display board, listening; speech is recorded instead of played
  const board = await context.newPage();
  await board.addInitScript(() => {
    const spoken: string[] = [];
    (window as unknown as { __spoken: string[] }).__spoken = spoken;
    if ('speechSynthesis' in window) Object.defineProperty(window.speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => spoken.push(u.text) });
  });
  await board.goto('/hall/board?zone=G');
  await expect(board.getByRole('heading', { name: 'G区 自助服务' })).toBeVisible();
  await expect(board.getByText('实时叫号')).toBeVisible();
  await board.getByTestId('hall-board-enable-sound').click();

  // the kiosk: a browser that is not registered takes no ticket; the manager's setup link makes it one
  const kiosk = await context.newPage();
  await kiosk.goto('/hall/kiosk');
  await expect(kiosk.getByTestId('kiosk-not-registered')).toBeVisible();
  const setup = await registerKiosk(await context.newPage(), 'e2e 大厅取号机');
  await kiosk.goto(setup);
  await expect(kiosk).toHaveURL(/\/hall\/kiosk$/);
  await kiosk.getByTestId('kiosk-zone-G').click();
  await kiosk.getByTestId('kiosk-take').click();
  const number = (await kiosk.getByTestId('kiosk-ticket-number').innerText()).trim();
  expect(number).toMatch(/^G\d{3}$/);
  await expect(kiosk.getByTestId('kiosk-ticket-waiting')).toHaveAttribute('data-ahead', '0');
  await expect(kiosk.getByTestId('kiosk-ticket-estimate')).toContainText('分钟');
  await kiosk.screenshot({ path: `${SHOTS}/hall-kiosk-ticket.png` });
  // the board's waiting count follows the queue live
  await expect(board.getByTestId('hall-board-waiting')).toHaveText('1');

  // the window console: clerk2 signs in to G01 and calls
  const desk = await context.newPage();
  await desk.goto('/login');
  await submitLogin(desk, 'clerk2', desk.getByTestId('admin-user'));
  await desk.goto('/admin/hall/window');
  await desk.getByRole('link', { name: 'G01 综合受理窗口' }).click();
  await desk.getByTestId('hall-sign-in').click();
  await expect(desk.getByTestId('hall-queue')).toContainText(number);
  await expect(desk.getByTestId('hall-call-next')).toBeEnabled();
  await desk.keyboard.press('n');
  await expect(desk.getByTestId('hall-current')).toHaveAttribute('data-number', number);
  await expect(desk.getByTestId('hall-current')).toHaveAttribute('data-status', 'called');

  // the board shows it large and announces it
  const text = `请${number}号到G01窗口办理`;
  await expect(board.getByTestId('hall-board-latest')).toHaveAttribute('data-number', number);
  await expect(board.getByTestId('hall-board-announcement')).toHaveText(text);
  await expect(board.getByTestId('hall-board-announcement')).toHaveAttribute('data-mode', 'speech');
  expect(await board.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken)).toContain(text);
  await board.screenshot({ path: `${SHOTS}/hall-board.png` });

  // start and finish at the console; the service can then be rated by its link
  await desk.getByTestId('hall-start').click();
  await expect(desk.getByTestId('hall-current')).toHaveAttribute('data-status', 'serving');
  await desk.getByTestId('hall-finish').click();
  const link = desk.getByTestId('hall-rating-link');
  await expect(link).toBeVisible();
  await desk.screenshot({ path: `${SHOTS}/hall-console.png` });
  // the QR code beside the link, read by zbarimg, opens the same rating page
  const href = (await link.getAttribute('href')) ?? '';
  await desk.getByTestId('hall-rating-qr').screenshot({ path: `${SHOTS}/hall-rating-qr.png` });
  expect(execFileSync('zbarimg', ['--raw', '-q', `${SHOTS}/hall-rating-qr.png`], { encoding: 'utf8' }).trim()).toBe(new URL(href, desk.url()).href);
  const rate = await context.newPage();
  await rate.goto(href);
  await rate.getByTestId('rate-grade-very_satisfied').click();
  await rate.getByTestId('rate-submit').click();
  await expect(rate.getByTestId('rate-done')).toContainText('非常满意');
  await context.close();
});

test('at the kiosk, someone who does not know the zone says what they need and the guide leads to it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(await registerKiosk(page, 'e2e 导服取号机'));
  await page.getByTestId('kiosk-guide-input').fill('开饭店');
  const hit = page.getByTestId('kiosk-guide-result').filter({ hasText: '食品经营许可' }).first();
  await expect(hit).toContainText('C区');
  await hit.click();
  await expect(page.getByRole('heading', { name: /^C区/ })).toBeVisible();
  await expect(page.getByTestId('kiosk-item')).toContainText('食品经营许可');
  await page.screenshot({ path: `${SHOTS}/hall-kiosk-guide.png` });
});

test("a busy zone's board fits a 1440×900 screen without scrolling and names windows by their signs", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/hall/board?zone=C');
  await expect(page.getByRole('heading', { name: /^C区/ })).toBeVisible();
  const rows = page.getByTestId('hall-board-call');
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.allInnerTexts()) expect(text).toMatch(/C\d{2} 窗口/);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
  await page.screenshot({ path: `${SHOTS}/hall-board-c.png` });
});
