/**
 * Field types shared by every module's schemas.
 */
import { z } from 'zod';

/** A calendar day (Beijing), YYYY-MM-DD: the one date type of every route; an impossible day (2026-02-30, 2026-13-45) is a 400 naming the field. */
export const day = z.iso.date({ message: '日期无效，应为真实存在的日期 YYYY-MM-DD' }).describe('日期（北京时间），YYYY-MM-DD');
