/**
 * Liveness, readiness and Prometheus metrics.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import client from 'prom-client';
import { z } from 'zod';
import type { AppDeps } from '../../deps.js';
import { safeEqual } from '../../platform/auth.js';
import { forbidden, unauthenticated } from '../../platform/errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A gauge other modules report through /metrics, read when Prometheus scrapes. */
export interface GaugeSource {
  name: string;
  help: string;
  labelNames?: string[];
  /** label values → value, e.g. [{ labels: { status: 'dead' }, value: 3 }] */
  read: () => Promise<{ labels?: Record<string, string>; value: number }[]>;
}

/** Not encapsulated (fastify-plugin), so the metrics hook sees every route of the app. */
export const systemRoutes = fp<{ deps: AppDeps; gauges?: GaugeSource[] }>(systemPlugin);

async function systemPlugin(root: FastifyInstance, { deps, gauges = [] }: { deps: AppDeps; gauges?: GaugeSource[] }) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: 'shenpi_' });
  for (const g of gauges)
    new client.Gauge({
      name: g.name,
      help: g.help,
      labelNames: g.labelNames ?? [],
      registers: [registry],
      async collect() {
        this.reset();
        for (const v of await g.read()) (v.labels ? this.set(v.labels, v.value) : this.set(v.value));
      },
    });
  const httpDuration = new client.Histogram({
    name: 'shenpi_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    httpDuration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/healthz', { schema: { tags: ['system'], summary: '进程存活', response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({
    status: 'ok' as const,
  }));

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['system'],
        summary: '可以接收请求（数据库可用）',
        response: { 200: z.object({ status: z.literal('ready'), database: z.string() }), 503: z.object({ status: z.literal('unavailable'), database: z.string() }) },
      },
    },
    async (_req, reply) => {
      try {
        await sql`SELECT 1`.execute(deps.database.db);
        return { status: 'ready' as const, database: deps.database.kind };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const, database: deps.database.kind });
      }
    },
  );

  // the figures name routes, queues and failing regulators: only Prometheus with the token, or a caller on this machine
  app.get('/metrics', { schema: { tags: ['system'], summary: 'Prometheus 指标（SHENPI_METRICS_TOKEN 或本机）', hide: true } }, async (req, reply) => {
    const token = deps.config.metricsToken;
    const allowed = token ? safeEqual(req.headers.authorization ?? '', `Bearer ${token}`) : LOOPBACK.has(req.ip);
    if (!allowed) throw token ? unauthenticated() : forbidden('指标仅限本机或凭 SHENPI_METRICS_TOKEN 读取');
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
