/**
 * buildApp(deps) → the Fastify instance with every module; used by main.ts and by the tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './deps.js';
import { analyticsRoutes } from './modules/analytics/analytics.routes.js';
import { assessmentRoutes } from './modules/assessment/assessment.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { calendarRoutes } from './modules/calendar/calendar.routes.js';
import { casesRoutes } from './modules/cases/cases.routes.js';
import { catalogRoutes } from './modules/catalog/catalog.routes.js';
import { documentsRoutes } from './modules/documents/documents.routes.js';
import { exchangeRoutes } from './modules/exchange/exchange.routes.js';
import { regulatorsRoutes } from './modules/regulators/regulators.routes.js';
import { inspectionsRoutes } from './modules/inspections/inspections.routes.js';
import { expertsRoutes } from './modules/experts/experts.routes.js';
import { licencesRoutes } from './modules/licences/licences.routes.js';
import { appointmentRoutes } from './modules/hall/appointments.routes.js';
import { hallRoutes } from './modules/hall/hall.routes.js';
import { ratingRoutes } from './modules/hall/ratings.routes.js';
import { guideRoutes } from './modules/guide/guide.routes.js';
import { orgRoutes } from './modules/org/org.routes.js';
import { systemRoutes } from './modules/system/system.routes.js';
import { projectsRoutes } from './modules/projects/projects.routes.js';
import { noticesRoutes } from './modules/notices/notices.routes.js';
import { provinceRoutes } from './modules/province/province.routes.js';
import { feesRoutes } from './modules/fees/fees.routes.js';
import { authPlugin } from './platform/auth.js';
import { installErrorHandler, routeNotFound } from './platform/errors.js';
import { hygienePlugin } from './platform/hygiene.js';
import { openapiTransform, problemComponent } from './platform/openapi.js';
import { securityPlugin } from './platform/security.js';
import { webPages } from './platform/web-pages.js';
import { ERRORS, errorCodesDoc } from './errors.js';
import { createServices, type Services } from './services.js';

export type App = FastifyInstance;

// validation messages in zh-CN, like the rest of the API's errors
z.config(z.locales.zhCN());

/** The API docs' top-bar mark: the system's name, white on Swagger UI's dark bar. */
const DOCS_LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><text x="0" y="29" font-family="sans-serif" font-size="24" font-weight="600" fill="#ffffff">审批 Shenpi</text></svg>`;

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** Build the whole HTTP application; `services` are built here unless the caller (main.ts, for its sweeper) has them. */
export async function buildApp(deps: AppDeps, given?: Services): Promise<FastifyInstance> {
  const services = given ?? (await createServices(deps));
  const loggerInstance: FastifyBaseLogger = deps.logger;
  const app = Fastify({
    loggerInstance,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 5 * 1024 * 1024,
    // a graceful stop serves what still arrives on an open keep-alive connection (answered with Connection: close, so
    // the proxy opens its next one to another instance): a 503 there would reach the person, as the proxy does not
    // pass a POST on to the next instance once sent
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app, ERRORS);
  await app.register(securityPlugin, { publicUrl: deps.config.publicUrl });
  // documents and licences being made after a committed action finish before the database closes
  app.addHook('onClose', () => services.caseCommands.settled());

  const errorCodesExtension = { 'x-error-codes': errorCodesDoc() };
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shenpi 审批 API',
        description: '泰安市行政审批服务局 一站式审批系统接口。错误一律为 application/problem+json，含稳定的 code。',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'shenpi_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: '监管部门系统的接口密钥' },
        },
        schemas: { Problem: problemComponent() },
      },
      // every code a problem answer may carry, with its status and default message (src/server/errors.ts)
      ...errorCodesExtension,
    },
    transform: openapiTransform,
  });
  // our name in the docs' top bar, given inline: the plugin's default (Fastify's logo) is read from disk asynchronously,
  // which held a restart up by ~0.3 s (a CPU profile: the main thread idle until the read came back)
  await app.register(swaggerUi, { routePrefix: '/api/docs', logo: { type: 'image/svg+xml', content: DOCS_LOGO } });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(rateLimit, { global: false });
  await app.register(authPlugin, { db: deps.database.db });
  await app.register(hygienePlugin);
  // JSON answers (problems too) and the per-page index.html from 1 kB, brotli or gzip as the browser accepts: nginx in
  // front does not compress. The web app's assets leave precompressed by the build (@fastify/static's preCompressed).
  await app.register(compress, {
    customTypes: /[/+]json\b|^text\/html\b/,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    // quality 5: near gzip -9's size at a fraction of quality 11's time (these are compressed per request)
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
  });

  await app.register(systemRoutes, {
    deps,
    gauges: [
      { name: 'shenpi_exchange_deliveries', help: 'Deliveries to the regulators: pending, dead (dead letters), overdue (not receipted in 2 working days)', labelNames: ['status'], read: async () => (await services.exchange.gauges()).deliveries },
      { name: 'shenpi_exchange_alerting_subscriptions', help: 'Regulator subscriptions failing SHENPI_EXCHANGE_ALERT_AFTER times in a row', read: async () => (await services.exchange.gauges()).alerting },
    ],
  });
  await app.register(authRoutes, { prefix: '/api/v1', deps, service: services.auth, unifiedIdentity: services.unifiedIdentity });
  await app.register(orgRoutes, { prefix: '/api/v1', org: services.org, catalog: services.catalog });
  await app.register(auditRoutes, { prefix: '/api/v1', deps });
  await app.register(catalogRoutes, { prefix: '/api/v1', service: services.catalog, org: services.org });
  await app.register(calendarRoutes, { prefix: '/api/v1', service: services.calendar, now: deps.now, recompute: () => services.caseSweeper.recomputeDeadlines() });
  await app.register(guideRoutes, { prefix: '/api/v1', service: services.guide });
  await app.register(casesRoutes, { prefix: '/api/v1', commands: services.caseCommands, queries: services.caseQueries, files: services.caseFiles });
  await app.register(documentsRoutes, { prefix: '/api/v1', service: services.documents });
  await app.register(licencesRoutes, { prefix: '/api/v1', service: services.licences });
  await app.register(hallRoutes, { prefix: '/api/v1', service: services.queue });
  await app.register(appointmentRoutes, { prefix: '/api/v1', service: services.appointments });
  await app.register(ratingRoutes, { prefix: '/api/v1', service: services.ratings });
  await app.register(assessmentRoutes, { prefix: '/api/v1', service: services.assessment });
  await app.register(exchangeRoutes, { prefix: '/api/v1', service: services.exchange });
  await app.register(regulatorsRoutes, { prefix: '/api/v1', service: services.regulators });
  await app.register(provinceRoutes, { prefix: '/api/v1', service: services.province });
  await app.register(analyticsRoutes, { prefix: '/api/v1', service: services.analytics, now: deps.now });
  await app.register(inspectionsRoutes, { prefix: '/api/v1', service: services.inspections });
  await app.register(expertsRoutes, { prefix: '/api/v1', service: services.experts });
  await app.register(projectsRoutes, { prefix: '/api/v1', service: services.projects, agency: services.agency });
  await app.register(noticesRoutes, { prefix: '/api/v1', ...services.notices });
  await app.register(feesRoutes, { prefix: '/api/v1', service: services.fees });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  // index.html, with each portal page's chunks and first API answers named for preloading (ADR 0024 decision 8)
  const pages = fs.existsSync(path.join(WEB_DIR, 'index.html')) ? webPages(WEB_DIR) : undefined;
  // the build's hashed assets under one route (a route per file was ~220 routes and a walk of dist/web at every
  // start); the build writes a .br and a .gz beside each (scripts/build.mjs), sent to a browser that accepts them.
  // A hashed asset never changes under its name; index.html names the current ones and is checked every time
  if (pages) {
    await app.register(fastifyStatic, {
      root: path.join(WEB_DIR, 'assets'),
      prefix: '/assets/',
      index: false,
      preCompressed: true,
      setHeaders: (reply) => reply.header('cache-control', 'public, max-age=31536000, immutable'),
    });
    app.get('/robots.txt', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('robots.txt', WEB_DIR));
  }
  // a page of the web app (any GET outside /api/ that names no file) is index.html: a route, so that it is compressed
  if (pages)
    app.get('/*', { schema: { hide: true } }, (request, reply) =>
      !request.url.startsWith('/api/') && !path.extname(request.url.split('?')[0] ?? '') ? pages.send(request, reply) : reply.callNotFound(),
    );
  app.setNotFoundHandler((request, reply) => reply.status(404).type('application/problem+json; charset=utf-8').send(routeNotFound(request.method, request.url)));
  return app;
}
