/**
 * Compression of what the server writes per request (ADR 0024 decision 8): JSON answers of 1 kB or more and
 * index.html (src/server/platform/web-pages.ts), brotli or gzip as the browser accepts. The web app's assets are
 * compressed once by the build instead (@fastify/static's preCompressed). nginx in front does not compress.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

type Encoding = 'br' | 'gzip';

/** The encoding to answer `request` with, brotli first, or undefined when it accepts neither. */
export function acceptedEncoding(request: FastifyRequest): Encoding | undefined {
  const accept = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return undefined;
}

/** `body` compressed for the reply (sets Content-Encoding and Vary), or as it is when the browser takes neither. */
export async function compressed(request: FastifyRequest, reply: FastifyReply, body: string): Promise<string | Buffer> {
  const vary = reply.getHeader('vary');
  reply.header('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding');
  const encoding = acceptedEncoding(request);
  if (!encoding) return body;
  reply.header('content-encoding', encoding).removeHeader('content-length');
  // brotli's quality 5: near gzip -9's size at a fraction of quality 11's time (these are written per request)
  return encoding === 'br' ? brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzip(body);
}

/** JSON answers (problems too) of 1 kB or more leave compressed. */
export const compressJson = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if (typeof payload !== 'string' || payload.length < 1024 || reply.hasHeader('content-encoding')) return payload;
    if (!/[/+]json\b/.test(String(reply.getHeader('content-type') ?? ''))) return payload;
    return compressed(request, reply, payload);
  });
});
