/**
 * Where a regulator's endpoint may be reached (docs/threat-model.md, webhooks): only public unicast
 * addresses, every address the name resolves to checked, and the POST connected to the very
 * address that was checked — no second DNS resolution between the check and the connection
 * (DNS rebinding), no redirect followed.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import net from 'node:net';

/** Addresses an endpoint may never reach: private, shared, link-local (cloud metadata), multicast, reserved, and IPv6 forms that embed IPv4 (NAT64, 6to4, Teredo, compatible, translated). */
const REFUSED = new net.BlockList();
for (const [a, p] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['192.0.0.0', 24], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const)
  REFUSED.addSubnet(a, p, 'ipv4');
for (const [a, p] of [
  ['::', 96], // unspecified and IPv4-compatible (::a.b.c.d)
  ['::ffff:0:0:0', 96], // IPv4-translated (SIIT)
  ['64:ff9b::', 96], // NAT64 well-known prefix
  ['64:ff9b:1::', 48], // NAT64 local-use
  ['100::', 64], // discard-only
  ['2001::', 32], // Teredo
  ['2002::', 16], // 6to4
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some stacks)
  ['ff00::', 8], // multicast
] as const)
  REFUSED.addSubnet(a, p, 'ipv6');
const LOOPBACK = new net.BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** Why `address` may not be reached, or null; IPv4-mapped IPv6 (::ffff:a.b.c.d, ::ffff:7f00:1) is judged as its IPv4. */
export function refusedAddress(address: string, allowLoopback: boolean): string | null {
  const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
  if (!family) return `地址 ${address} 无效`;
  // BlockList matches IPv4 rules against IPv4-mapped IPv6 addresses in either spelling
  if (LOOPBACK.check(address, family)) return allowLoopback ? null : `地址 ${address} 是本机地址`;
  if (REFUSED.check(address, family)) return `地址 ${address} 属于内网或保留地址段`;
  return null;
}

/** A resolved, checked address to connect to. */
export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/** The answer of one POST: status and the first bytes of the body. */
export interface PostAnswer {
  status: number;
  excerpt: string;
}

/** POST `body` to `url`, connecting to `to` only (the name is kept for the Host header, SNI and the certificate). */
export function postPinned(url: URL, to: CheckedAddress, opts: { headers: Record<string, string>; body: string; timeoutMs: number; excerptBytes: number }): Promise<PostAnswer> {
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: to.address, family: to.family }]);
    else callback(null, to.address, to.family);
  };
  const send = url.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      { method: 'POST', headers: { ...opts.headers, 'content-length': String(Buffer.byteLength(opts.body)) }, lookup, signal: AbortSignal.timeout(opts.timeoutMs) },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < opts.excerptBytes) chunks.push(c);
          size += c.length;
          // enough for the excerpt: the rest is not read
          if (size >= opts.excerptBytes) res.destroy();
        });
        const done = () => resolve({ status: res.statusCode ?? 0, excerpt: Buffer.concat(chunks).toString('utf8').slice(0, opts.excerptBytes) });
        res.on('end', done);
        res.on('close', done);
        res.on('error', done);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
