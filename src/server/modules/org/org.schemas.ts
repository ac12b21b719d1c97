/**
 * Shapes of departments, zones and windows, and of the organisation file the demo seed loads.
 */
import { z } from 'zod';
import { isValidCreditCode } from '../../../domain/identifiers.js';

const code = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/);

export const departmentKind = z.enum(['bureau', 'division', 'institution', 'regulator']);

export const orgFile = z.object({
  departments: z
    .array(
      z.object({
        code,
        name: z.string().trim().min(1).max(100),
        kind: departmentKind,
        parentCode: code.nullable(),
        creditCode: z.string().refine(isValidCreditCode, '统一社会信用代码校验位不正确').nullable(),
      }),
    )
    .min(1),
  zones: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]$/, '服务区编码为一个大写字母'),
      name: z.string().trim().min(1).max(50),
      windows: z.array(z.object({ number: z.number().int().min(1).max(999), name: z.string().trim().min(1).max(50), comprehensive: z.boolean().default(false) })),
    }),
  ),
});
export type OrgFile = z.infer<typeof orgFile>;

export const departmentView = z.object({
  code: z.string(),
  name: z.string(),
  kind: departmentKind,
  parentCode: z.string().nullable(),
  creditCode: z.string().nullable(),
  itemCount: z.number().describe('决定的事项数（局内科室）或监管的事项数（监管部门）'),
});
export const zoneView = z.object({
  code: z.string(),
  name: z.string(),
  windows: z.array(z.object({ id: z.number(), number: z.number(), name: z.string(), comprehensive: z.boolean() })),
});
