/**
 * The app with the unified payment platform's stand-in (`shenpi pay-sim`, in process), listening on a
 * loopback port so the platform's callbacks reach it; the service clock is the test's.
 */
import { startPaySim, type PaySim } from '../src/cli/pay-sim.js';
import { createTestApp, type TestContext } from './harness.js';
import { freePort } from './ports.js';

/** The merchant's shared secret (Standard Webhooks form) the app and the stand-in both hold. */
export const PAY_SECRET = 'whsec_dGVzdC1wYXktc2VjcmV0LWZvci1zaGVucGktZmVlcw==';

export async function feeApp(now: () => Date): Promise<{ t: TestContext; sim: PaySim; base: string }> {
  const sim = await startPaySim({ port: 0, merchantId: 'TA-SPJ', secret: PAY_SECRET, retryMs: 100 });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t = await createTestApp({ SHENPI_PAY_URL: sim.url, SHENPI_PAY_SECRET: PAY_SECRET, SHENPI_PUBLIC_URL: base }, { now });
  await t.app.listen({ port, host: '127.0.0.1' });
  return { t, sim, base };
}
