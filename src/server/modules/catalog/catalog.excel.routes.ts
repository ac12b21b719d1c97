/**
 * GET /api/v1/catalog/export and POST /api/v1/catalog/import: the catalog as one .xlsx workbook
 * (layout in docs/catalog-excel.md). Thin: the workbook work is in catalog.excel.ts, the rules in
 * the catalog service.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorizeUser } from '../../platform/auth.js';
import { badRequest, conflict, problem } from '../../platform/errors.js';
import { defaultBatchName, exportFileName, importWorkbook, itemsToWorkbook, XLSX_MEDIA_TYPE } from './catalog.excel.js';
import type { CatalogService } from './catalog.service.js';

const importResult = z.object({
  batchId: z.string().nullable().describe('新建的清理批次；全部未变化时为 null'),
  created: z.number().describe('新建草稿数（新事项或有变化的事项）'),
  unchanged: z.number().describe('与已发布版本相同、跳过的事项数'),
});

const BATCH_NAME_MAX = 200;

/** Whether this process is importing a workbook now. */
let importing = false;

/** Register the Excel routes on the catalog plugin. */
export async function registerExcelRoutes(app: FastifyInstance, service: CatalogService) {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalog-review'];

  zapp.get(
    '/catalog/export',
    {
      schema: {
        tags,
        summary: '导出已确认目录（.xlsx，工作表：事项、材料、情形、流程、收费、说明）',
        description: '需要 catalog.export 权限（未登录 401，无权限 403）。',
        produces: [XLSX_MEDIA_TYPE],
      },
    },
    async (req, reply) => {
      const items = await service.exportItems(req.actor);
      const workbook = await itemsToWorkbook(items);
      const name = exportFileName(new Date());
      // RFC 6266/5987: an ASCII fallback, then the UTF-8 name every current browser uses
      reply.header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]+/g, '').replace(/^-/, 'catalog-')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      return reply.type(XLSX_MEDIA_TYPE).send(workbook);
    },
  );

  zapp.post(
    '/catalog/import',
    {
      schema: {
        tags,
        summary: '导入目录工作簿（multipart 字段 file，可选 batchName）：新事项和有变化的事项成为一个新批次的草稿',
        description: '任何一处错误都不写入数据；400 的 errors 逐条给出 工作表!单元格（如 材料!I12）、sheet、row、column 与原因。解压后过大 413，压缩包内文件过多 400，同时只能进行一个导入（409 CATALOG.IMPORT_BUSY）。',
        consumes: ['multipart/form-data'],
        response: { 200: importResult, 400: problem, 401: problem, 403: problem, 409: problem, 413: problem },
      },
    },
    async (req) => {
      // who may import is settled before a byte of the upload is read
      authorizeUser(req.actor, 'catalog.edit');
      // one import at a time in this process: a workbook's parse holds a lot of memory
      if (importing) throw conflict('CATALOG.IMPORT_BUSY', '另一个目录导入正在进行，请稍后再试');
      importing = true;
      try {
        const upload = await readUpload(req);
        const name = upload.batchName ?? defaultBatchName(new Date());
        return await importWorkbook(upload.file, (items, dryRun) => service.importItems(req.actor, items, { name, dryRun }));
      } finally {
        importing = false;
      }
    },
  );
}

/** The `file` part (required) and the `batchName` field (optional) of the multipart body. */
async function readUpload(req: FastifyRequest): Promise<{ file: Buffer; batchName: string | null }> {
  const missing = () => badRequest('REQUEST.INVALID', '缺少上传文件', [{ path: 'file', message: '请选择要导入的 .xlsx 工作簿' }]);
  if (!req.isMultipart()) throw missing();
  let file: Buffer | null = null;
  let batchName: string | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      // every file part must be read to the end, even one under another name
      const content = await part.toBuffer();
      if (part.fieldname === 'file') file = content;
    } else if (part.fieldname === 'batchName' && typeof part.value === 'string') {
      batchName = part.value.trim() || null;
    }
  }
  if (!file) throw missing();
  if (batchName && batchName.length > BATCH_NAME_MAX)
    throw badRequest('REQUEST.INVALID', '批次名称过长', [{ path: 'batchName', message: `不超过 ${BATCH_NAME_MAX} 个字符` }]);
  return { file, batchName };
}
