/**
 * /api/v1/org: departments, zones and windows; whoami for regulator systems.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../platform/errors.js';
import type { CatalogService } from '../catalog/catalog.service.js';
import { departmentView, zoneView } from './org.schemas.js';
import type { OrgService } from './org.service.js';

export const orgRoutes: FastifyPluginAsyncZod<{ org: OrgService; catalog: CatalogService }> = async (app, { org, catalog }) => {

  app.get(
    '/org/departments',
    { config: { public: true }, schema: { tags: ['org'], summary: '部门（局、内设机构、所属单位、监管部门）', response: { 200: z.object({ items: z.array(departmentView) }) } } },
    async () => org.listDepartments(await catalog.itemCountsByDepartment()),
  );

  app.get('/org/zones', { config: { public: true }, schema: { tags: ['org'], summary: '大厅服务区与窗口', response: { 200: z.object({ items: z.array(zoneView) }) } } }, async () =>
    org.listZones(),
  );

  app.get(
    '/org/whoami',
    {
      config: { apiKey: true },
      schema: {
        tags: ['org'],
        summary: '监管部门系统的身份（接口密钥）',
        security: [{ apiKey: [] }],
        response: {
          200: z.object({ type: z.string(), name: z.string(), department: z.object({ code: z.string(), name: z.string(), kind: z.string() }).nullable() }),
          401: problem,
          403: problem,
        },
      },
    },
    async (req) => org.whoami(req.actor),
  );
};
