/**
 * Signing benchmark (issue #15, ADR 0020): the bureau's seal — an Ed25519 and an SM2 (SM3withSM2)
 * signature over the same bytes — per second, and the SM2 check alone. Baseline, in the same
 * process and run: a bare Ed25519 signature with node:crypto over the same bytes (what the seal
 * cost before SM2 came). The payload is a licence's canonical JSON (~1 KB).
 *
 * Usage: npx tsx bench/signing.bench.ts        (BENCH_SIGNATURES=2000 sets the number of seals)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../src/server/platform/migrate.js';
import { KeyRing, verifyWithKey } from '../src/server/platform/signing.js';
import { openScratch } from './scratch-db.js';

const N = Math.max(100, Number(process.env.BENCH_SIGNATURES ?? 2000));
const payload = Buffer.from(
  JSON.stringify({
    no: 'TAXK20260000123',
    itemName: '食品经营许可',
    holder: { name: '泰安市岱岳区示范餐饮有限公司', creditCode: '91370911MA3C0D1X2Y' },
    scope: '热食类食品制售、冷食类食品制售、自制饮品制售'.repeat(8),
    validFrom: '2026-12-07',
    validTo: '2031-12-06',
    issuer: '泰安市行政审批服务局',
  }),
);

const { database, cleanup } = await openScratch();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shenpi-bench-keys-'));
try {
  await migrate(database);
  const ring = await KeyRing.open(database.db, { dataDir });
  const sm2Key = (await ring.keys()).find((k) => k.keyId === ring.sm2KeyId);
  if (!sm2Key) throw new Error('the SM2 key is not published');
  const ed = crypto.generateKeyPairSync('ed25519').privateKey;
  const time = (f: () => void) => {
    for (let i = 0; i < Math.min(50, N); i++) f(); // warm up (the SM2 library precomputes its tables)
    const t = performance.now();
    for (let i = 0; i < N; i++) f();
    return (performance.now() - t) / N;
  };
  const bare = time(() => crypto.sign(null, payload, ed));
  let seal = ring.sign(payload);
  const sealed = time(() => {
    seal = ring.sign(payload);
  });
  let ok = true;
  const checked = time(() => {
    ok &&= verifyWithKey({ keyId: sm2Key.keyId, algorithm: 'SM2', publicKey: sm2Key.publicKey }, payload, seal.sm2.signature);
  });
  if (!ok) throw new Error('an SM2 signature did not verify');
  const row = (name: string, ms: number) => console.log(`${name.padEnd(34)} ${ms.toFixed(3).padStart(8)} ms  ${Math.round(1000 / ms).toLocaleString('en').padStart(8)}/s  ${(ms / bare).toFixed(1).padStart(7)}× baseline`);
  console.log(`signing ${N} times a ${payload.length}-byte payload (node ${process.version})`);
  row('baseline: bare Ed25519 (node)', bare);
  row('seal: Ed25519 + SM2 (KeyRing.sign)', sealed);
  row('SM2 check (verifyWithKey)', checked);
} finally {
  await cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
