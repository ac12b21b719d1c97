/** Steps the browser specs share: logging in, waiting for a page's data, measuring overflow, axe's findings, uploading a material on the applicant's wizard, applying and acting through the API. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { exampleForm, type FormDefinition } from '../src/domain/forms';

/** The demo accounts' password (demo/accounts.json). */
export const PASSWORD = 'Taian@2018';

/** Logs in; staff land in the back office, applicants on the portal. */
export async function login(page: Page, username: string, staff = true) {
  await page.context().clearCookies();
  await page.goto('/login');
  await submitLogin(page, username, page.getByTestId(staff ? 'admin-user' : 'portal-user'));
}

/**
 * Fills in the login form open on `page` and submits it, until `landed` shows. The login rate limit (per address,
 * ADR 0014) answers a suite's burst of logins with 429: then it waits and submits again, as a person would.
 */
export async function submitLogin(page: Page, username: string, landed: Locator) {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(async () => {
    if (await page.getByText('AUTH.RATE_LIMITED').isVisible()) {
      await page.waitForTimeout(3500);
      await page.getByTestId('login-submit').click();
    }
    await expect(landed).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 45_000 });
}

/** A tiny valid PDF whose content differs by `label`. */
export function pdf(label: string) {
  return { name: `${label}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${label} ${Date.now()}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`) };
}

/** Uploads a file for one material row and waits until the row shows it. */
export async function upload(page: Page, code: string, label: string) {
  const row = page.locator(`[data-testid="upload-row"][data-code="${code}"]`);
  const before = await row.getByTestId('material-file').count();
  await page.getByTestId(`material-upload-${code}`).locator('input[type=file]').setInputFiles(pdf(label));
  if (before === 0) await expect(row.getByTestId('material-file')).toHaveCount(1);
  else await expect(row.getByTestId('material-file').first()).toContainText(`${label}.pdf`);
}

/** The code of a published item, from the public guide's list. */
export async function itemCode(page: Page, name: string): Promise<string> {
  await page.goto(`/items?q=${encodeURIComponent(name)}`);
  const code = await page.getByTestId('item-row-link').filter({ hasText: new RegExp(`^${name}$`) }).first().getAttribute('data-code');
  expect(code).toBeTruthy();
  return code ?? '';
}

/** As editor1, open the item's draft in the catalog editor and start its own 申请表 from the general one; returns its code. */
export async function startItemForm(page: Page, name: string): Promise<string> {
  const code = await itemCode(page, name);
  await login(page, 'editor1');
  await page.goto('/admin/catalog');
  await page.getByTestId('edit-item-select').click();
  await page.keyboard.type(name);
  await page.locator('.ant-select-item-option').filter({ hasText: code }).first().click();
  await page.getByTestId('edit-item-button').click();
  await expect(page.getByTestId('item-form')).toBeVisible();
  await page.getByTestId('designer-start').click();
  return code;
}

