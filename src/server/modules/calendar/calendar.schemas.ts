/**
 * Request and response shapes of the calendar API.
 */
import { z } from 'zod';

/** A calendar day in Asia/Shanghai. */
export const day = z.iso.date().describe('日期（北京时间），YYYY-MM-DD');

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
});

export const monthView = z.object({
  year: z.number(),
  month: z.number(),
  days: z.array(dayView),
  coveredYears: z.array(z.number()).describe('已有节假日安排（或本局调整）的年份；不在其中的年份只按周末计算'),
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
