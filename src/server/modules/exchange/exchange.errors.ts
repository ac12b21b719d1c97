/**
 * The exchange module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const EXCHANGE_ERRORS = {
  'EXCHANGE.ALREADY_DECIDED': { status: 409, title: '该请求已处理' },
  'EXCHANGE.BAD_ENDPOINT': { status: 400, title: '接收地址不可用' },
  'EXCHANGE.BAD_SIGNATURE': { status: 401, title: '签名无效' },
  'EXCHANGE.DELIVERY_NOT_FOUND': { status: 404, title: '投递记录不存在' },
  'EXCHANGE.INBOUND_NOT_FOUND': { status: 404, title: '反馈消息不存在' },
  'EXCHANGE.MESSAGE_ID_REUSED': { status: 409, title: '同一消息编号的内容不同' },
  'EXCHANGE.PENDING': { status: 409, title: '该投递仍在重试中' },
  'EXCHANGE.SUBSCRIPTION_NOT_FOUND': { status: 404, title: '订阅不存在' },
} as const satisfies ErrorTable;
