/**
 * Request and response shapes of login, registration, users and API keys.
 */
import { z } from 'zod';
import { isValidCreditCode, isValidIdNumber, isValidMobile } from '../../../domain/identifiers.js';
import { ROLE_NAMES } from '../../../domain/roles.js';
import { MIN_PASSWORD_SCORE, passwordScore } from './password-strength.js';

export const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为3-32位字母、数字、点、横线或下划线');
export const password = z
  .string()
  .min(8, '密码至少8位')
  .max(128)
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字')
  .refine((p) => passwordScore(p) >= MIN_PASSWORD_SCORE, '密码太容易被猜中：请避开常见密码、键盘序列、重复字符和年份，可用较长的词组并混合符号');

export const roleGrant = z.object({ role: z.enum(ROLE_NAMES), departmentCode: z.string().nullable().default(null) });

export const me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'person', 'organisation']),
  roles: z.array(z.object({ role: z.string(), departmentCode: z.string().nullable() })),
  permissions: z.array(z.string()),
});

export const loginBody = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(128) }).strict();

export const registerBody = z
  .object({
    username,
    password,
    displayName: z.string().trim().min(2, '请填写真实姓名或单位名称').max(100),
    kind: z.enum(['person', 'organisation']),
    idNumber: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isValidIdNumber, '身份证号格式或校验位不正确')
      .optional(),
    creditCode: z.string().trim().toUpperCase().refine(isValidCreditCode, '统一社会信用代码格式或校验位不正确').optional(),
    phone: z.string().trim().refine(isValidMobile, '手机号码格式不正确').optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.kind === 'person' && !b.idNumber) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '自然人须填写身份证号' });
    if (b.kind === 'organisation' && !b.creditCode)
      ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '法人或其他组织须填写统一社会信用代码' });
  });
export type RegisterBody = z.infer<typeof registerBody>;

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'person', 'organisation']),
  roles: z.array(z.object({ role: z.string(), departmentCode: z.string().nullable() })),
  locked: z.boolean(),
  idNumber: z.string().nullable().describe('脱敏显示'),
  creditCode: z.string().nullable(),
  phone: z.string().nullable().describe('脱敏显示'),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof userView>;

export const listUsersQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLE_NAMES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const createUserBody = z
  .object({ username, displayName: z.string().trim().min(1).max(100), password, roles: z.array(roleGrant).min(1), phone: z.string().trim().refine(isValidMobile, '手机号码格式不正确').optional() })
  .strict();
export const setRolesBody = z.object({ roles: z.array(roleGrant) }).strict();

export const apiKeyView = z.object({
  id: z.string(),
  name: z.string(),
  departmentCode: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const createApiKeyBody = z.object({ name: z.string().trim().min(1).max(100), departmentCode: z.string().min(1).max(80) }).strict();
export const idParam = z.object({ id: z.uuid('id 须为 UUID') });