/** Picks an option of an antd select that react-jsonschema-form renders with `id`. */
async function pickOption(page: Page, id: string, option: string) {
  const select = page.locator('.ant-select', { has: page.locator(`[id="${id}"]`) });
  // a click that lands while the dropdown still animates picks nothing: try until the select shows the option
  await expect(async () => {
    await page.locator(`[id="${id}"]`).click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`).click({ timeout: 3000 });
    await expect(select).toContainText(option, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Fills the 食品经营许可 application form (申请表, demo/forms.json) on the wizard's 申请信息 step;
 * values the prefill already put in stay, unless `values` says otherwise.
 */
export async function fillFoodForm(page: Page, values: { 经营者名称?: string; 经营场所?: string } = {}) {
  await expect(page.getByTestId('apply-own-form')).toBeVisible();
  const text = async (id: string, value: string, always = false) => {
    const input = page.locator(`[id="${id}"]`);
    if (always || !(await input.inputValue())) await input.fill(value);
  };
  await text('root_经营者名称', values.经营者名称 ?? '岱宗小厨', !!values.经营者名称);
  await text('root_法定代表人（负责人）', '韩泰山');
  await text('root_联系电话', '0538-8888888');
  await pickOption(page, 'root_经营场所_division', '泰山区');
  await text('root_经营场所_detail', values.经营场所 ?? '岱宗大街 8 号', !!values.经营场所);
  await pickOption(page, 'root_主体业态', '餐饮服务经营者');
  const projects = page.locator('[id="root_经营项目"]');
  if ((await page.locator('[id="root_经营项目_0_项目类别"]').count()) === 0) await projects.locator('.rjsf-array-item-add').click();
  await pickOption(page, 'root_经营项目_0_项目类别', '热食类食品制售');
  await text('root_经营面积', '60');
  await text('root_食品安全管理员', '李岱');
  await text('root_食品安全管理员身份证号', '370902199001011235');
}

/** The applicant files 食品经营许可 (`code`, situation S02, the food form) with every material and submits it; returns the case number. */
export async function applyAndSubmit(page: Page, code: string): Promise<string> {
  await page.goto(`/items/${encodeURIComponent(code)}`);
  await page.getByTestId('item-apply').click();
  await page.getByTestId('apply-situation-S02').click();
  await page.getByTestId('apply-next').click();
  await fillFoodForm(page, { 经营者名称: '岱宗小厨', 经营场所: '岱宗大街 8 号' });
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
  const caseNo = (await page.getByTestId('case-no').innerText()).trim();
  const codes = await page.getByTestId('upload-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
  for (const m of codes) await upload(page, m, `${caseNo}-${m}`);
  await page.getByTestId('apply-next').click();
  await page.getByTestId('apply-submit').click();
  await expect(page.getByTestId('my-case')).toHaveAttribute('data-status', 'submitted');
  return caseNo;
}

/**
 * Takes one action on the open case page and waits for the new status. A confirm click can land beside the
 * button while the dialog still lays itself out (the opinion's text area sizing to its text); it is clicked
 * again while the dialog is open — a dialog with its request under way shows a loading button that ignores
 * clicks, and closes on success, so the action is never sent twice.
 */
export async function act(page: Page, frame: string, action: string, status: string) {
  await page.getByTestId(`action-${action}`).click();
  await confirmUntil(page.getByTestId('action-confirm'), () => expect(page.getByTestId(frame)).toHaveAttribute('data-status', status, { timeout: 5_000 }));
}

/**
 * Clicks a dialog's confirm button until `done` holds: a click that lands while the dialog is still laying itself out
 * is lost, so it is clicked again while the dialog is open (a loading button ignores clicks; the dialog closes on success).
 */
export async function confirmUntil(confirm: Locator, done: () => Promise<unknown>) {
  await expect(async () => {
    if (await confirm.isVisible()) await confirm.click({ timeout: 2_000 });
    await done();
  }).toPass({ timeout: 30_000 });
}

/**
 * A draft through the API as the logged-in session's screens would make it: the item's example form (when it has one),
 * `body`'s fields (e.g. onBehalfOf at a window), a file for every required material; returns the case number. Not submitted.
 */
export async function draftThroughApi(request: APIRequestContext, code: string, body: object = {}): Promise<string> {
  const item = (await (await request.get(`/api/v1/catalog/items/${encodeURIComponent(code)}`)).json()) as { form: FormDefinition | null };
  const created = await request.post('/api/v1/cases', { data: { itemCode: code, ...(item.form ? { form: exampleForm(item.form) } : {}), ...body } });
  expect(created.status(), await created.text()).toBe(201);
  const c = (await created.json()) as { caseNo: string; materials: { code: string; requirement: string }[] };
  for (const m of c.materials.filter((x) => x.requirement === 'required')) {
    const res = await request.post(`/api/v1/cases/${c.caseNo}/materials`, { multipart: { materialId: m.code, file: pdf(`${c.caseNo}-${m.code}`) } });
    expect(res.status(), await res.text()).toBe(200);
  }
  return c.caseNo;
}

/** One case action through the API at the case's current version (`extra`: the action's fields, e.g. an opinion). */
export async function actThroughApi(request: APIRequestContext, caseNo: string, type: string, extra: object = {}) {
  const current = (await (await request.get(`/api/v1/cases/${caseNo}`)).json()) as { version: number };
  const res = await request.post(`/api/v1/cases/${caseNo}/actions`, { data: { type, expectedVersion: current.version, ...extra } });
  expect(res.status(), await res.text()).toBe(200);
}

/** Waits until the page's code and data have arrived and nothing is loading (no spinner, no skeleton). */
export async function settled(page: Page) {
  // the boards keep an event stream open, so the network is not always idle
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active, [aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForTimeout(300); // the last layout after the data (fonts, images)
}

/**
 * The page's width and the elements reaching past the right edge of a `width` px screen: they widen
 * the page, or a box that clips them cuts them off; not those inside a box that scrolls them on
 * purpose (wide tables), nor hidden ones (a menu's items waiting behind its …).
 */
export async function overflow(page: Page, width: number): Promise<{ scrollWidth: number; out: string[] }> {
  return page.evaluate((width) => {
    const skip = (el: Element): boolean => {
      for (let p: Element | null = el; p && p !== document.body; p = p.parentElement) {
        const st = getComputedStyle(p);
        if (st.opacity === '0' || st.visibility === 'hidden') return true;
        if (p !== el && (st.overflowX === 'auto' || st.overflowX === 'scroll')) return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.right <= width + 1 || skip(el)) continue;
      const name = `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`;
      out.push(`${name} → ${Math.round(r.right)} px「${(el.textContent ?? '').trim().slice(0, 20)}」`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, out };
  }, width);
}

/**
 * Text drawn over other text: each pair of visible text fragments (a text node's line boxes) of different elements
 * whose boxes cross by more than a few pixels across and by more than half the smaller one's height (a big
 * figure's glyph box is taller than its line), named by their text — a layout too narrow for what it holds.
 */
export async function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: { el: Element; r: DOMRect; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || !text || el.closest('style, script, noscript')) continue;
      const st = getComputedStyle(el);
      if (st.visibility === 'hidden' || el.closest('[aria-hidden="true"]') || [...ancestors(el)].some((a) => getComputedStyle(a).opacity === '0')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) boxes.push({ el, r, text: text.slice(0, 16) });
    }
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        if (a.el === b.el) continue;
        const across = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const down = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (across > 4 && down > Math.min(a.r.height, b.r.height) / 2) out.push(`「${a.text}」over「${b.text}」`);
      }
    return out;
    function* ancestors(el: Element) {
      for (let p: Element | null = el; p && p !== document.body; p = p.parentElement) yield p;
    }
  });
}

/** The hall manager registers a kiosk on 大厅总览 → 自助取号机; returns the one-time setup link. */
export async function registerKiosk(page: Page, name: string): Promise<string> {
  await login(page, 'hall1');
  await page.goto('/admin/hall');
  await page.getByTestId('kiosk-name').fill(name);
  await page.getByTestId('kiosk-register').click();
  const link = (await page.getByTestId('kiosk-setup-link').innerText()).trim();
  expect(link).toMatch(/\/hall\/kiosk#kiosk=[\w-]{32,}$/);
  await page.screenshot({ path: 'tmp/e2e-results/hall-kiosk-setup.png' });
  await page.getByRole('button', { name: '我已完成设置' }).click();
  await expect(page.getByTestId('kiosks')).toContainText(name);
  await page.context().clearCookies();
  return link;
}

/** The serious and critical violations of WCAG 2.1 A and AA on the page as it is now, one line each: rule, impact, elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 4 ? ` …+${v.nodes.length - 4}` : ''}`);
}
