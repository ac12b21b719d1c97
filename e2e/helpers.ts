/** Steps the browser specs share: logging in, and uploading a material on the applicant's wizard. */
import { expect, type Page } from '@playwright/test';

/** The demo accounts' password (demo/accounts.json). */
export const PASSWORD = 'Taian@2018';

/** Logs in; staff land in the back office, applicants on the portal. */
export async function login(page: Page, username: string, staff = true) {
  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId(staff ? 'admin-user' : 'portal-user')).toBeVisible();
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
