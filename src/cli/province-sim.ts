/**
 * `shenpi province-sim`: a stand-in for the provincial platform (全国一体化政务服务平台 办件数据汇聚,
 * the 好差评 system) and its e-licence library (电子证照库), for demonstrations and tests. It
 * checks each request as docs/province-platform.md describes: the app id, the HMAC-SHA256
 * signature over the body's digest, a fresh timestamp and an unused nonce; then every field of
 * the record against the JSON Schema written from that document (province-records.schema.json,
 * validated with ajv, not with Shenpi's own mapping) and the rules between fields. It answers a
 * receipt per record: accepted with a receipt id, or rejected with the reason and the fields.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Command } from 'commander';
import { signingString } from '../server/modules/province/province.client.js';

const SCHEMA = JSON.parse(fs.readFileSync(new URL('./province-records.schema.json', import.meta.url), 'utf8')) as { $id: string };
const addFormats = addFormatsModule as unknown as (ajv: Ajv, formats: string[]) => Ajv;
const SKEW_MS = 5 * 60_000;

/** The paths it serves: the platform's two, and the library's under /library (SHENPI_PROVINCE_LIBRARY_URL unset). */
const PROVINCE_PATHS = { banjian: '/banjian', rating: '/haochaping', licence: '/library/licences' } as const;
type Kind = keyof typeof PROVINCE_PATHS;

export interface ReceivedRecord {
  kind: Kind;
  record: Record<string, unknown>;
  receiptId: string;
  at: string;
}

export interface RejectedRecord {
  kind: Kind;
  record: unknown;
  reason: string;
  errors: { field: string; message: string }[];
}

export interface ProvinceSimOptions {
  port: number;
  appId: string;
  appSecret: string;
  /** answer 503 to this many record requests first (to watch the retries) */
  failFirst?: number;
}

export interface ProvinceSim {
  /** the platform's base URL (SHENPI_PROVINCE_URL); the library is under it at /library */
  url: string;
  received: ReceivedRecord[];
  rejected: RejectedRecord[];
  /** answer 503 to every record while down (the platform is unreachable) */
  setDown(down: boolean): void;
  /** reject records whose recordId is listed, with this reason (a platform's business refusal) */
  refuse(recordId: string, reason: string): void;
  close(): Promise<void>;
}

function validators(): Record<Kind, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'date-time']);
  ajv.addSchema(SCHEMA);
  const get = (name: string) => {
    const v = ajv.getSchema(`${SCHEMA.$id}#/definitions/${name}`);
    if (!v) throw new Error(`schema ${name} missing`);
    return v;
  };
  return { banjian: get('banjian'), rating: get('rating'), licence: get('licence') };
}

/** Rules between fields the schema cannot say. */
function crossFieldErrors(kind: Kind, r: Record<string, unknown>): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (kind === 'banjian') {
    if (r.recordId !== `${String(r.projid)}-${String(r.dataVersion)}`) out.push({ field: 'recordId', message: '应为 办件编号-数据版本' });
    const finished = r.status === '3';
    if (finished !== (r.result !== null)) out.push({ field: 'result', message: '办结的办件须有办理结果，未办结的不得有' });
    if (finished !== (r.finishTime !== null)) out.push({ field: 'finishTime', message: '办结的办件须有办结时间，未办结的不得有' });
    if (r.status !== '1' && r.result !== '3' && r.result !== '4' && r.acceptTime === null) out.push({ field: 'acceptTime', message: '已受理的办件须有受理时间' });
    if (typeof r.promiseDays === 'number' && typeof r.legalDays === 'number' && r.promiseDays > r.legalDays) out.push({ field: 'promiseDays', message: '承诺时限不得长于法定时限' });
    const steps = r.steps as { seq: number; time: string }[];
    steps.forEach((s, i) => {
      const prev = steps[i - 1];
      if (prev && (s.seq <= prev.seq || Date.parse(s.time) < Date.parse(prev.time))) out.push({ field: `steps/${i}`, message: '办理环节应按顺序' });
    });
    if (steps.at(-1)?.seq !== r.dataVersion) out.push({ field: 'dataVersion', message: '应为最后一个办理环节的序号' });
  }
  if (kind === 'licence' && r.recordId !== `${String(r.licenceNo)}-${String(r.version)}-${String(r.operation)}`) out.push({ field: 'recordId', message: '应为 证照编号-版本-操作' });
  return out;
}

