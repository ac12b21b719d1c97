/**
 * Request and response shapes of the catalog API.
 */
import { z } from 'zod';
import { DISPOSITIONS, ITEM_KINDS, ITEM_TYPES, ONLINE_LEVELS, STAGES, itemFields, itemSchema, keysOf } from '../../../domain/catalog.js';


export const listItemsQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  zone: z.string().trim().max(10).optional(),
  department: z.string().trim().max(80).optional(),
  disposition: z.enum(keysOf(DISPOSITIONS)).optional(),
  kind: z.enum(keysOf(ITEM_KINDS)).optional(),
  type: z.enum(keysOf(ITEM_TYPES)).optional(),
  onlineLevel: z.enum(keysOf(ONLINE_LEVELS)).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});
export type ListItemsQuery = z.infer<typeof listItemsQuery>;

export const itemSummary = z.object({
  code: z.string(),
  name: z.string(),
  type: z.string(),
  kind: z.string(),
  department: z.string(),
  departmentName: z.string(),
  zone: z.string().nullable(),
  zoneName: z.string().nullable(),
  disposition: z.string().nullable(),
  onlineLevel: z.string(),
  statutoryDays: z.number(),
  promisedDays: z.number(),
});

export const stats = z.object({
  total: z.number().describe('清理的行政许可事项（主项）数'),
  byDisposition: z.object({ transferred: z.number(), hall_only: z.number(), not_stationed: z.number(), cancelled: z.number(), delegated: z.number() }),
  related: z.number(),
  fee: z.number(),
});

/** A version's data as stored: a draft need not be complete yet. */
const item = z.looseObject({ code: z.string(), name: z.string() }).describe('事项全部字段，见 src/domain/catalog.ts itemSchema');

/** An item's public page: every field art. 30 asks to be public, with its department, zone, regulators and family. */
export const publicItem = itemFields
  .extend({
    version: z.number(),
    confirmedAt: z.string(),
    departmentName: z.string(),
    zoneName: z.string().nullable(),
    regulators: z.array(z.object({ code: z.string(), name: z.string() })),
    children: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })),
    parent: z.object({ code: z.string(), name: z.string() }).nullable(),
  })
  .loose();

export const fieldChange = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });

export const versionHistory = z.object({
  items: z.array(z.object({ version: z.number(), confirmedAt: z.string(), batchName: z.string().nullable(), changes: z.array(fieldChange) })),
});

export const codeParam = z.object({ code: z.string().min(1).max(120) });
export const diffQuery = z.strictObject({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) });

export const stage = z.enum(keysOf(STAGES));
export const versionListQuery = z.strictObject({
  stage: stage.optional(),
  batchId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  mine: z.enum(['1', 'true', '0', 'false']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const versionSummary = z.object({
  id: z.string(),
  itemCode: z.string(),
  name: z.string(),
  kind: z.string(),
  disposition: z.string().nullable(),
  version: z.number().nullable(),
  stage,
  authorId: z.string(),
  authorName: z.string(),
  batchId: z.string().nullable(),
  batchName: z.string().nullable(),
  updatedAt: z.string(),
  rev: z.number(),
});

export const versionDetail = versionSummary.extend({
  data: item,
  events: z.array(z.object({ fromStage: z.string(), toStage: z.string(), action: z.string(), actorName: z.string(), reason: z.string(), at: z.string() })),
  changes: z.array(fieldChange).describe('与当前已发布版本相比的变化'),
  isNewItem: z.boolean(),
});

export const createVersionBody = z.object({ data: z.unknown().describe('事项全部字段（itemSchema）'), batchId: z.uuid().nullable().optional() }).strict();
export const updateVersionBody = z.object({ data: z.unknown(), rev: z.number().int().min(1) }).strict();
export const revBody = z.object({ rev: z.number().int().min(1), comment: z.string().trim().max(1000).optional() }).strict();
export const returnBody = z.object({ rev: z.number().int().min(1), reason: z.string().trim().min(1, '请填写退回理由').max(1000) }).strict();
export const idParam = z.object({ id: z.uuid('id 须为 UUID') });

export const batchView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  total: z.number(),
  byDisposition: z.record(z.string(), z.number()),
  byStage: z.record(z.string(), z.number()),
});
export const createBatchBody = z.object({ name: z.string().trim().min(1).max(200), description: z.string().trim().max(2000).default('') }).strict();
export const batchPassBody = z.object({ stage: z.enum(['first_review', 'recheck', 'final_review']), comment: z.string().trim().max(1000).optional() }).strict();

export { itemSchema };
