/**
 * The projects module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const PROJECTS_ERRORS = {
  'AGENCY.AUTHORISATION_INVALID': { status: 400, title: '授权委托书不存在' },
  'AGENCY.AUTHORISATION_REQUIRED': { status: 400, title: '代办须依据企业的授权委托' },
  'AGENCY.AUTHORISATION_USED': { status: 409, title: '该授权委托书已用于另一个项目' },
  'AGENCY.DUPLICATE_LETTER': { status: 409, title: '该授权委托书已登记' },
  'AGENCY.NOT_FOUND': { status: 404, title: '授权委托不存在' },
  'MEETING.FOLLOWUP_NOT_FOUND': { status: 404, title: '督办事项不存在' },
  'MEETING.NOT_FOUND': { status: 404, title: '会议不存在' },
  'MEETING.STALE': { status: 409, title: '会议记录已被他人修改，请刷新后重试' },
  'PROJECT.NOT_AGENCY': { status: 409, title: '该项目不是代办项目' },
  'PROJECT.NOT_FOUND': { status: 404, title: '项目不存在' },
  'PROJECT.REQUEST_KEY_USED': { status: 409, title: '请求编号已被使用' },
  'PROJECT.SAME_AGENT': { status: 409, title: '项目已由该代办员办理' },
  'PROJECT.STALE': { status: 409, title: '项目已被他人修改，请刷新后重试' },
} as const satisfies ErrorTable;
