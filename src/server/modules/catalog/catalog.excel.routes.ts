/**
 * GET /api/v1/catalog/export and POST /api/v1/catalog/import (.xlsx).
 */
import type { FastifyInstance } from 'fastify';
import type { CatalogService } from './catalog.service.js';

/** Register the Excel routes on the catalog plugin. */
export async function registerExcelRoutes(_app: FastifyInstance, _service: CatalogService) {}
