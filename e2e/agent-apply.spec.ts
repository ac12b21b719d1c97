/**
 * Issue 15 item 1: an agent (代办员) applies for a company only under one of their registered,
 * valid authorisations; the company on the case is the letter's, not typed.
 */
import { expect, test } from '@playwright/test';
import { itemCode, login } from './helpers';

test('an agent picks a registered authorisation and the draft names its company', async ({ page }) => {
  // an item with the general form (食品经营许可 has its own 申请表 since issue 23)
  const code = await itemCode(page, '农药经营许可');
  await login(page, 'agent1', false);
  const mine = (await (await page.request.get('/api/v1/agency/authorisations')).json()) as { items: { id: string; companyName: string; state: string; scope: string }[] };
  const letter = mine.items.find((a) => a.state === 'valid' && a.scope === 'all');
  expect(letter).toBeTruthy();
  await page.goto(`/apply/${encodeURIComponent(code)}`);
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'party');
  // no letter chosen: the step does not go on
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'party');
  await page.getByTestId('party-authorisation').click();
  await page.locator('.ant-select-item-option').filter({ hasText: letter?.companyName ?? '' }).first().click();
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'situations');
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-prefilled')).toContainText('授权委托书上的企业信息');
  await page.getByTestId('apply-field-project').fill('代办测试门店');
  await page.getByTestId('apply-next').click();
  await expect(page.getByTestId('apply-step')).toHaveAttribute('data-step', 'materials');
  await expect(page.getByTestId('apply-wizard')).toHaveAttribute('data-case-no', /^TA\d{4}-\d{6}$/);
  const caseNo = await page.getByTestId('apply-wizard').getAttribute('data-case-no');
  const draft = await (await page.request.get(`/api/v1/cases/${caseNo}`)).json();
  expect([draft.channel, draft.authorisationId, draft.applicant.name]).toEqual(['agent', letter?.id, letter?.companyName]);
  // the rest of the form was prefilled from the authorising company's own earlier cases
  const prefill = (await (await page.request.get(`/api/v1/cases/prefill?${new URLSearchParams({ itemCode: code, authorisationId: letter?.id ?? '' }).toString()}`)).json()) as { form: Record<string, unknown> };
  expect(draft.form).toEqual({ ...prefill.form, 项目名称: '代办测试门店' });
  await page.screenshot({ path: 'tmp/e2e-results/agent-apply.png' });
});
