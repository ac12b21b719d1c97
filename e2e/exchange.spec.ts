import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { login } from './helpers';

const SHOTS = 'tmp/exchange-shots';

/** A regulator's receiving system on this machine: answers 204 and keeps what it got. */
function regulator() {
  const got: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  return new Promise<{ url: string; got: typeof got; close: () => void }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`, got, close: () => server.close() })),
  );
}

/** A valid food business licence (食品经营许可, regulated by 市场监督管理局 TA-R20); the demo's are issued in the background after start. */
async function foodLicence(page: Page): Promise<string> {
  let no = '';
  await expect
    .poll(
      async () => {
        const res = await page.request.get('/api/v1/licences', { params: { item: '食品经营许可', status: 'valid', pageSize: '5' } });
        no = ((await res.json()) as { items: { no: string }[] }).items[0]?.no ?? '';
        return no;
      },
      { timeout: 120_000, intervals: [2_000] },
    )
    .not.toBe('');
  return no;
}

test('数据交换: admin registers a regulator, its revocation request waits for the director, the revocation reaches the regulator signed, the log verifies', async ({ page }) => {
  // the demo's licences are issued in the background after the server starts
  test.setTimeout(240_000);
  const reg = await regulator();
  try {
    // the admin registers the regulator's endpoint; the signing secret is shown once
    await login(page, 'admin');
    await page.goto('/admin/exchange');
    await page.getByTestId('exchange-subscribe').click();
    const dialog = page.getByRole('dialog', { name: '登记接收地址' });
    await dialog.getByLabel('监管部门').fill('市场监督');
    await page.getByTitle('泰安市市场监督管理局').click();
    await dialog.getByLabel('名称').fill('市场监管局监管平台');
    await dialog.getByLabel('接收地址（https）').fill(reg.url);
    await dialog.getByRole('button', { name: /创\s*建/ }).click();
    const secret = (await page.getByTestId('exchange-secret').innerText()).trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: /知道了|OK|确定/ }).click();
    await page.getByRole('tab', { name: '订阅' }).click();
    await expect(page.getByRole('row', { name: /市场监管局监管平台/ })).toBeVisible();
    const key = ((await (await page.request.post('/api/v1/api-keys', { data: { name: '市场监管局监管平台', departmentCode: 'TA-R20' } })).json()) as { key: string }).key;

    // the regulator asks to revoke a licence: signed with its secret, sent with its key
    await login(page, 'director1');
    const no = await foodLicence(page);
    const message = JSON.stringify({ messageId: `E2E-${Date.now()}`, type: 'revoke_request', licenceNo: no, occurredOn: '2026-11-25', reason: '复查仍不合格，请求吊销' });
    const msgId = `msg_${Date.now()}`;
    const receipt = await page.request.post('/api/v1/exchange/inbound', {
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'webhook-id': msgId, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': new Webhook(secret).sign(msgId, new Date(), message) },
      data: message,
    });
    expect(receipt.status(), await receipt.text()).toBe(200);
    expect(((await receipt.json()) as { status: string }).status).toBe('awaiting_confirmation');

    // the director sees it waiting on 证照管理 and confirms with a note
    await page.goto('/admin/licences');
    const request = page.locator('[data-testid="revocation-request"]').filter({ hasText: no });
    await expect(request).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/revocation-requests.png`, fullPage: true });
    await request.getByTestId('revocation-confirm').click();
    await page.getByTestId('revocation-note').fill('经复核，依法吊销');
    await page.getByTestId('revocation-decision-ok').click();
    await expect(request).toHaveCount(0);
    await page.goto(`/admin/licences?no=${no}`);
    await expect(page.getByTestId('licence-drawer')).toHaveAttribute('data-status', 'revoked');
    await expect(page.getByTestId('licence-feedback')).toContainText('经复核，依法吊销');

    // the revocation reaches the regulator as a signed CloudEvent
    await expect.poll(() => reg.got.filter((g) => g.body.includes('licence.revoked') && g.body.includes(no)).length, { timeout: 30_000 }).toBe(1);
    const event = reg.got.find((g) => g.body.includes('licence.revoked')) ?? { headers: {}, body: '' };
    const verified = new Webhook(secret).verify(event.body, Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(event.headers[h])]))) as { subject: string };
    expect(verified.subject).toBe(no);

    // the admin sees the message handled and checks the exchange log's chain
    await login(page, 'admin');
    await page.goto('/admin/exchange');
    await page.getByRole('tab', { name: '监管结果反馈' }).click();
    await expect(page.getByRole('row', { name: new RegExp(no) })).toContainText('已处理');
    await page.getByTestId('exchange-verify-log').click();
    await expect(page.getByTestId('exchange-log-check')).toHaveAttribute('data-ok', 'true');
    await page.screenshot({ path: `${SHOTS}/exchange.png`, fullPage: true });
  } finally {
    reg.close();
  }
});
