/**
 * Request and response shapes of the calendar API.
 */
import { z } from 'zod';
import { day } from '../../platform/schemas.js';

/** A calendar day in Asia/Shanghai. */

export const workingDaysQuery = z.strictObject({
  from: day.describe('起算日（不计入期限，民法典第二百零一条）'),
  days: z.coerce.number().int().min(0).max(365).describe('工作日数'),
});

export const dueView = z.object({ due: day.describe('第 N 个工作日（期限届满日）') });

export const monthQuery = z.strictObject({
  year: z.coerce.number().int().min(1900).max(2200),
  month: z.coerce.number().int().min(1).max(12),
});

export const dayKind = z
  .enum(['workday', 'weekend', 'holiday', 'makeup_workday', 'override_working', 'override_off'])
  .describe('workday 工作日 · weekend 周末 · holiday 法定节假日 · makeup_workday 调休上班 · override_working / override_off 本局调整');

export const dayView = z.object({
  date: day,
  working: z.boolean(),
  kind: dayKind,
  name: z.string().nullable().describe('节日名称或本局调整的原因'),
  provisional: z.boolean().describe('true：法定节假日（调休安排未公布），按《全国年节及纪念日放假办法》暂计为休息，待录入当年放假安排'),
});

export const monthView = z.object({
  year: z.number(),
  month: z.number(),
  days: z.array(dayView),
  coveredYears: z.array(z.number()).describe('已公布放假安排（国家数据或已录入的通知）的年份；其余年份的法定节假日按《全国年节及纪念日放假办法》暂计（provisional）'),
});

export const yearParam = z.object({ year: z.coerce.number().int().min(2025).max(2100).describe('年份（2025–2100，《全国年节及纪念日放假办法》2024年修订施行起）') });

export const noticeHoliday = z.strictObject({
  name: z.string().trim().min(1).max(20).describe('节日名称，如"春节"'),
  from: day.describe('放假起始日'),
  to: day.describe('放假结束日（含）'),
  workdays: z.array(day).max(5).default([]).describe('调休上班日（须为周六或周日）'),
});

export const noticeBody = z.strictObject({
  document: z.string().trim().min(1).max(200).describe('文件名称及文号，如"国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）"'),
  holidays: z.array(noticeHoliday).min(1).max(20).describe('各节日的放假安排；须包含全部法定节假日'),
});
export type NoticeBody = z.infer<typeof noticeBody>;

export const noticeView = z.object({
  year: z.number(),
  document: z.string(),
  holidays: z.array(z.object({ name: z.string(), from: day, to: day, workdays: z.array(day) })),
  enteredBy: z.string().nullable().describe('录入人用户名'),
  enteredAt: z.string(),
});

export const recomputedView = z.object({
  checked: z.number().describe('按新日历核对的在办件数'),
  moved: z.number().describe('期限变动（顺延或按已告知日期保持）的办件数，每件记一条"按节假日安排重算期限"操作'),
});

export const noticePutView = z.object({ notice: noticeView, recomputed: recomputedView });

export const noticeListView = z.object({
  today: day.describe('服务时钟的今天'),
  items: z.array(noticeView),
});

export const yearView = z.object({
  year: z.number(),
  source: z.enum(['notice', 'national', 'statutory', 'weekends']).describe('notice 已录入的国务院通知 · national 系统收录的国家安排 · statutory 尚未公布，仅法定节假日（暂计） · weekends 仅周末'),
  notice: z.object({ document: z.string(), holidays: noticeView.shape.holidays }).nullable(),
  festivals: z
    .array(z.object({ name: z.string(), days: z.array(day).describe('法定节假日（第二条）'), makeUp: z.array(day).describe('逢周末的补假（第六条），暂计于节后第一个工作日') }))
    .describe('当年的法定节假日'),
  draft: noticeView.shape.holidays.describe('最简放假安排：各节日的法定节假日及补假（共用日期的节日合并），不含调休上班日；录入通知时以此为起点'),
  provisionalDays: z.array(z.object({ date: day, name: z.string() })).describe('暂计为休息的日期（调休安排未公布）'),
});

export const dateParam = z.object({ date: day });

export const overrideBody = z.strictObject({
  working: z.boolean().describe('true 上班，false 放假'),
  reason: z.string().trim().min(1).max(200).describe('原因，例如"台风停工"'),
});
export type OverrideBody = z.infer<typeof overrideBody>;

export const overrideView = z.object({
  date: day,
  working: z.boolean(),
  reason: z.string(),
  createdBy: z.string().nullable().describe('设置人用户名'),
  createdAt: z.string(),
});
