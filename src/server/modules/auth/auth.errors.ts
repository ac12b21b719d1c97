/**
 * The auth module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const AUTH_ERRORS = {
  'APIKEY.NOT_FOUND': { status: 404, title: '接口密钥不存在' },
  'AUTH.INVALID_CREDENTIALS': { status: 401, title: '用户名或密码错误' },
  'AUTH.LOCKED': { status: 423, title: '登录失败次数过多，请稍后再试或联系管理员' },
  'AUTH.OIDC_FAILED': { status: 401, title: '统一身份认证登录未通过，请重新登录' },
  'AUTH.OIDC_IDENTITY_INCOMPLETE': { status: 403, title: '统一身份认证平台未提供办理所需的身份信息' },
  'AUTH.OIDC_OFF': { status: 404, title: '本系统未启用统一身份认证登录' },
  'AUTH.OIDC_UNAVAILABLE': { status: 502, title: '统一身份认证平台暂时无法访问，请稍后再试' },
  'AUTH.UNKNOWN_USER': { status: 400, title: '账号不存在' },
  'IDENTITY.MISMATCH': { status: 409, title: '证件号码与账号登记的号码不一致，不能绑定' },
  'IDENTITY.WRONG_DOCUMENT': { status: 409, title: '证件类型与账号类型不符' },
  'USER.DUPLICATE': { status: 409, title: '账号信息已存在' },
  'USER.NOT_FOUND': { status: 404, title: '没有这个申请人账号' },
  'USER.SELF_LOCKOUT': { status: 409, title: '不能移除自己的管理员角色' },
} as const satisfies ErrorTable;
