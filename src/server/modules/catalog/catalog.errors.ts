/**
 * The catalog module's error codes (docs/adr/0017): the HTTP status each is answered with at the edge
 * and its default message. A code thrown anywhere in src/ must be registered in one of these tables
 * (test/errors.test.ts); src/server/errors.ts gathers them.
 */
import type { ErrorTable } from '../../platform/errors.js';

export const CATALOG_ERRORS = {
  'CATALOG.BATCH_NOT_FOUND': { status: 404, title: '清理批次不存在' },
  'CATALOG.IMPORT_BUSY': { status: 409, title: '另一个目录导入正在进行，请稍后再试' },
  'CATALOG.IMPORT_INVALID': { status: 400, title: '导入数据有错误，未写入任何数据' },
  'CATALOG.ITEM_INVALID': { status: 400, title: '事项信息有误' },
  'CATALOG.ITEM_NOT_FOUND': { status: 404, title: '事项不存在或尚未发布' },
  'CATALOG.NOT_DRAFT': { status: 409, title: '只有"梳理保留"阶段的草稿可以修改' },
  'CATALOG.OPEN_VERSION_EXISTS': { status: 409, title: '该事项已有未完成审核的版本' },
  'CATALOG.OWN_DRAFT': { status: 403, title: '不能审核自己起草的版本' },
  'CATALOG.SAME_REVIEWER': { status: 403, title: '同一版本的各审核环节须由不同人员办理' },
  'CATALOG.STAGE_FORBIDDEN': { status: 403, title: '当前审核环节需要相应审核角色' },
  'CATALOG.STALE': { status: 409, title: '该版本已被他人修改，请刷新后重试' },
  'CATALOG.TEMPLATE_NOT_FOUND': { status: 404, title: '示范文本不存在' },
  'CATALOG.VERSION_NOT_FOUND': { status: 404, title: '版本不存在' },
  'CATALOG.VERSION_UNKNOWN': { status: 400, title: '比较的版本不存在' },
  'CATALOG.WORKBOOK_TOO_LARGE': { status: 413, title: '工作簿解压后过大' },
  'CATALOG.WORKBOOK_TOO_MANY_ENTRIES': { status: 400, title: '工作簿内部文件过多，不是正常的目录工作簿' },
  'CATALOG.WRONG_STAGE': { status: 409, title: '该版本不在审核环节' },
} as const satisfies ErrorTable;
