// Every page a citizen, a kiosk user or an officer in the field opens on a phone (390×844) fits
// the screen: nothing wider than it (the page would scroll sideways), and the page's title is not
// covered by anything floating over it, nor any text by other text. A failure names the page and the elements that
// spill out. The hall's call board fits a phone and the hall's TV (1440×900) both.
import { expect, test, type Page } from '@playwright/test';
import { fillFoodForm, itemCode, login, overflow, overlappingText, settled } from './helpers';

const SHOTS = 'tmp/e2e-results';
const WIDTH = 390;

/** Waits for the page's data (no spinner, no skeleton), then measures it. */
async function fits(page: Page, path: string, shot: string) {
  await settled(page);
  const spill = await overflow(page, WIDTH);
  expect.soft(spill.scrollWidth, `${path} is ${spill.scrollWidth} px wide: ${spill.out.slice(-5).join('; ')}`).toBeLessThanOrEqual(WIDTH);
  expect.soft(spill.out, `${path}: past the right edge (cut off or widening the page)`).toEqual([]);
  // whatever the browser finds at the middle of the title's first character is the title (found and probed in one
  // step in the page: between two steps a re-render may replace the heading)
  const covered = await page.evaluate(() => {
    const title = document.querySelector('main h1, main h2, h1');
    const box = title?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) return null;
    return document.elementFromPoint(box.x + 6, box.y + box.height / 2)?.closest('h1, h2') === null;
  });
  expect.soft(covered, `${path}: something covers the title`).not.toBe(true);
  expect.soft(await overlappingText(page), `${path}: text drawn over other text`).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/phone-${shot}.png`, fullPage: true });
}

async function visit(page: Page, path: string, shot: string) {
  await page.goto(path);
  await fits(page, path, shot);
}

test.describe('on a 390 px phone', () => {
  test.beforeEach(async ({ page }) => page.setViewportSize({ width: WIDTH, height: 844 }));

  test('the public pages fit', async ({ page }) => {
    const food = await itemCode(page, '食品经营许可');
    const pages: readonly [string, string][] = [
      ['/', 'home'],
      ['/items', 'items'],
      [`/items/${encodeURIComponent(food)}`, 'item'],
      ['/guide?q=开饭店', 'guide'],
      [`/guide/items/${encodeURIComponent(food)}`, 'checklist'],
      ['/progress', 'progress'],
      ['/verify', 'verify'],
      ['/decisions', 'decisions'],
      ['/open-data', 'open-data'],
      ['/login', 'login'],
      ['/register', 'register'],
      ['/hall/kiosk', 'kiosk'],
    ];
    for (const [path, shot] of pages) await visit(page, path, shot);
  });

  test("the hall's call board fits a phone, and the hall's TV", async ({ page }) => {
    // built for the TV; a phone shows the latest call above the calls before it
    for (const [width, height, screen] of [[WIDTH, 844, 'phone'], [1440, 900, 'tv']] as const) {
      await page.setViewportSize({ width, height });
      for (const zone of ['A', 'C', 'D']) {
        const path = `/hall/board?zone=${zone}`;
        await page.goto(path);
        await expect(page.getByTestId('hall-board-calls')).toBeVisible();
        await settled(page);
        const spill = await overflow(page, width);
        expect.soft(spill.out, `${path} on a ${screen}: past the right edge`).toEqual([]);
        expect.soft(await overlappingText(page), `${path} on a ${screen}: text drawn over other text`).toEqual([]);
        await page.screenshot({ path: `${SHOTS}/board-${zone}-${screen}.png`, fullPage: true });
      }
    }
  });

  test("the portal's first pages take antd's styles from the build's stylesheet", async ({ page }) => {
    // scripts/antd-static-style.mts renders them at build time; antd writes at run time only the theme's CSS
    // variables (`.css-var-…`): a component style written here is one the stylesheet lacks (ADR 0024)
    const food = await itemCode(page, '食品经营许可');
    for (const path of ['/', '/guide?q=开饭店', `/items/${encodeURIComponent(food)}`, '/progress']) {
      await page.goto(path);
      await settled(page);
      const written = await page.evaluate(() =>
        [...document.querySelectorAll('style[data-css-hash]')].map((s) => s.textContent ?? '').filter((css) => !css.startsWith('.css-var-')).map((css) => css.slice(0, 80)),
      );
      expect.soft(written, `${path}: component styles antd wrote at run time`).toEqual([]);
    }
  });

  test("the applicant's pages fit, the wizard's materials step too", async ({ page }) => {
    const food = await itemCode(page, '食品经营许可');
    await login(page, 'applicant1', false);
    const mine = (await (await page.request.get('/api/v1/cases?pageSize=50')).json()) as { items: { caseNo: string; status: string }[] };
    const decided = mine.items.find((c) => c.status === 'approved') ?? mine.items.find((c) => c.status !== 'draft');
    for (const [path, shot] of [
      ['/my/cases', 'my-cases'],
      [`/my/cases/${decided?.caseNo}`, 'my-case'],
      ['/my/licences', 'my-licences'],
      ['/my/notices', 'my-notices'],
      ['/appointments', 'appointments'],
    ] as const)
      await visit(page, path, shot);
    const docs = (await (await page.request.get(`/api/v1/cases/${decided?.caseNo}/documents`)).json()) as { items: { id: string }[] };
    if (docs.items[0]) await visit(page, `/verify/documents/${docs.items[0].id}`, 'verify-document');
    const licences = (await (await page.request.get('/api/v1/licences?pageSize=5')).json()) as { items: { no: string }[] };
    if (licences.items[0]) await visit(page, `/verify/${licences.items[0].no}`, 'verify-licence');

    await page.goto(`/items/${encodeURIComponent(food)}`);
    await page.getByTestId('item-apply').click();
    await fits(page, 'apply: situations', 'apply-situations');
    await page.getByTestId('apply-situation-S02').click();
    await page.getByTestId('apply-next').click();
    await fillFoodForm(page);
    await fits(page, 'apply: form', 'apply-form');
    await page.getByTestId('apply-next').click();
    await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
    await fits(page, 'apply: materials', 'apply-materials');
  });

  test("the agent's projects and the inspector's field pages fit", async ({ page }) => {
    await login(page, 'agent1', false);
    const projects = (await (await page.request.get('/api/v1/projects?pageSize=5')).json()) as { items: { id: string }[] };
    await visit(page, '/my/projects', 'my-projects');
    if (projects.items[0]) await visit(page, `/my/projects/${projects.items[0].id}`, 'my-project');

    await login(page, 'inspector1');
    await visit(page, '/admin/inspections/tasks', 'inspection-tasks');
    const task = page.getByRole('link', { name: /踏勘|查看|记录/ }).first();
    if (await task.isVisible()) {
      await task.click();
      await fits(page, page.url(), 'inspection');
    }
  });
});
