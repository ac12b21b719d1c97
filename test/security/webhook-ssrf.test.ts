/**
 * Issue 15 item 11: regulator endpoints never reach internal addresses, whatever IPv6 spelling
 * embeds them, and a delivery connects to the address that was checked (no second DNS lookup).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/server/modules/calendar/calendar.service.js';
import { postPinned } from '../../src/server/modules/exchange/exchange.outbound.js';
import { ExchangeService } from '../../src/server/modules/exchange/exchange.service.js';
import { createTestApp, type TestContext } from '../harness.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const EMBEDDING = {
  'nat64.example.cn': '64:ff9b::a9fe:a9fe', // 169.254.169.254 through NAT64
  'nat64local.example.cn': '64:ff9b:1::a00:1',
  '6to4.example.cn': '2002:a9fe:a9fe::1',
  'compat.example.cn': '::a9fe:a9fe', // ::169.254.169.254
  'compat-dotted.example.cn': '::10.0.0.1',
  'mapped-hex.example.cn': '::ffff:7f00:1', // 127.0.0.1
  'translated.example.cn': '::ffff:0:a00:1', // ::ffff:0:10.0.0.1
  'sitelocal.example.cn': 'fec0::1',
  'teredo.example.cn': '2001:0:4136:e378:8000:63bf:3fff:fdd2',
};

describe('webhook endpoints', () => {
  const service = () =>
    new ExchangeService({
      db: t.database.db,
      licences: { act: () => Promise.reject(new Error('unused')) } as never,
      calendar: new CalendarService(t.database.db),
      keys: { sign: () => ({ keyId: 'x', signature: 'x' }) } as never,
      log: pino({ level: 'silent' }),
      now: () => new Date(),
      allowInsecure: false,
      alertAfter: 3,
      lookup: async (host) => {
        const a = (EMBEDDING as Record<string, string>)[host] ?? (host === 'public.example.cn' ? '2400:3200::1' : undefined);
        return a ? [a] : [];
      },
    });

  it.each(Object.keys(EMBEDDING))('refuses %s (an internal address inside an IPv6 form)', async (host) => {
    await expect(service().checkEndpoint(`https://${host}/hook`, 'url')).rejects.toMatchObject({ status: 400, code: 'EXCHANGE.BAD_ENDPOINT', errors: [{ path: 'url' }] });
  });

  it.each(['https://[64:ff9b::7f00:1]/x', 'https://[fec0::1]/x', 'https://[::ffff:0:a00:1]/x'])('refuses the literal %s', async (url) => {
    await expect(service().checkEndpoint(url, 'url')).rejects.toMatchObject({ status: 400 });
  });

  it('accepts a public IPv6 address and returns it as the one to connect to', async () => {
    await expect(service().checkEndpoint('https://public.example.cn/hook', 'url')).resolves.toMatchObject({ to: { address: '2400:3200::1', family: 6 } });
  });
});

describe('delivery connects to the checked address', () => {
  let server: http.Server;
  let port: number;
  const seen: { host?: string }[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ host: req.headers.host });
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'text/plain' }).end('receipt'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('a name that DNS would send elsewhere (or nowhere) is not resolved again: the checked address is used, the name kept for Host', async () => {
    const res = await postPinned(new URL(`http://rebind.invalid:${port}/hook`), { address: '127.0.0.1', family: 4 }, { headers: { 'content-type': 'application/json' }, body: '{}', timeoutMs: 5000, excerptBytes: 500 });
    expect(res).toEqual({ status: 200, excerpt: 'receipt' });
    expect(seen.at(-1)?.host).toBe(`rebind.invalid:${port}`);
  });
});
