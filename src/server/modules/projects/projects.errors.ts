/**
 * The projects module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const PROJECTS_ERRORS = {
  'AGENCY.AGENT_INVALID': { status: 400, title: '受托人须为代办服务中心的代办员' },
  'AGENCY.AUTHORISATION_INVALID': { status: 400, title: '授权委托书不存在' },
  'AGENCY.AUTHORISATION_REQUIRED': { status: 400, title: '代办须依据企业的授权委托' },
  'AGENCY.AUTHORISATION_USED': { status: 409, title: '该授权委托书已用于另一个项目' },
  'AGENCY.DUPLICATE_LETTER': { status: 409, title: '该授权委托书已登记' },
  'AGENCY.NOT_FOUND': { status: 404, title: '授权委托不存在' },
  'MEETING.DECISION_INVALID': { status: 400, title: '议定意见须针对本次会议的办件，每个办件一条' },
  'MEETING.DEPARTMENT_INVALID': { status: 400, title: '参会单位须为本局科室、中心或监管部门' },
  'MEETING.FOLLOWUP_INVALID': { status: 400, title: '督办事项的责任人或办理期限有误' },
  'MEETING.FOLLOWUP_NOT_FOUND': { status: 404, title: '督办事项不存在' },
  'MEETING.NOT_FOUND': { status: 404, title: '会议不存在' },
  'MEETING.STALE': { status: 409, title: '会议记录已被他人修改，请刷新后重试' },
  'PROJECT.ITEM_REPEATED': { status: 400, title: '同一事项不能重复申报' },
  'PROJECT.LEAD_INVALID': { status: 400, title: '牵头科室须为本局的内设科室' },
  'PROJECT.NOT_AGENCY': { status: 409, title: '该项目不是代办项目' },
  'PROJECT.NOT_FOUND': { status: 404, title: '项目不存在' },
  'PROJECT.REQUEST_KEY_USED': { status: 409, title: '请求编号已被使用' },
  'PROJECT.SAME_AGENT': { status: 409, title: '项目已由该代办员办理' },
  'PROJECT.STALE': { status: 409, title: '项目已被他人修改，请刷新后重试' },
} as const satisfies ErrorTable;
