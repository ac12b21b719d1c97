/**
 * Browser-facing defences on every response and every state-changing request (docs/threat-model.md):
 * - security headers (@fastify/helmet): a CSP the web app passes as built (no inline script; antd's
 *   CSS-in-JS needs inline styles), nobody may frame a page (frame-ancestors 'none', X-Frame-Options DENY),
 *   nosniff, Referrer-Policy no-referrer; HSTS and upgrade-insecure-requests only when the public URL is https;
 * - a cross-site request check: a POST/PUT/PATCH/DELETE whose Sec-Fetch-Site is not same-origin (or none,
 *   typed by the user) or whose Origin is not the app's own is refused with 403 before anything runs.
 *   Callers that send neither header (curl, the regulators' systems, the CLI) are not browsers and pass.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from './errors.js';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SecurityOptions {
  /** the address people reach the system at (config.publicUrl) */
  publicUrl: string;
}

/** Whether a state-changing request comes from a page of this app (or from no browser at all). */
export function sameOriginRequest(request: FastifyRequest, publicUrl: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return false;
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const own = new Set([new URL(publicUrl).origin, `${request.protocol}://${request.host}`]);
  return own.has(origin);
}

export const securityPlugin = fp(async (app: FastifyInstance, opts: SecurityOptions) => {
  const https = opts.publicUrl.startsWith('https:');
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // blob: for files the app made itself (the template editor's PDF preview)
        connectSrc: ["'self'", 'blob:'],
        // the template editor previews its PDF from a blob: URL in a frame
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // the regulators' systems and the browser fetch only from this origin; nothing is shared cross-origin
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method) || request.headers.authorization?.startsWith('Bearer ')) return;
    if (!sameOriginRequest(request, opts.publicUrl)) throw new DomainError('REQUEST.CROSS_SITE', 403, '跨站请求已拒绝：请从本系统的页面提交', [], `Origin ${request.headers.origin ?? '-'}, Sec-Fetch-Site ${String(request.headers['sec-fetch-site'] ?? '-')}`);
  });
});
