/**
 * Unified identity (统一身份认证) in the browser: a person and a company log in at the province's
 * platform (the test OpenID provider of test/oidc-idp.ts, two ports after the server's, as
 * e2e/serve.mjs configures it), come back logged in, apply as the identity the platform proved, and
 * their cases reach the provincial platform's stand-in (the port after the server's); the person
 * logs out of both (single logout).
 */
import { expect, test, type Page } from '@playwright/test';
import { IDP_CLIENT, startIdp, type TestIdp } from '../test/oidc-idp.js';
import { actThroughApi, draftThroughApi, itemCode } from './helpers';

const PORT = Number(process.env.SHENPI_E2E_PORT ?? 3199);
const BUREAU = `http://localhost:${PORT}`;
const PLATFORM = `http://127.0.0.1:${PORT + 1}`;
let idp: TestIdp;

/** Log in at the platform's own page as `login`, coming back to `next`. */
async function platformLogin(page: Page, login: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByTestId('login-oidc').click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(`${BUREAU}${next}`);
}

/** Apply for 食品经营许可 as the logged-in account (through the API, as the wizard does) and submit; the case's 办件 record as the platform's stand-in received it. */
async function applyAndReport(page: Page, code: string) {
  const caseNo = await draftThroughApi(page.request, code);
  await actThroughApi(page.request, caseNo, 'submit');
  let record: Record<string, unknown> | undefined;
  await expect
    .poll(
      async () => {
        const got = ((await (await page.request.get(`${PLATFORM}/received`)).json()) as { received: { kind: string; record: Record<string, unknown> }[] }).received;
        record = got.find((r) => r.kind === 'banjian' && r.record.projid === caseNo)?.record;
        return record !== undefined;
      },
      { timeout: 60_000, intervals: [1_000] },
    )
    .toBe(true);
  for (const field of ['projid', 'serviceCode', 'applicant', 'applyTime', 'promiseDays', 'legalDays', 'steps']) expect(record?.[field], field).not.toBeNull();
  return record ?? {};
}

test.beforeAll(async () => {
  idp = await startIdp({ port: PORT + 2, redirectUri: `${BUREAU}/api/v1/auth/oidc/callback`, postLogoutRedirectUri: `${BUREAU}/` });
  expect(IDP_CLIENT.id).toBe('shenpi');
});
test.afterAll(async () => idp?.close());

test('a person logs in through 统一身份认证, sees 我的办件, applies (the case reaches the provincial platform masked as it requires), and logout ends the platform session too', async ({ page }) => {
  const food = await itemCode(page, '食品经营许可');
  await page.setViewportSize({ width: 390, height: 844 });
  // the platform's own login page, then back at the bureau, logged in as the person the platform proved
  await platformLogin(page, 'zhangsan', '/my/cases');
  await expect(page.getByRole('heading', { name: '我的办件' })).toBeVisible();
  await expect(page.getByTestId('portal-user')).toHaveAttribute('aria-label', /张三/);
  await expect(page.getByTestId('my-realname-level')).toContainText('二级');
  // the person applies; the platform gets the 办件 record with the applicant masked as it requires
  const record = await applyAndReport(page, food);
  expect(record.applicant).toMatchObject({ type: '1', idType: '111', name: '张*' });

  // logout: the platform asks to confirm its own logout, then sends the browser back to the bureau
  await page.getByTestId('portal-user').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/session/end`));
  await page.getByRole('button', { name: /sign me out/i }).click();
  await expect(page).toHaveURL(`${BUREAU}/`);
  await expect(page.getByTestId('portal-login-link')).toBeVisible();
  // the platform forgot the browser: logging in again asks for the login
  await page.goto('/login');
  await page.getByTestId('login-oidc').click();
  await expect(page.locator('input[name="login"]')).toBeVisible();
});

test('a company logs in through 统一身份认证 with its handler, applies as itself, and the case reaches the provincial platform', async ({ page }) => {
  const food = await itemCode(page, '食品经营许可');
  await platformLogin(page, 'daizong', '/my/cases');
  await expect(page.getByTestId('portal-user')).toHaveAttribute('aria-label', /泰安岱宗新材料科技有限公司/);
  const record = await applyAndReport(page, food);
  expect(record.applicant).toMatchObject({ type: '2', idType: '001', idCode: '91370900MA3PRJ001T' });
});
