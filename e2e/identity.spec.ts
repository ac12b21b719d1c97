/**
 * Issue 15 item 1: a window clerk checks an applicant's ID card at the counter and binds it to the
 * account from 窗口受理; a number that is not the account's is refused.
 */
import { expect, test } from '@playwright/test';
import { login } from './helpers';

test('a window clerk verifies an applicant’s identity at the counter', async ({ page, request }) => {
  const idNumber = '11010119900307447' + '7';
  const reg = await request.post('/api/v1/auth/register', { data: { username: 'e2e-identity', password: 'Tai-shan#Peak9', displayName: '核验测试', kind: 'person', idNumber } });
  expect(reg.status()).toBe(201);
  await login(page, 'clerk1');
  await page.goto('/admin/window');
  await page.getByTestId('identity-verify-open').click();
  await page.getByTestId('identity-username').fill('e2e-identity');
  await page.getByTestId('identity-number').fill('370902198506123019');
  await page.getByRole('button', { name: '核验并绑定' }).click();
  await expect(page.getByTestId('api-error')).toBeVisible();
  await page.getByTestId('identity-number').fill(idNumber);
  await page.getByRole('button', { name: '核验并绑定' }).click();
  await expect(page.getByText('已核验并绑定申请人身份')).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/identity-verified.png' });
});
