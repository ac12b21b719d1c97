// Each role lands on its own work after logging in (issue #14: inspectors and regulators landed on an empty 联席会议 page).
import { expect, test } from '@playwright/test';
import { login } from './helpers';

const HOMES: [string, RegExp, string][] = [
  ['regulator1', /\/admin\/supervision$/, 'menu-supervision'],
  ['inspector1', /\/admin\/inspections\/tasks$/, 'menu-inspectionTasks'],
  ['director1', /\/admin\/director$/, 'menu-director'],
];

test('each role lands on its own work', async ({ page }) => {
  for (const [user, home, menu] of HOMES) {
    await login(page, user);
    await expect(page, user).toHaveURL(home);
    await expect(page.getByTestId(menu)).toBeVisible();
  }
});
