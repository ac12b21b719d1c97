/**
 * Shapes of /api/v1/regulators (the regulators' workbench, docs/api-v1.md § Regulators' workbench).
 */
import { z } from 'zod';

export const eventView = z.object({
  seq: z.number().describe('交换日志序号'),
  departmentCode: z.string(),
  type: z.string().describe('事件类型（case.decided、licence.issued …）'),
  subject: z.string().describe('办件编号或证照编号'),
  itemCode: z.string(),
  itemName: z.string().nullable(),
  caseNo: z.string().nullable(),
  licenceNo: z.string().nullable(),
  party: z.string().nullable().describe('持证主体或申请单位（个人只显示姓氏）'),
  decision: z.string().nullable(),
  status: z.string().nullable(),
  reason: z.string().nullable(),
  on: z.string().describe('事件的业务日期（服务时钟），签收期限由此起算'),
  time: z.string().nullable().describe('事件发布时间'),
  due: z.string().describe('签收期限：事件后两个工作日'),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  late: z.boolean().describe('逾期签收'),
  overdue: z.boolean().describe('已过期限仍未签收'),
});

export const eventsQuery = z.strictObject({
  departmentCode: z.string().regex(/^TA-R\d{2}$/, '应为监管部门编码（TA-R01…）').optional(),
  status: z.enum(['open', 'overdue', 'acknowledged', 'late']).optional(),
  type: z.string().max(40).optional(),
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const seqParam = z.object({ seq: z.coerce.number().int().min(1, '序号应为正整数') });

export const figuresView = z.object({
  departmentCode: z.string(),
  departmentName: z.string(),
  items: z.number().describe('监管的事项数'),
  licencesInForce: z.number(),
  events: z.number().describe('应签收的事件'),
  acknowledged: z.number(),
  onTime: z.number(),
  late: z.number(),
  overdue: z.number().describe('已过期限仍未签收'),
  onTimeRate: z.number().nullable().describe('按期签收率（已签收中的比例）'),
  avgAckDays: z.number().nullable().describe('从决定到签收的平均天数（自然日）'),
  inspections: z.number(),
  problems: z.number().describe('发现问题：检查不合格与行政处罚'),
  penalties: z.number(),
  suspendRequests: z.number(),
  revokeRequests: z.number(),
  blacklist: z.number(),
  openRequests: z.number().describe('待审批局确认的请求'),
  sentFromWorkbench: z.number(),
});
