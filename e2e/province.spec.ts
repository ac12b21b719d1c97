import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { actThroughApi, draftThroughApi, itemCode, login } from './helpers';

const SHOTS = 'tmp/province-shots';
// e2e/serve.mjs starts the provincial platform's stand-in on the port after the server's
const SIM = `http://127.0.0.1:${Number(process.env.SHENPI_E2E_PORT ?? 3199) + 1}`;

type Received = { kind: string; record: Record<string, unknown>; receiptId: string };
const received = async (page: Page) => ((await (await page.request.get(`${SIM}/received`)).json()) as { received: Received[] }).received;


test('省平台: a decided case reaches the stand-in platform with every field, its licence the library; the admin reconciles on a phone; the licence is reused in a second application', async ({ page }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const food = await itemCode(page, '食品经营许可');
  const change = await itemCode(page, '食品经营许可变更');

  // ---- applicant1 applies (through the API, as the wizard does), the clerk accepts, the chief approves
  await login(page, 'applicant1', false);
  const caseNo = await draftThroughApi(page.request, food);
  await actThroughApi(page.request, caseNo, 'submit');
  await login(page, 'clerk1');
  await actThroughApi(page.request, caseNo, 'accept');
  await login(page, 'chief1');
  await actThroughApi(page.request, caseNo, 'approve', { opinion: '符合条件，准予许可' });

  // ---- the platform receives the 办件 records up to 办结, and the library the licence, each field checked by the stand-in's schema
  let licenceNo = '';
  await expect
    .poll(
      async () => {
        const got = await received(page);
        const end = got.find((r) => r.kind === 'banjian' && r.record.projid === caseNo && r.record.status === '3');
        licenceNo = String(got.find((r) => r.kind === 'licence' && r.record.projid === caseNo)?.record.licenceNo ?? '');
        return Boolean(end) && licenceNo !== '';
      },
      { timeout: 90_000, intervals: [1_000] },
    )
    .toBe(true);
  const records = (await received(page)).filter((r) => r.kind === 'banjian' && r.record.projid === caseNo).map((r) => r.record);
  expect(records.map((r) => r.status)).toEqual(['1', '2', '3']);
  expect(records.at(-1)).toMatchObject({ serviceCode: food, result: '1', applicant: { type: '1', idType: '111' } });
  for (const field of ['projid', 'serviceCode', 'applicant', 'applyTime', 'acceptTime', 'finishTime', 'result', 'promiseDays', 'legalDays', 'steps']) expect(records.at(-1)?.[field], field).not.toBeNull();

  // ---- the administrator reconciles on a phone: the case's records, acknowledged with their receipts
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, 'admin');
  await page.goto('/admin/province');
  await page.getByPlaceholder('办件编号或证照编号').fill(caseNo);
  await page.getByPlaceholder('办件编号或证照编号').press('Enter');
  const list = page.getByTestId('province-pushes');
  await expect(list.getByText('已接收')).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/province-admin-390.png`, fullPage: true });

  // ---- at a second application the licence from the library stands for 原食品经营许可证件, with consent
  await login(page, 'applicant1', false);
  const second = await page.request.post('/api/v1/cases', { data: { itemCode: change } });
  expect(second.status(), await second.text()).toBe(201);
  const secondNo = ((await second.json()) as { caseNo: string }).caseNo;
  await page.goto(`/apply/${encodeURIComponent(change)}?case=${secondNo}`);
  const library = page.getByTestId('library-licences');
  await expect(library).toBeVisible({ timeout: 30_000 });
  await library.getByTestId('library-use').filter({ hasText: licenceNo }).click();
  await page.getByTestId('library-consent').check();
  await page.getByTestId('library-consent-ok').click();
  await expect(library.getByTestId('library-used')).toContainText(licenceNo);
  const code = await library.getByTestId('library-material').first().getAttribute('data-code');
  await expect(page.locator(`[data-testid="upload-row"][data-code="${code}"]`)).toHaveAttribute('data-state', 'uploaded');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/library-apply-390.png`, fullPage: true });
  const uses = (await (await page.request.get(`/api/v1/province/cases/${secondNo}/licence-uses`)).json()) as { items: { licenceNo: string; version: number }[] };
  expect(uses.items.map((u) => [u.licenceNo, u.version])).toEqual([[licenceNo, 1]]);
});