/** Start the stand-in; `url` is the base to configure (SHENPI_PROVINCE_URL). */
export async function startProvinceSim(o: ProvinceSimOptions): Promise<ProvinceSim> {
  const check = validators();
  const received: ReceivedRecord[] = [];
  const rejected: RejectedRecord[] = [];
  const byRecord = new Map<string, { body: string; receiptId: string }>();
  const refusals = new Map<string, string>();
  const nonces = new Set<string>();
  let failures = o.failFirst ?? 0;
  let down = false;
  const answer = (res: http.ServerResponse, status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  const reject = (res: http.ServerResponse, kind: Kind, record: unknown, reason: string, errors: { field: string; message: string }[]) => {
    rejected.push({ kind, record, reason, errors });
    answer(res, 200, { code: '4001', accepted: false, reason, errors });
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://sim');
      if (req.method === 'GET' && url.pathname === '/received') return answer(res, 200, { received, rejected });
      const body = Buffer.concat(chunks).toString('utf8');
      const h = (name: string) => String(req.headers[name] ?? '');
      if (h('x-app-id') !== o.appId) return answer(res, 401, { code: '401', message: '应用标识无效' });
      const expected = crypto.createHmac('sha256', o.appSecret).update(signingString(h('x-app-id'), h('x-timestamp'), h('x-nonce'), body)).digest('hex');
      const given = h('x-signature');
      if (given.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return answer(res, 401, { code: '401', message: '签名无效' });
      if (!/^\d{10}$/.test(h('x-timestamp')) || Math.abs(Number(h('x-timestamp')) * 1000 - Date.now()) > SKEW_MS) return answer(res, 401, { code: '401', message: '时间戳过期' });
      if (!/^[\w-]{16,64}$/.test(h('x-nonce')) || nonces.has(h('x-nonce'))) return answer(res, 401, { code: '401', message: '随机数无效或已使用' });
      nonces.add(h('x-nonce'));
      // the library's query: a holder's licences, newest version of each (免证办)
      if (req.method === 'GET' && url.pathname === PROVINCE_PATHS.licence) {
        if (down) return answer(res, 503, { code: '503', message: '服务暂不可用' });
        const holder = url.searchParams.get('holderId');
        const latest = new Map<string, Record<string, unknown>>();
        for (const r of received) if (r.kind === 'licence' && (r.record.holder as { idCode: string }).idCode === holder) latest.set(String(r.record.licenceNo), r.record);
        return answer(res, 200, { code: '0', items: [...latest.values()] });
      }
      const kind = (Object.keys(PROVINCE_PATHS) as Kind[]).find((k) => PROVINCE_PATHS[k] === url.pathname);
      if (req.method !== 'POST' || !kind) return answer(res, 404, { code: '404', message: '接口不存在' });
      if (down || failures > 0) {
        if (failures > 0) failures--;
        return answer(res, 503, { code: '503', message: '服务暂不可用' });
      }
      let record: unknown;
      try {
        record = JSON.parse(body);
      } catch {
        return reject(res, kind, body, '报文不是有效的 JSON', []);
      }
      const validate = check[kind];
      if (!validate(record)) {
        const errors = (validate.errors ?? []).map((e) => ({ field: e.instancePath || '/', message: e.message ?? '不符合要求' }));
        return reject(res, kind, record, `字段校验未通过：${errors.map((e) => e.field).join('、')}`, errors);
      }
      const r = record as Record<string, unknown>;
      const cross = crossFieldErrors(kind, r);
      if (cross.length) return reject(res, kind, record, `字段校验未通过：${cross.map((e) => e.message).join('；')}`, cross);
      const id = String(r.recordId);
      const refusal = refusals.get(id);
      if (refusal) {
        refusals.delete(id);
        return reject(res, kind, record, refusal, []);
      }
      const seen = byRecord.get(id);
      // the same record again is the same receipt; another body under the same id is refused
      if (seen && seen.body !== body) return reject(res, kind, record, '记录编号已使用，内容不同', [{ field: '/recordId', message: '重复' }]);
      const receiptId = seen?.receiptId ?? `R${Date.now()}${String(received.length + 1).padStart(6, '0')}`;
      if (!seen) {
        byRecord.set(id, { body, receiptId });
        received.push({ kind, record: r, receiptId, at: new Date().toISOString() });
      }
      answer(res, 200, { code: '0', accepted: true, receiptId });
    });
  });
  await new Promise<void>((resolve) => server.listen(o.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    rejected,
    setDown: (d) => (down = d),
    refuse: (recordId, reason) => refusals.set(recordId, reason),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function registerProvinceSim(program: Command) {
  program
    .command('province-sim')
    .description('run a stand-in for the provincial platform (办件数据汇聚, 好差评) and its e-licence library that checks the signature and every field of each record and answers receipts (GET /received lists what it accepted and rejected)')
    .option('--port <n>', 'port to listen on', '4300')
    .option('--app-id <id>', 'the app id it knows', 'shenpi-sim')
    .option('--app-secret <secret>', 'its secret', 'sim-province-secret')
    .option('--fail-first <n>', 'answer 503 to the first n records', '0')
    .action(async (opts: { port: string; appId: string; appSecret: string; failFirst: string }) => {
      const sim = await startProvinceSim({ port: Number(opts.port), appId: opts.appId, appSecret: opts.appSecret, failFirst: Number(opts.failFirst) });
      console.log(`provincial platform stand-in listening: SHENPI_PROVINCE_URL=${sim.url} SHENPI_PROVINCE_APP_ID=${opts.appId} SHENPI_PROVINCE_APP_SECRET=${opts.appSecret}`);
    });
}
