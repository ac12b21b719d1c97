/**
 * Unified identity (统一身份认证) in the browser: a person logs in at the province's platform (the
 * test OpenID provider of test/oidc-idp.ts, two ports after the server's (the next is the provincial platform's stand-in), as e2e/serve.mjs
 * configures it), comes back logged in to 我的办件, and logs out of both (single logout).
 */
import { expect, test } from '@playwright/test';
import { IDP_CLIENT, startIdp, type TestIdp } from '../test/oidc-idp.js';

const PORT = Number(process.env.SHENPI_E2E_PORT ?? 3199);
const BUREAU = `http://localhost:${PORT}`;
let idp: TestIdp;

test.beforeAll(async () => {
  idp = await startIdp({ port: PORT + 2, redirectUri: `${BUREAU}/api/v1/auth/oidc/callback`, postLogoutRedirectUri: `${BUREAU}/` });
  expect(IDP_CLIENT.id).toBe('shenpi');
});
test.afterAll(async () => idp?.close());

test('a person logs in through 统一身份认证, sees 我的办件, and logout ends the platform session too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/login?next=/my/cases');
  await page.getByTestId('login-oidc').click();
  // the platform's own login page
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill('zhangsan');
  await page.locator('input[name="password"]').fill('any-password');
  await page.locator('button[type="submit"]').click();
  // back at the bureau, logged in as the person the platform proved
  await expect(page).toHaveURL(`${BUREAU}/my/cases`);
  await expect(page.getByRole('heading', { name: '我的办件' })).toBeVisible();
  await expect(page.getByTestId('portal-user')).toHaveAttribute('aria-label', /张三/);
  await expect(page.getByTestId('my-realname-level')).toContainText('二级');

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
