/**
 * Shapes of /api/v1/regulators (the regulators' workbench, docs/api-v1.md § Regulators' workbench).
 */
import { z } from 'zod';
import { REGULATOR_FIGURES, type RegulatorFigure } from '../../../domain/exchange-terms.js';
import { day } from '../../platform/schemas.js';

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
  deliveries: z.number().describe('推送给该部门监管系统的事件'),
  delivered: z.number().describe('已送达（收到回执）'),
  deliveredOnTime: z.number().describe('两个工作日内收到回执'),
  receiptOnTimeRate: z.number().nullable().describe('按期回执率（已送达中的比例，同数据共享交换推送）'),
  dead: z.number().describe('死信'),
});

const department = z.string().regex(/^TA-R\d{2}$/, '应为监管部门编码（TA-R01…）');

/** The figures of one department or all, over a period (both ends optional: all time). */
export const overviewQuery = z.strictObject({ departmentCode: department.optional(), from: day.optional(), to: day.optional() });

export const recordsQuery = overviewQuery.extend({
  figure: z.enum(Object.keys(REGULATOR_FIGURES) as [RegulatorFigure, ...RegulatorFigure[]]).describe('指标：其下钻清单为事件（应签收…逾期未签收）或监管反馈（检查…待确认请求）'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export const recordsExportQuery = recordsQuery.omit({ page: true, pageSize: true });

/** One record behind a figure: an event to acknowledge or a supervision result. */
export const recordView = z.object({
  kind: z.enum(['event', 'message']),
  ref: z.string().describe('交换日志序号（事件）或消息编号（反馈）'),
  departmentCode: z.string(),
  type: z.string().describe('事件类型或反馈类型'),
  typeName: z.string(),
  subject: z.string().describe('办件编号、证照编号或主体证件号（个人脱敏）'),
  itemName: z.string().nullable(),
  on: z.string().describe('事件的业务日期或反馈的发生日期'),
  due: z.string().nullable().describe('签收期限（事件）'),
  doneOn: z.string().nullable().describe('签收日期（事件）或接收日期（反馈）'),
  state: z.string().describe('签收状态或反馈处理状态（中文）'),
  by: z.string().nullable().describe('签收人或发送人'),
  detail: z.string().nullable().describe('理由、摘要或处理结果'),
});
