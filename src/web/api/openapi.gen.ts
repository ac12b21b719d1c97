/**
 * The API v1 as TypeScript types, generated from docs/openapi.json by openapi-typescript.
 * Do not edit: `npm run openapi` rewrites it with the document; test/api-types.test.ts fails on drift.
 */
/* eslint-disable */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 进程存活 */
        get: operations["getHealthz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可以接收请求（数据库可用） */
        get: operations["getReadyz"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证登录是否启用 */
        get: operations["getAuthOidc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证登录：转到省统一身份认证平台（授权码模式，PKCE、state、nonce） */
        get: operations["getAuthOidcLogin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证平台回调：核验 state、nonce、id_token 签名与有效期，关联或创建账号并绑定身份 */
        get: operations["getAuthOidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登录 */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（统一身份认证登录的会话：答 200 与平台的退出地址，浏览器转到该地址结束平台会话） */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 窗口核验申请人身份并绑定账号（查验居民身份证或营业执照原件；号码须与账号登记的一致） */
        post: operations["postIdentityVerifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本账号的身份核验：由谁核验（窗口或统一身份认证平台）、何时、实名等级；未核验为 null */
        get: operations["getAuthIdentity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户 */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前会话（未登录时 user 为 null，不报错） */
        get: operations["getAuthSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 申请人注册（实名） */
        post: operations["postAuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 角色与权限 */
        get: operations["getRoles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用户列表 */
        get: operations["getUsers"];
        put?: never;
        /** 新建工作人员账号 */
        post: operations["postUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置角色 */
        put: operations["putUsersByIdRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 解除锁定 */
        post: operations["postUsersByIdUnlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/id-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看完整身份证号（记入审计） */
        get: operations["getUsersByIdIdNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 接口密钥列表 */
        get: operations["getApiKeys"];
        put?: never;
        /** 新建接口密钥（密钥仅此一次显示） */
        post: operations["postApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 吊销接口密钥 */
        delete: operations["deleteApiKeysById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 部门（局、内设机构、所属单位、监管部门） */
        get: operations["getOrgDepartments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大厅服务区与窗口 */
        get: operations["getOrgZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/whoami": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管部门系统的身份（接口密钥） */
        get: operations["getOrgWhoami"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志 */
        get: operations["getAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计日志哈希链 */
        get: operations["getAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 目录统计（由已确认目录实时计算） */
        get: operations["getCatalogStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项列表（已确认发布） */
        get: operations["getCatalogItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项详情（行政许可法第三十条公示内容） */
        get: operations["getCatalogItemsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项版本历史（逐字段变化） */
        get: operations["getCatalogItemsByCodeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{code}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 两个版本之间的逐字段比较 */
        get: operations["getCatalogItemsByCodeDiff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/templates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 材料示范文本 / 空白表格下载 */
        get: operations["getCatalogTemplatesByFile"];
        /** 上传或替换示范文本（multipart 字段 file） */
        put: operations["putCatalogTemplatesByFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 草稿与待审版本 */
        get: operations["getCatalogVersions"];
        put?: never;
        /** 起草新事项或事项变更（梳理保留） */
        post: operations["postCatalogVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 版本详情、流转记录与变化 */
        get: operations["getCatalogVersionsById"];
        /** 修改草稿（需带上读到的 rev） */
        put: operations["putCatalogVersionsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交初审 */
        post: operations["postCatalogVersionsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions/{id}/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本环节通过（初审拟定 / 复核 / 终审确认） */
        post: operations["postCatalogVersionsByIdPass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回起草人（须写明理由） */
        post: operations["postCatalogVersionsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/versions/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回草稿 */
        post: operations["postCatalogVersionsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清理批次 */
        get: operations["getCatalogBatches"];
        put?: never;
        /** 新建清理批次 */
        post: operations["postCatalogBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 清理批次详情与统计 */
        get: operations["getCatalogBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/batches/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批次内草稿全部提交初审 */
        post: operations["postCatalogBatchesByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/batches/{id}/pass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批次内本环节全部通过（全部成功或全部不变） */
        post: operations["postCatalogBatchesByIdPass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出已确认目录（.xlsx，工作表：事项、材料、情形、流程、收费、说明）
         * @description 需要 catalog.export 权限（未登录 401，无权限 403）。
         */
        get: operations["getCatalogExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 导入目录工作簿（multipart 字段 file，可选 batchName）：新事项和有变化的事项成为一个新批次的草稿
         * @description 任何一处错误都不写入数据；400 的 errors 逐条给出 工作表!单元格（如 材料!I12）、sheet、row、column 与原因。解压后过大 413，压缩包内文件过多 400，同时只能进行一个导入（409 CATALOG.IMPORT_BUSY）。
         */
        post: operations["postCatalogImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 计算期限：起算日后第 N 个工作日（起算日不计入，节假日不计，调休上班日计入） */
        get: operations["getCalendarWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 工作日历：一个月的每一天 */
        get: operations["getCalendarMonth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一年的节假日来源、法定节假日和暂计（调休安排未公布）的日期 */
        get: operations["getCalendarYearsByYear"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已录入的国务院放假安排通知（及服务时钟的今天） */
        get: operations["getCalendarNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/notices/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 录入或修改一年的放假安排（须包含全部法定节假日；调休上班日须为周末）；随即重算在办件期限（不早于已告知的日期） */
        put: operations["putCalendarNoticesByYear"];
        post?: never;
        /** 删除一年的放假安排（恢复国家数据或暂计的法定节假日）；随即重算在办件期限 */
        delete: operations["deleteCalendarNoticesByYear"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本局工作日调整 */
        get: operations["getCalendarOverrides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置某日上班或放假（覆盖国家安排） */
        put: operations["putCalendarOverridesByDate"];
        post?: never;
        /** 取消某日的调整，恢复国家安排 */
        delete: operations["deleteCalendarOverridesByDate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 智能导服搜索：事项与办事场景，附命中原因 */
        get: operations["getGuideSearch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 输入联想（支持拼音和首字母） */
        get: operations["getGuideSuggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办事场景（一件事）列表 */
        get: operations["getGuideScenarios"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个办事场景：按办理顺序的事项 */
        get: operations["getGuideScenariosById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide/items/{code}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 情形引导：决定材料清单的问题 */
        get: operations["getGuideItemsByCodeQuestions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guide/checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按回答生成材料清单（含示范文本、容缺、告知承诺、可复用材料） */
        post: operations["postGuideChecklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件列表（工作人员按紧急程度排序；申请人只看自己的） */
        get: operations["getCases"];
        put?: never;
        /** 创建申请（草稿）：申请人网上申请、窗口代为申请或代办员为企业申请；不划转不进驻事项答 409 CASE.NOT_STATIONED，写明到哪里办理 */
        post: operations["postCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请表预填：取自申请人本人的身份信息和本人以前的办件（从不取他人的）；窗口代为申请时按窗口前申请人的身份证号或统一社会信用代码取其本人的办件；代办员按授权委托书取委托企业的信息和该企业以前的办件 */
        get: operations["getCasesPrefill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可指派的审查人员和科长 */
        get: operations["getCasesAssignees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件详情：状态、时钟、流转记录、可执行操作 */
        get: operations["getCasesByCaseNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改草稿的办理情形和申请信息（提交前，申请人一方） */
        patch: operations["patchCasesByCaseNo"];
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办件操作（须带 expectedVersion；状态不允许时 409 并列出可执行操作） */
        post: operations["postCasesByCaseNoActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传材料（multipart：materialId、file；或 materialId、fileId 复用已有材料） */
        post: operations["postCasesByCaseNoMaterials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/reusable-files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请人以往办件中可复用的材料 */
        get: operations["getCasesByCaseNoReusableFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载办件材料文件 */
        get: operations["getCasesByCaseNoFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 行政许可决定公开（第四十条）：行政许可事项准予和不予许可的决定（其他事项不列入），按事项和日期查询，申请人姓名脱敏 */
        get: operations["getPublicDecisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/cases/{caseNo}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件进度查询（办件编号 + 查询码，无需登录，个人信息脱敏） */
        get: operations["getPublicCasesByCaseNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件文书列表（受理通知书、补正告知书、决定书、送达回证等） */
        get: operations["getCasesByCaseNoDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办结办件的电子档案（zip：办件、流转记录、文书、材料，manifest 含 SHA-256 并经电子印章签名） */
        get: operations["getCasesByCaseNoArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/application-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申请表 PDF：按办件填写时的事项申请表版本打印，电子印章签名 */
        get: operations["getCasesByCaseNoApplicationForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载文书 PDF（带电子印章和签名） */
        get: operations["getDocumentsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验文书真伪：上传 PDF（multipart：file），检查内容哈希、电子签名（Ed25519 与 SM2 各自的结果）和文书登记 */
        post: operations["postDocumentsVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文书模板列表（管理员） */
        get: operations["getDocumentsTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/templates/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 文书模板（Mustache） */
        get: operations["getDocumentsTemplatesByType"];
        /** 保存文书模板（先检查语法）；reset: true 恢复系统默认模板 */
        put: operations["putDocumentsTemplatesByType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/templates/{type}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用样例数据预览模板（PDF） */
        post: operations["postDocumentsTemplatesByTypePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照列表（工作人员全部；监管部门本部门监管事项；持证人自己的） */
        get: operations["getLicences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本局电子印章公钥（Ed25519 与 SM2 国密，SPKI PEM 及原始公钥十六进制）；轮换后旧密钥仍在列，旧证照仍可核验 */
        get: operations["getLicencesKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验出示的证照：二维码内容（qr），或导出的证照文件（payload、signature、keyId，及 sm2 签名；文件中的其他字段忽略） */
        post: operations["postLicencesVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{no}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照详情（含各版本） */
        get: operations["getLicencesByNo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{no}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按证照编号核验：签名是否真实、当前是否有效（自然人持证人姓名和证件号脱敏；全名仅凭签名二维码核验显示） */
        get: operations["getLicencesByNoVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{no}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证照 PDF（二维码含签名数据，可离线核验） */
        get: operations["getLicencesByNoPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{no}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出签名证照文件（npx shenpi licence verify FILE 离线核验） */
        get: operations["getLicencesByNoExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/licences/{no}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停、恢复、撤销、注销证照（审批局；监管部门限本部门监管的事项） */
        post: operations["postLicencesByNoActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取号（登记的自助取号机凭 X-Kiosk-Token、预约签到、窗口代取）；同一 requestKey 重试得到同一张票
         * @description 自助取号机须在请求头 X-Kiosk-Token 中带大厅管理员登记时发放的设备令牌（无令牌 401，令牌未登记或已停用 403）；每台取号机每分钟限量（429），同一身份证每天每个服务区只能有一个未办结的号（409）。窗口人员登录后代取，无需令牌。
         */
        post: operations["postHallTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/kiosks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登记的自助取号机（大厅管理员） */
        get: operations["getHallKiosks"];
        put?: never;
        /** 登记自助取号机：发放设备令牌（只在此次应答中出现） */
        post: operations["postHallKiosks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/kiosks/{kioskId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用自助取号机（其令牌不再能取号） */
        post: operations["postHallKiosksByKioskIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/tickets/{number}/requeue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 过号后重新排队（每票一次） */
        post: operations["postHallTicketsByNumberRequeue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 各服务区等候人数、开放窗口、今日办结、预计等候 */
        get: operations["getHallZones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/zones/{zone}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 服务区叫号屏：最近叫号与等候人数 */
        get: operations["getHallZonesByZoneBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 叫号与排队变化的实时推送（Server-Sent Events：event call / queue）；zone 为服务区代码或 *（全部） */
        get: operations["getHallStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大厅总览（大厅管理员、局长） */
        get: operations["getHallOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 窗口工作台：签到、当前号、本窗口队列、今日办结 */
        get: operations["getHallWindowsByWindowId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置窗口办理的事项（综合窗口办理本区全部事项） */
        put: operations["putHallWindowsByWindowIdItems"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签到窗口（当天） */
        post: operations["postHallWindowsByWindowIdSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签退窗口 */
        post: operations["postHallWindowsByWindowIdSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 暂停或恢复叫号 */
        post: operations["postHallWindowsByWindowIdPause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 叫下一位；无人等候时 204 */
        post: operations["postHallWindowsByWindowIdCallNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重呼当前号 */
        post: operations["postHallWindowsByWindowIdRecall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 过号（未到） */
        post: operations["postHallWindowsByWindowIdSkip"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 开始办理 */
        post: operations["postHallWindowsByWindowIdStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 转到其他服务区或窗口（保留原取号时间） */
        post: operations["postHallWindowsByWindowIdTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结；返回一次性评价链接 */
        post: operations["postHallWindowsByWindowIdFinish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/link-case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 当前号关联办件（窗口收件） */
        post: operations["postHallWindowsByWindowIdLinkCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hall/windows/{windowId}/pad": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价器：本窗口刚办结、尚未评价的服务 */
        get: operations["getHallWindowsByWindowIdPad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可预约时段（半小时一段，含余量） */
        get: operations["getAppointmentsSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的预约 */
        get: operations["getAppointments"];
        put?: never;
        /** 网上预约（每人每事项一个有效预约；30天内3次未到暂停30天） */
        post: operations["postAppointments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约 */
        post: operations["postAppointmentsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 好差评：凭一次性链接（token）或在窗口评价器（serviceRef）评价办结的服务；每项服务一次 */
        post: operations["postRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/link/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价链接：服务、评价与整改结果 */
        get: operations["getRatingsLinkByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ratings/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评价统计（按窗口、人员、服务区、事项） */
        get: operations["getRatingsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 差评整改任务（科长看本科室，局长与大厅管理员看全部；逾期即督办） */
        get: operations["getRectifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rectifications/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 整改步骤：核实、回访（记录）、整改、办结 */
        post: operations["postRectificationsByIdActions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 窗口人员月度考核：本人（assessment.self）、本科室（assessment.team）、全局（assessment.manage）；month 缺省为本月；已结账月份为冻结结果 */
        get: operations["getScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/review-scorecards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审查、审核、审批人员月度考核（按时办结环节、提交意见、严重超期责任）：局长全局，科长、分管局领导本科室，审查人员本人；month 缺省为本月 */
        get: operations["getAssessmentReviewScorecards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/scorecards/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核得分的来源记录（叫号票、办件、评价、整改、出勤、投诉、作风加减分）；component 缺省为全部 */
        get: operations["getScorecardsByIdRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可登记投诉或评分的窗口人员 */
        get: operations["getAssessmentStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核权重、目标与分档线：现行、待生效与历史 */
        get: operations["getAssessmentConfig"];
        /** 修改考核配置（局长）；自下月起生效 */
        put: operations["putAssessmentConfig"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投诉登记簿（某月） */
        get: operations["getAssessmentComplaints"];
        put?: never;
        /** 登记投诉（大厅管理员、局长）；同一 requestKey 只登记一次 */
        post: operations["postAssessmentComplaints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/complaints/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 投诉核查结论：查实或不属实 */
        post: operations["postAssessmentComplaintsByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/conduct-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作风加减分（科长对本科室、局长对全部），附理由；同一 requestKey 只记一次 */
        post: operations["postAssessmentConductPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/faults": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一票否决线索（查实的吃拿卡要投诉、超过法定期限的办件、服务作风"非常不满意"）及认定结论 */
        get: operations["getAssessmentFaults"];
        put?: never;
        /** 认定（一票否决）或排除一条严重过错线索（局长），记录认定人和时间 */
        post: operations["postAssessmentFaults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/months": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 已结账月份 */
        get: operations["getAssessmentMonths"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/month-closings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 月度结账（局长）：冻结该月全部考核结果及其来源记录 */
        post: operations["postAssessmentMonthClosings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 已结账月份的更正（局长），记录理由，显示在冻结分数旁 */
        post: operations["postAssessmentAdjustments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 订阅列表 */
        get: operations["getExchangeSubscriptions"];
        put?: never;
        /** 登记监管部门的接收地址（订阅）；签名密钥仅此一次显示 */
        post: operations["postExchangeSubscriptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 启用或停用订阅 */
        patch: operations["patchExchangeSubscriptionsById"];
        trace?: never;
    };
    "/api/v1/exchange/subscriptions/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新发送一个时间段内的事件（按投递记录的创建时间） */
        post: operations["postExchangeSubscriptionsByIdResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递记录（status=dead 为死信，overdue 为超过两个工作日未回执） */
        get: operations["getExchangeDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 投递详情：事件与每次尝试 */
        get: operations["getExchangeDeliveriesByDeliveryId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发死信（或已送达的事件），重新开始重试期 */
        post: operations["postExchangeDeliveriesByDeliveryIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 交换概况：待投递、死信、逾期未回执，连续失败告警的订阅 */
        get: operations["getExchangeStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管结果反馈记录（监管部门只见本部门的） */
        get: operations["getExchangeInbound"];
        put?: never;
        /** 监管结果反馈（接口密钥 + Standard Webhooks 签名）：检查结果、行政处罚、暂扣/吊销请求、失信名单；同一消息编号只生效一次 */
        post: operations["postExchangeInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/inbound/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审批局对监管部门吊销请求的决定：确认（吊销证照）或不予采纳 */
        post: operations["postExchangeInboundByIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/log/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验交换日志的哈希链（全部推送事件与反馈消息） */
        get: operations["getExchangeLogVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 监管部门拉取本部门监管事项的事件（CloudEvents），从游标之后；用于重新同步 */
        get: operations["getExchangeFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 省平台推送概况：是否启用，待发送、已接收、被拒收、重试失败的数量 */
        get: operations["getProvinceSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/pushes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推送对账：发送的办件、好差评和电子证照记录，平台回执或拒收原因（新的在前） */
        get: operations["getProvincePushes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/pushes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 推送详情：发送的记录与回执 */
        get: operations["getProvincePushesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/pushes/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发被拒收或重试失败的记录（按当前数据重新生成） */
        post: operations["postProvincePushesByIdResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/cases/{caseNo}/licence-offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 免证办：可用电子证照代替的材料，及申请人名下电子证照库中可用的证照 */
        get: operations["getProvinceCasesByCaseNoLicenceOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/province/cases/{caseNo}/licence-uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件使用的电子证照（证照版本与申请人的同意） */
        get: operations["getProvinceCasesByCaseNoLicenceUses"];
        put?: never;
        /** 免证办：经申请人同意，以电子证照库中的证照代替一项材料（记录所用证照版本） */
        post: operations["postProvinceCasesByCaseNoLicenceUses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 总览指标：收件、受理、办结、按时办结率、平均与90%办结工作日、时限压缩率、网办率、零跑腿率、满意度 */
        get: operations["getAnalyticsSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标按日、周或月的走势 */
        get: operations["getAnalyticsSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按科室、服务区、事项或申报渠道分组的指标（如各事项补正率） */
        get: operations["getAnalyticsBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/form-dimension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按申请表的统计维度分组（事项申请表标为维度的项，如食品经营许可的主体业态）：收件、准予、不予 */
        get: operations["getAnalyticsFormDimension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标下钻：构成该指标的办件清单（同一筛选条件） */
        get: operations["getAnalyticsCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标下钻清单导出 Excel */
        get: operations["getAnalyticsCasesExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/hall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 大厅等候时间（服务区 × 小时热力图）与预约使用、爽约 */
        get: operations["getAnalyticsHall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 好差评分布与差评整改按期率 */
        get: operations["getAnalyticsRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/exchange": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 数据共享交换推送健康度 */
        get: operations["getAnalyticsExchange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 从办件流转记录重算全部统计（事实表与汇总表） */
        post: operations["postAnalyticsRebuild"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/open-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政务公开：各科室按月的办件量、按时办结率、网办率与满意度 */
        get: operations["getPublicOpenData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 踏勘任务列表：scope=all 勘验图审中心全部，scope=mine 本人的踏勘任务 */
        get: operations["getInspections"];
        put?: never;
        /** 申请现场踏勘（审查人员；事项须规定现场踏勘，同一办件同时只有一次） */
        post: operations["postInspections"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可指派的踏勘人员（勘验图审中心调度） */
        get: operations["getInspectionsInspectors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 踏勘工作量：每人每天的踏勘数、待安排数、逾期未出报告的踏勘 */
        get: operations["getInspectionsBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次踏勘的全部记录（调度、办件的审查人员、指派的踏勘人员） */
        get: operations["getInspectionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 安排踏勘：日期、地点、2名以上踏勘人员（行政许可法第三十四条）；首次安排即开始办件的特别程序（第四十五条） */
        post: operations["postInspectionsByIdSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填写或修改踏勘记录（指派的踏勘人员）；修改后已有的确认全部作废 */
        put: operations["putInspectionsByIdReport"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传现场照片（multipart：file；JPEG、PNG、WebP，不超过 5 MB） */
        post: operations["postInspectionsByIdPhotos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/photos/{photoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 现场照片 */
        get: operations["getInspectionsByIdPhotosByPhotoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 踏勘人员本人确认踏勘记录（expectedRev 为所确认的版本）；全部指派人员确认后报告生效、特别程序结束 */
        post: operations["postInspectionsByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消踏勘（勘验图审中心或审查人员，须写明原因）；已安排的踏勘同时结束办件的特别程序，不出具报告 */
        post: operations["postInspectionsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件的现场踏勘（审查人员看全部记录，申请人看踏勘时间地点与结论） */
        get: operations["getCasesByCaseNoInspections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专家库（专家库管理员） */
        get: operations["getExperts"];
        put?: never;
        /** 将具有"评审专家"角色的账号加入专家库 */
        post: operations["postExperts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/experts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改专家的评审领域、工作单位、利害关系申报、不可用时段或停用（须带 rev） */
        put: operations["putExpertsById"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/expert-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件的专家评审：工作人员看全部；申请人在结论前只看到评审进度和专家人数 */
        get: operations["getCasesByCaseNoExpertReviews"];
        put?: never;
        /** 申请专家评审：按领域随机抽取专家（回避利害关系、同单位、近期评审过同一申请人和评审期间不可用者），并启动特别程序（不计入审批时限） */
        post: operations["postCasesByCaseNoExpertReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/expert-reviews/eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按领域和期限可抽取的专家人数，以及回避、不可用的人数（申请前预览） */
        get: operations["getCasesByCaseNoExpertReviewsEligible"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expert-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专家评审与抽取记录 */
        get: operations["getExpertReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expert-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次专家评审：专家组、评分、签署、抽取记录 */
        get: operations["getExpertReviewsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expert-reviews/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 用记录的种子、条件和候选名单重新抽取，核对是否得到同样的专家 */
        get: operations["getExpertReviewsByIdVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/expert-reviews/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入专家组评审结论（全部专家签署后），结束特别程序 */
        post: operations["postExpertReviewsByIdConclusion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/expert-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的评审（评审专家） */
        get: operations["getMyExpertReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/expert-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我参加的一次评审：办件概况、申请材料、评分标准和我的评审意见 */
        get: operations["getMyExpertReviewsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/expert-reviews/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 评审办件的申请材料文件（专家组成员） */
        get: operations["getMyExpertReviewsByIdFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/expert-reviews/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评分、填写评审意见并签署（签署后不能修改） */
        post: operations["postMyExpertReviewsByIdSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/expert-reviews/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 谢绝评审邀请（须说明理由），系统随即补抽一名专家 */
        post: operations["postMyExpertReviewsByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目列表：工作人员全部；代办员本人受托的；企业自己的 */
        get: operations["getProjects"];
        put?: never;
        /** 并联审批项目申报：一次创建各事项的办件草稿（企业、代办员或窗口人员） */
        post: operations["postProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目总体进度：各事项状态、剩余工作日、下一步和项目总体期限 */
        get: operations["getProjectsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派代办员（代办服务中心负责人） */
        post: operations["postProjectsByIdReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/authorisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 授权委托列表（代办员看本人的，中心负责人看全部） */
        get: operations["getAgencyAuthorisations"];
        put?: never;
        /** 登记企业授权委托书（代办员本人或中心负责人） */
        post: operations["postAgencyAuthorisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/authorisations/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销授权委托 */
        post: operations["postAgencyAuthorisationsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agency/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 代办员工作量：项目数、在办件、超期件、待代办员处理 */
        get: operations["getAgencyWorkload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我参加的联席会议和我负责的督办事项 */
        get: operations["getMeetings"];
        put?: never;
        /** 召集联席会议（科长、局长） */
        post: operations["postMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 联席会议：议程、参会单位、纪要、逐件议定意见、督办事项 */
        get: operations["getMeetingsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 填写会议纪要和逐件议定意见（须带 rev） */
        put: operations["putMeetingsByIdMinutes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/followups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 布置督办事项：责任人、办理期限 */
        post: operations["postMeetingsByIdFollowups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/followups/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 督办事项办结（责任人或召集人） */
        post: operations["postFollowupsByIdDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外部交易环节（公共资源交易）：待登记 / 已登记 */
        get: operations["getCasesByCaseNoMilestones"];
        put?: never;
        /** 登记外部交易环节的交易编号和日期（审查人员） */
        post: operations["postCasesByCaseNoMilestones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息（站内信），最新在前，含未读数 */
        get: operations["getMyNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/notices/unread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 未读消息数 */
        get: operations["getMyNoticesUnread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/notices/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已读：给出 id 标记一条，不给标记全部 */
        post: operations["postMyNoticesRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/notice-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 消息设置：短信、微信是否接收（法定告知不受影响） */
        get: operations["getMyNoticeSettings"];
        /** 修改消息设置 */
        put: operations["putMyNoticeSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/phone/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 向手机号发送验证码（每分钟一次，每号每天五次） */
        post: operations["postMyPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/phone/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以验证码验证手机号：通过后作为接收通知的手机号 */
        post: operations["postMyPhoneVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/wechat/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 绑定微信：返回微信授权页地址 */
        post: operations["postMyWechatAuthorize"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/wechat/bind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 绑定微信：以微信授权回调的 code 和 state 绑定本账号 */
        post: operations["postMyWechatBind"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/wechat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 解除微信绑定 */
        delete: operations["deleteMyWechat"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件的告知记录：告知了谁、什么内容、何时、短信是否送达 */
        get: operations["getCasesByCaseNoNotices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-deliveries/{deliveryId}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重发未送达（死信）的短信或微信通知 */
        post: operations["postNoticeDeliveriesByDeliveryIdResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 告知模板：现行措辞、内置措辞、可用变量 */
        get: operations["getNoticeTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates/{template}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 告知模板的修改历史 */
        get: operations["getNoticeTemplatesByTemplateHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates/{template}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 以真实办件预览告知模板（短信全文和计费条数） */
        post: operations["postNoticeTemplatesByTemplatePreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notice-templates/{template}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 修改告知模板（新版本，保留历史）；version 为所改的版本 */
        put: operations["putNoticeTemplatesByTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{caseNo}/fees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 办件的收费：事项的收费项目和计费方式、核定记录、待缴费/已缴费 */
        get: operations["getCasesByCaseNoFees"];
        put?: never;
        /** 核定收费：在事项规定的环节（受理或决定）确认金额（分）；无减免即向统一公共支付平台下单并告知缴款码，申请减免的待审批 */
        post: operations["postCasesByCaseNoFees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/{id}/waiver/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批准收费减免（减免规定的审批角色，非核定人本人） */
        post: operations["postFeesByIdWaiverApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 向统一公共支付平台查询订单；已缴费的即记录（回调丢失时） */
        post: operations["postFeesByIdRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/{id}/notice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 缴款通知书 PDF：缴款码、金额（小写和大写）、执收单位、缴款期限、支付二维码 */
        get: operations["getFeesByIdNoticePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 财政电子票据（统一公共支付平台开具） */
        get: operations["getFeesByIdReceiptPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退费：撤回、不予受理或不予许可的已缴费办件，经平台原路退付 */
        post: operations["postFeesByIdRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入统一公共支付平台的日对账单（CSV；不附文件则向平台获取）并与已记录的缴费逐笔核对 */
        post: operations["postFeesStatements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 对账差异和被拒的回调（财务人员） */
        get: operations["getFeesFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/flags/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 处理差异：requery 向平台查询订单并补记；confirm 人工核实后关闭 */
        post: operations["postFeesFlagsByIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fees/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 统一公共支付平台的缴费回调（Standard Webhooks 签名）：同一消息只生效一次；签名无效或金额不符的拒收并登记差异 */
        post: operations["postFeesCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            status: number;
            code: string;
            title: string;
            detail?: string;
            errors: ({
                path: string;
                message: string;
            } & {
                [key: string]: unknown;
            })[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealthz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadyz: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        database: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /** @enum {string} */
                        status: "unavailable";
                        database: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthOidc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthOidcLogin: {
        parameters: {
            query?: {
                /** @description 登录后回到的本站路径 */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthOidcCallback: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "person" | "organisation";
                            roles: {
                                role: string;
                                departmentCode: string | null;
                            }[];
                            permissions: string[];
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endSessionUrl: string;
                    };
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postIdentityVerifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    /**
                     * @description id_card 居民身份证，business_licence 营业执照
                     * @enum {string}
                     */
                    document: "id_card" | "business_licence";
                    /** @description 证件上的身份证号或统一社会信用代码 */
                    number: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        userId: string;
                        /** @enum {string} */
                        kind: "person" | "organisation";
                        document: string;
                        verifiedAt: string;
                        verifiedBy: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthIdentity: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        identity: {
                            /** @enum {string} */
                            kind: "person" | "organisation";
                            /** @enum {string} */
                            document: "id_card" | "business_licence" | "unified_identity";
                            verifiedAt: string;
                            verifiedBy: string;
                            /** @enum {string} */
                            realNameLevel: "L1" | "L2" | "L3";
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        kind: "staff" | "person" | "organisation";
                        roles: {
                            role: string;
                            departmentCode: string | null;
                        }[];
                        permissions: string[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "person" | "organisation";
                            roles: {
                                role: string;
                                departmentCode: string | null;
                            }[];
                            permissions: string[];
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string & (unknown & unknown);
                    displayName: string;
                    /** @enum {string} */
                    kind: "person" | "organisation";
                    idNumber?: string;
                    creditCode?: string;
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "person" | "organisation";
                            roles: {
                                role: string;
                                departmentCode: string | null;
                            }[];
                            permissions: string[];
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRoles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            role: string;
                            name: string;
                            permissions: string[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                q?: string;
                role?: "admin" | "catalog_editor" | "catalog_reviewer" | "catalog_checker" | "catalog_confirmer" | "window_clerk" | "case_reviewer" | "section_chief" | "deputy_director" | "agency_officer" | "director" | "hall_manager" | "inspection_coordinator" | "expert_manager" | "agency_lead" | "inspector" | "expert" | "regulator" | "applicant" | "agent" | "finance_officer";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            kind: "staff" | "person" | "organisation";
                            roles: {
                                role: string;
                                departmentCode: string | null;
                            }[];
                            locked: boolean;
                            /** @description 脱敏显示 */
                            idNumber: string | null;
                            creditCode: string | null;
                            /** @description 脱敏显示 */
                            phone: string | null;
                            createdAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    displayName: string;
                    password: string & (unknown & unknown);
                    roles: {
                        /** @enum {string} */
                        role: "admin" | "catalog_editor" | "catalog_reviewer" | "catalog_checker" | "catalog_confirmer" | "window_clerk" | "case_reviewer" | "section_chief" | "deputy_director" | "agency_officer" | "director" | "hall_manager" | "inspection_coordinator" | "expert_manager" | "agency_lead" | "inspector" | "expert" | "regulator" | "applicant" | "agent" | "finance_officer";
                        /** @default null */
                        departmentCode?: string | null;
                    }[];
                    phone?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        kind: "staff" | "person" | "organisation";
                        roles: {
                            role: string;
                            departmentCode: string | null;
                        }[];
                        locked: boolean;
                        /** @description 脱敏显示 */
                        idNumber: string | null;
                        creditCode: string | null;
                        /** @description 脱敏显示 */
                        phone: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putUsersByIdRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    roles: {
                        /** @enum {string} */
                        role: "admin" | "catalog_editor" | "catalog_reviewer" | "catalog_checker" | "catalog_confirmer" | "window_clerk" | "case_reviewer" | "section_chief" | "deputy_director" | "agency_officer" | "director" | "hall_manager" | "inspection_coordinator" | "expert_manager" | "agency_lead" | "inspector" | "expert" | "regulator" | "applicant" | "agent" | "finance_officer";
                        /** @default null */
                        departmentCode?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        kind: "staff" | "person" | "organisation";
                        roles: {
                            role: string;
                            departmentCode: string | null;
                        }[];
                        locked: boolean;
                        /** @description 脱敏显示 */
                        idNumber: string | null;
                        creditCode: string | null;
                        /** @description 脱敏显示 */
                        phone: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postUsersByIdUnlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        kind: "staff" | "person" | "organisation";
                        roles: {
                            role: string;
                            departmentCode: string | null;
                        }[];
                        locked: boolean;
                        /** @description 脱敏显示 */
                        idNumber: string | null;
                        creditCode: string | null;
                        /** @description 脱敏显示 */
                        phone: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUsersByIdIdNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        idNumber: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            departmentCode: string;
                            prefix: string;
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    departmentCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        prefix: string;
                        key: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteApiKeysById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            kind: "bureau" | "division" | "institution" | "regulator";
                            parentCode: string | null;
                            creditCode: string | null;
                            /** @description 决定的事项数（局内科室）或监管的事项数（监管部门） */
                            itemCount: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            windows: {
                                id: number;
                                number: number;
                                name: string;
                                comprehensive: boolean;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrgWhoami: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        type: string;
                        name: string;
                        department: {
                            code: string;
                            name: string;
                            kind: string;
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAudit: {
        parameters: {
            query?: {
                actor?: string;
                action?: string;
                targetType?: string;
                targetId?: string;
                from?: string;
                to?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            at: string;
                            actorId: string | null;
                            actorName: string;
                            action: string;
                            targetType: string;
                            targetId: string | null;
                            ip: string | null;
                            before: unknown;
                            after: unknown;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        count: number;
                        brokenAt?: number;
                        reason?: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 清理的行政许可事项（主项）数 */
                        total: number;
                        byDisposition: {
                            transferred: number;
                            hall_only: number;
                            not_stationed: number;
                            cancelled: number;
                            delegated: number;
                        };
                        related: number;
                        fee: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItems: {
        parameters: {
            query?: {
                q?: string;
                zone?: string;
                department?: string;
                disposition?: "transferred" | "hall_only" | "not_stationed" | "cancelled" | "delegated";
                kind?: "main" | "related" | "fee" | "service";
                type?: "licensing" | "confirmation" | "payment" | "adjudication" | "reward" | "other_power" | "public_service";
                onlineLevel?: "full_online" | "at_most_once" | "on_site";
                /** @description 办理结果：证照、批准文书、登记/备案、服务办结 */
                resultType?: "licence" | "decision" | "record" | "service";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            type: string;
                            kind: string;
                            department: string;
                            departmentName: string;
                            zone: string | null;
                            zoneName: string | null;
                            disposition: string | null;
                            onlineLevel: string;
                            resultType: string;
                            statutoryDays: number;
                            promisedDays: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItemsByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @default  */
                        basicCode: string;
                        name: string;
                        /** @enum {string} */
                        kind: "main" | "related" | "fee" | "service";
                        /** @enum {string} */
                        type: "licensing" | "confirmation" | "payment" | "adjudication" | "reward" | "other_power" | "public_service";
                        disposition: ("transferred" | "hall_only" | "not_stationed" | "cancelled" | "delegated") | null;
                        /** @default null */
                        delegatedTo: string | null;
                        /** @default [] */
                        replacedBy: string[];
                        /** @default null */
                        parentCode: string | null;
                        departmentCode: string;
                        /** @default [] */
                        regulatorCodes: string[];
                        zone: string | null;
                        /**
                         * @default both
                         * @enum {string}
                         */
                        serviceObject: "person" | "organisation" | "both";
                        legalBasis: string[];
                        /** @default [] */
                        conditions: string[];
                        /** @default  */
                        description: string;
                        /** @default [] */
                        materials: {
                            code: string;
                            name: string;
                            source: string;
                            /** @enum {string} */
                            requirement: "required" | "conditional";
                            originals: number;
                            copies: number;
                            /** @enum {string} */
                            form: "paper" | "electronic" | "either";
                            /** @default null */
                            template: string | null;
                            /** @default false */
                            toleranceAllowed: boolean;
                            /** @default false */
                            commitmentAllowed: boolean;
                            /** @default  */
                            notes: string;
                        }[];
                        /** @default [] */
                        situations: {
                            code: string;
                            name: string;
                            /** @default  */
                            description: string;
                            /** @default [] */
                            materialCodes: string[];
                            /** @default  */
                            question: string;
                        }[];
                        /** @default [] */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                        }[];
                        statutoryDays: number;
                        promisedDays: number;
                        /** @default 2 */
                        warningDays: number;
                        /** @enum {string} */
                        resultType: "licence" | "decision" | "record" | "service";
                        /** @default  */
                        licenceName: string;
                        /** @default null */
                        licenceYears: number | null;
                        /** @default false */
                        instant: boolean;
                        /** @default true */
                        feeFree: boolean;
                        /** @default [] */
                        fees: {
                            name: string;
                            basis: string;
                            amount: string;
                            /** @default null */
                            terms: {
                                rule: {
                                    /** @enum {string} */
                                    kind: "fixed";
                                    options: {
                                        label: string;
                                        amountFen: number;
                                    }[];
                                } | {
                                    /** @enum {string} */
                                    kind: "per_unit";
                                    unit: string;
                                    options: {
                                        label: string;
                                        unitFen: number;
                                    }[];
                                    /** @default 0 */
                                    freeUnits: number;
                                    /** @default null */
                                    minFen: number | null;
                                    /** @default null */
                                    maxFen: number | null;
                                } | {
                                    /** @enum {string} */
                                    kind: "tiered";
                                    unit: string;
                                    tiers: {
                                        upTo: number | null;
                                        unitFen: number;
                                    }[];
                                } | {
                                    /** @enum {string} */
                                    kind: "assessed";
                                    standard: string;
                                };
                                /**
                                 * @default decision
                                 * @enum {string}
                                 */
                                dueAt: "acceptance" | "decision";
                                /** @default 15 */
                                payWithinDays: number;
                                payee: string;
                                /** @default [] */
                                waivers: {
                                    code: string;
                                    name: string;
                                    condition: string;
                                    basis: string;
                                    percent: number;
                                    approverRole: string;
                                }[];
                            } | null;
                        }[];
                        /** @enum {string} */
                        onlineLevel: "full_online" | "at_most_once" | "on_site";
                        /** @default null */
                        minRealNameLevel: ("L1" | "L2" | "L3") | null;
                        /** @default false */
                        onSiteInspection: boolean;
                        /** @default [] */
                        inspectionChecklist: string[];
                        /** @default false */
                        expertReview: boolean;
                        /** @default false */
                        jointHandling: boolean;
                        /** @default false */
                        hearing: boolean;
                        /** @default [] */
                        externalMilestones: string[];
                        /** @default  */
                        location: string;
                        /** @default  */
                        consultPhone: string;
                        /** @default  */
                        officeName: string;
                        /** @default  */
                        officeAddress: string;
                        /** @default  */
                        officeHours: string;
                        /** @default  */
                        officePhone: string;
                        /** @default [] */
                        aliases: string[];
                        /** @default [] */
                        oldNames: string[];
                        /** @default [] */
                        keywords: string[];
                        /** @default null */
                        form: {
                            schema: {
                                [key: string]: unknown;
                            };
                            /** @default {} */
                            ui: {
                                [key: string]: unknown;
                            };
                            /** @default {} */
                            licenceMap: {
                                [key: string]: string;
                            };
                            /** @default [] */
                            dimensions: string[];
                        } | null;
                        version: number;
                        confirmedAt: string;
                        departmentName: string;
                        zoneName: string | null;
                        regulators: {
                            code: string;
                            name: string;
                        }[];
                        children: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        parent: {
                            code: string;
                            name: string;
                        } | null;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItemsByCodeVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            confirmedAt: string;
                            batchName: string | null;
                            changes: {
                                path: string;
                                before: unknown;
                                after: unknown;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItemsByCodeDiff: {
        parameters: {
            query: {
                from: number;
                to: number;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: number;
                        to: number;
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogTemplatesByFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCatalogTemplatesByFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        sha256: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogVersions: {
        parameters: {
            query?: {
                stage?: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                batchId?: string;
                q?: string;
                mine?: "0" | "1" | "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            itemCode: string;
                            name: string;
                            kind: string;
                            disposition: string | null;
                            version: number | null;
                            /** @enum {string} */
                            stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                            authorId: string;
                            authorName: string;
                            batchId: string | null;
                            batchName: string | null;
                            updatedAt: string;
                            rev: number;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 事项全部字段（itemSchema） */
                    data: unknown;
                    batchId?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogVersionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCatalogVersionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    data: unknown;
                    rev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogVersionsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rev: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogVersionsByIdPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rev: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogVersionsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rev: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogVersionsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rev: number;
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        itemCode: string;
                        name: string;
                        kind: string;
                        disposition: string | null;
                        version: number | null;
                        /** @enum {string} */
                        stage: "draft" | "first_review" | "recheck" | "final_review" | "confirmed" | "withdrawn";
                        authorId: string;
                        authorName: string;
                        batchId: string | null;
                        batchName: string | null;
                        updatedAt: string;
                        rev: number;
                        /** @description 事项全部字段，见 src/domain/catalog.ts itemSchema */
                        data: {
                            code: string;
                            name: string;
                        } & {
                            [key: string]: unknown;
                        };
                        events: {
                            fromStage: string;
                            toStage: string;
                            action: string;
                            actorName: string;
                            reason: string;
                            at: string;
                        }[];
                        /** @description 与当前已发布版本相比的变化 */
                        changes: {
                            path: string;
                            before: unknown;
                            after: unknown;
                        }[];
                        isNewItem: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            description: string;
                            createdAt: string;
                            total: number;
                            byDisposition: {
                                [key: string]: number;
                            };
                            byStage: {
                                [key: string]: number;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    description?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        createdAt: string;
                        total: number;
                        byDisposition: {
                            [key: string]: number;
                        };
                        byStage: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        description: string;
                        createdAt: string;
                        total: number;
                        byDisposition: {
                            [key: string]: number;
                        };
                        byStage: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogBatchesByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submitted: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogBatchesByIdPass: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    stage: "first_review" | "recheck" | "final_review";
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passed: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCatalogImport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 新建的清理批次；全部未变化时为 null */
                        batchId: string | null;
                        /** @description 新建草稿数（新事项或有变化的事项） */
                        created: number;
                        /** @description 与已发布版本相同、跳过的事项数 */
                        unchanged: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarWorkingDays: {
        parameters: {
            query: {
                /** @description 起算日（不计入期限，民法典第二百零一条） */
                from: string;
                /** @description 工作日数 */
                days: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description 第 N 个工作日（期限届满日）
                         */
                        due: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarMonth: {
        parameters: {
            query: {
                year: number;
                month: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        month: number;
                        days: {
                            /**
                             * Format: date
                             * @description 日期（北京时间），YYYY-MM-DD
                             */
                            date: string;
                            working: boolean;
                            /**
                             * @description workday 工作日 · weekend 周末 · holiday 法定节假日 · makeup_workday 调休上班 · override_working / override_off 本局调整
                             * @enum {string}
                             */
                            kind: "workday" | "weekend" | "holiday" | "makeup_workday" | "override_working" | "override_off";
                            /** @description 节日名称或本局调整的原因 */
                            name: string | null;
                            /** @description true：法定节假日（调休安排未公布），按《全国年节及纪念日放假办法》暂计为休息，待录入当年放假安排 */
                            provisional: boolean;
                        }[];
                        /** @description 已公布放假安排（国家数据或已录入的通知）的年份；其余年份的法定节假日按《全国年节及纪念日放假办法》暂计（provisional） */
                        coveredYears: number[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarYearsByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 年份（2025–2100，《全国年节及纪念日放假办法》2024年修订施行起） */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /**
                         * @description notice 已录入的国务院通知 · national 系统收录的国家安排 · statutory 尚未公布，仅法定节假日（暂计） · weekends 仅周末
                         * @enum {string}
                         */
                        source: "notice" | "national" | "statutory" | "weekends";
                        notice: {
                            document: string;
                            holidays: {
                                name: string;
                                /**
                                 * Format: date
                                 * @description 日期（北京时间），YYYY-MM-DD
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description 日期（北京时间），YYYY-MM-DD
                                 */
                                to: string;
                                workdays: string[];
                            }[];
                        } | null;
                        /** @description 当年的法定节假日 */
                        festivals: {
                            name: string;
                            /** @description 法定节假日（第二条） */
                            days: string[];
                            /** @description 逢周末的补假（第六条），暂计于节后第一个工作日 */
                            makeUp: string[];
                        }[];
                        /** @description 最简放假安排：各节日的法定节假日及补假（共用日期的节日合并），不含调休上班日；录入通知时以此为起点 */
                        draft: {
                            name: string;
                            /**
                             * Format: date
                             * @description 日期（北京时间），YYYY-MM-DD
                             */
                            from: string;
                            /**
                             * Format: date
                             * @description 日期（北京时间），YYYY-MM-DD
                             */
                            to: string;
                            workdays: string[];
                        }[];
                        /** @description 暂计为休息的日期（调休安排未公布） */
                        provisionalDays: {
                            /**
                             * Format: date
                             * @description 日期（北京时间），YYYY-MM-DD
                             */
                            date: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description 服务时钟的今天
                         */
                        today: string;
                        items: {
                            year: number;
                            document: string;
                            holidays: {
                                name: string;
                                /**
                                 * Format: date
                                 * @description 日期（北京时间），YYYY-MM-DD
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description 日期（北京时间），YYYY-MM-DD
                                 */
                                to: string;
                                workdays: string[];
                            }[];
                            /** @description 录入人用户名 */
                            enteredBy: string | null;
                            enteredAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCalendarNoticesByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 年份（2025–2100，《全国年节及纪念日放假办法》2024年修订施行起） */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 文件名称及文号，如"国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）" */
                    document: string;
                    /** @description 各节日的放假安排；须包含全部法定节假日 */
                    holidays: {
                        /** @description 节日名称，如"春节" */
                        name: string;
                        /**
                         * Format: date
                         * @description 放假起始日
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description 放假结束日（含）
                         */
                        to: string;
                        /**
                         * @description 调休上班日（须为周六或周日）
                         * @default []
                         */
                        workdays?: string[];
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notice: {
                            year: number;
                            document: string;
                            holidays: {
                                name: string;
                                /**
                                 * Format: date
                                 * @description 日期（北京时间），YYYY-MM-DD
                                 */
                                from: string;
                                /**
                                 * Format: date
                                 * @description 日期（北京时间），YYYY-MM-DD
                                 */
                                to: string;
                                workdays: string[];
                            }[];
                            /** @description 录入人用户名 */
                            enteredBy: string | null;
                            enteredAt: string;
                        };
                        recomputed: {
                            /** @description 按新日历核对的在办件数 */
                            checked: number;
                            /** @description 期限变动（顺延或按已告知日期保持）的办件数，每件记一条"按节假日安排重算期限"操作 */
                            moved: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCalendarNoticesByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 年份（2025–2100，《全国年节及纪念日放假办法》2024年修订施行起） */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recomputed: {
                            /** @description 按新日历核对的在办件数 */
                            checked: number;
                            /** @description 期限变动（顺延或按已告知日期保持）的办件数，每件记一条"按节假日安排重算期限"操作 */
                            moved: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarOverrides: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /**
                             * Format: date
                             * @description 日期（北京时间），YYYY-MM-DD
                             */
                            date: string;
                            working: boolean;
                            reason: string;
                            /** @description 设置人用户名 */
                            createdBy: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putCalendarOverridesByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description true 上班，false 放假 */
                    working: boolean;
                    /** @description 原因，例如"台风停工" */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description 日期（北京时间），YYYY-MM-DD
                         */
                        date: string;
                        working: boolean;
                        reason: string;
                        /** @description 设置人用户名 */
                        createdBy: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteCalendarOverridesByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuideSearch: {
        parameters: {
            query: {
                /** @description 申请人自己的话：事项名称、别名、俗称、拼音或首字母、问句 */
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        results: {
                            code: string;
                            name: string;
                            kind: string;
                            disposition: string | null;
                            /** @description 可在本系统网上申请或到大厅办理；已取消、已下放和不划转不进驻的事项为 false */
                            applicable: boolean;
                            /** @description 已取消 / 已下放事项的说明；不划转不进驻事项写明到哪里办理 */
                            notice: string | null;
                            /** @description 不划转不进驻事项：到哪里办理；其他事项为 null */
                            office: {
                                /** @description 办理机构 */
                                name: string;
                                /** @description 办公地址 */
                                address: string;
                                /** @description 办公时间 */
                                hours: string;
                                /** @description 联系电话 */
                                phone: string;
                            } | null;
                            /** @description 办理结果：licence 证照 / decision 批准文书 / record 登记/备案 / service 服务办结 */
                            resultType: string;
                            /** @description 办理结果的说明，证照事项含证照名称 */
                            resultName: string;
                            replacedBy: {
                                code: string;
                                name: string;
                            }[];
                            delegatedTo: string | null;
                            parent: {
                                code: string;
                                name: string;
                            } | null;
                            onlineLevel: string;
                            onlineLevelName: string;
                            zone: string | null;
                            zoneName: string | null;
                            location: string;
                            departmentName: string;
                            promisedDays: number;
                            statutoryDays: number;
                            instant: boolean;
                            feeFree: boolean;
                            fees: {
                                name: string;
                                basis: string;
                                amount: string;
                            }[];
                            hasQuestions: boolean;
                            score: number;
                            matched: {
                                /** @enum {string} */
                                field: "name" | "alias" | "keyword" | "oldName" | "situation" | "material" | "description";
                                text: string;
                                terms: string[];
                            }[];
                        }[];
                        scenarios: {
                            id: string;
                            name: string;
                            summary: string;
                            items: {
                                code: string;
                                name: string;
                                kind: string;
                                disposition: string | null;
                                /** @description 可在本系统网上申请或到大厅办理；已取消、已下放和不划转不进驻的事项为 false */
                                applicable: boolean;
                                /** @description 已取消 / 已下放事项的说明；不划转不进驻事项写明到哪里办理 */
                                notice: string | null;
                                /** @description 不划转不进驻事项：到哪里办理；其他事项为 null */
                                office: {
                                    /** @description 办理机构 */
                                    name: string;
                                    /** @description 办公地址 */
                                    address: string;
                                    /** @description 办公时间 */
                                    hours: string;
                                    /** @description 联系电话 */
                                    phone: string;
                                } | null;
                                /** @description 办理结果：licence 证照 / decision 批准文书 / record 登记/备案 / service 服务办结 */
                                resultType: string;
                                /** @description 办理结果的说明，证照事项含证照名称 */
                                resultName: string;
                                replacedBy: {
                                    code: string;
                                    name: string;
                                }[];
                                delegatedTo: string | null;
                                parent: {
                                    code: string;
                                    name: string;
                                } | null;
                                onlineLevel: string;
                                onlineLevelName: string;
                                zone: string | null;
                                zoneName: string | null;
                                location: string;
                                departmentName: string;
                                promisedDays: number;
                                statutoryDays: number;
                                instant: boolean;
                                feeFree: boolean;
                                fees: {
                                    name: string;
                                    basis: string;
                                    amount: string;
                                }[];
                                hasQuestions: boolean;
                                step: number;
                                note: string;
                            }[];
                            score: number;
                            matched: {
                                /** @enum {string} */
                                field: "name" | "alias" | "keyword" | "oldName" | "situation" | "material" | "description";
                                text: string;
                                terms: string[];
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuideSuggest: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            type: "item" | "scenario";
                            id: string;
                            code: string | null;
                            text: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuideScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            summary: string;
                            items: {
                                code: string;
                                name: string;
                                kind: string;
                                disposition: string | null;
                                /** @description 可在本系统网上申请或到大厅办理；已取消、已下放和不划转不进驻的事项为 false */
                                applicable: boolean;
                                /** @description 已取消 / 已下放事项的说明；不划转不进驻事项写明到哪里办理 */
                                notice: string | null;
                                /** @description 不划转不进驻事项：到哪里办理；其他事项为 null */
                                office: {
                                    /** @description 办理机构 */
                                    name: string;
                                    /** @description 办公地址 */
                                    address: string;
                                    /** @description 办公时间 */
                                    hours: string;
                                    /** @description 联系电话 */
                                    phone: string;
                                } | null;
                                /** @description 办理结果：licence 证照 / decision 批准文书 / record 登记/备案 / service 服务办结 */
                                resultType: string;
                                /** @description 办理结果的说明，证照事项含证照名称 */
                                resultName: string;
                                replacedBy: {
                                    code: string;
                                    name: string;
                                }[];
                                delegatedTo: string | null;
                                parent: {
                                    code: string;
                                    name: string;
                                } | null;
                                onlineLevel: string;
                                onlineLevelName: string;
                                zone: string | null;
                                zoneName: string | null;
                                location: string;
                                departmentName: string;
                                promisedDays: number;
                                statutoryDays: number;
                                instant: boolean;
                                feeFree: boolean;
                                fees: {
                                    name: string;
                                    basis: string;
                                    amount: string;
                                }[];
                                hasQuestions: boolean;
                                step: number;
                                note: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuideScenariosById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        summary: string;
                        items: {
                            code: string;
                            name: string;
                            kind: string;
                            disposition: string | null;
                            /** @description 可在本系统网上申请或到大厅办理；已取消、已下放和不划转不进驻的事项为 false */
                            applicable: boolean;
                            /** @description 已取消 / 已下放事项的说明；不划转不进驻事项写明到哪里办理 */
                            notice: string | null;
                            /** @description 不划转不进驻事项：到哪里办理；其他事项为 null */
                            office: {
                                /** @description 办理机构 */
                                name: string;
                                /** @description 办公地址 */
                                address: string;
                                /** @description 办公时间 */
                                hours: string;
                                /** @description 联系电话 */
                                phone: string;
                            } | null;
                            /** @description 办理结果：licence 证照 / decision 批准文书 / record 登记/备案 / service 服务办结 */
                            resultType: string;
                            /** @description 办理结果的说明，证照事项含证照名称 */
                            resultName: string;
                            replacedBy: {
                                code: string;
                                name: string;
                            }[];
                            delegatedTo: string | null;
                            parent: {
                                code: string;
                                name: string;
                            } | null;
                            onlineLevel: string;
                            onlineLevelName: string;
                            zone: string | null;
                            zoneName: string | null;
                            location: string;
                            departmentName: string;
                            promisedDays: number;
                            statutoryDays: number;
                            instant: boolean;
                            feeFree: boolean;
                            fees: {
                                name: string;
                                basis: string;
                                amount: string;
                            }[];
                            hasQuestions: boolean;
                            step: number;
                            note: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getGuideItemsByCodeQuestions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemCode: string;
                        itemName: string;
                        version: number;
                        questions: {
                            id: string;
                            text: string;
                            /** @enum {string} */
                            kind: "single" | "yesno";
                            options: {
                                code: string;
                                name: string;
                                description: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postGuideChecklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemCode: string;
                    /**
                     * @description 问题 id → 选项（情形编码）或 true/false
                     * @default {}
                     */
                    answers?: {
                        [key: string]: string | boolean;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemCode: string;
                        itemName: string;
                        version: number;
                        situationCodes: string[];
                        situations: string[];
                        onlineLevel: string;
                        location: string;
                        /** @description 不划转不进驻事项：到哪里办理；其他事项为 null */
                        office: {
                            /** @description 办理机构 */
                            name: string;
                            /** @description 办公地址 */
                            address: string;
                            /** @description 办公时间 */
                            hours: string;
                            /** @description 联系电话 */
                            phone: string;
                        } | null;
                        promisedDays: number;
                        materials: {
                            code: string;
                            name: string;
                            source: string;
                            /** @enum {string} */
                            requirement: "required" | "conditional";
                            /** @description 按情形材料：由哪些情形增加 */
                            addedBy: string[];
                            originals: number;
                            copies: number;
                            form: string;
                            notes: string;
                            template: string | null;
                            templateUrl: string | null;
                            /** @description 可容缺受理 */
                            toleranceAllowed: boolean;
                            /** @description 可告知承诺替代 */
                            commitmentAllowed: boolean;
                            /** @description 登录申请人以往办件中的同名材料 */
                            reusable: {
                                fileId: string;
                                fileName: string;
                                caseNo: string;
                                itemName: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCases: {
        parameters: {
            query?: {
                status?: string;
                clockState?: "ok" | "warning" | "overdue" | "paused" | "waiting_applicant" | "done" | "not_started";
                itemCode?: string;
                q?: string;
                mine?: "0" | "1" | "true" | "false";
                assigned?: "me";
                extension?: "requested";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            applicantName: string;
                            channel: string;
                            status: string;
                            statusName: string;
                            clockState: string;
                            receivedOn: string | null;
                            acceptanceDue: string | null;
                            promisedDue: string | null;
                            decisionDue: string | null;
                            remainingWorkingDays: number | null;
                            version: number;
                            updatedAt: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    itemCode: string;
                    situation?: string[];
                    /** @description 申请表数据，按事项申请表（JSON Schema）填写；草稿保存时返回 formIssues 提示，提交时不合规答 400 CASE.FORM_INVALID 并列出每一项 */
                    form?: {
                        [key: string]: unknown;
                    };
                    onBehalfOf?: {
                        authorisationId?: string;
                        /** @enum {string} */
                        kind?: "person" | "organisation";
                        name?: string;
                        idNumber?: string;
                        creditCode?: string;
                        phone?: string;
                    };
                    licence?: {
                        no: string;
                        /** @enum {string} */
                        purpose: "change" | "renewal";
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        queryCode?: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        channel: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                        statusName: string;
                        version: number;
                        /** @description 此刻当前用户可以执行的操作 */
                        allowedActions: string[];
                        clock: {
                            receivedAt: string | null;
                            acceptanceDue: string | null;
                            /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                            supplementToldOn: string | null;
                            /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                            supplementLate: boolean;
                            acceptedAt: string | null;
                            decisionDue: string | null;
                            promisedDue: string | null;
                            extensionDays: number;
                            stepDues: string[];
                            pauses: {
                                kind: string;
                                from: string;
                                to: string | null;
                                expectedDays: number;
                                workingDays: number;
                            }[];
                            pausedWorkingDays: number;
                            remainingWorkingDays: number | null;
                            statutoryRemainingWorkingDays: number | null;
                            state: string;
                            decidedAt: string | null;
                            onTime: boolean | null;
                        };
                        actions: {
                            seq: number;
                            /** @enum {string} */
                            type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                            name: string;
                            at: string;
                            on: string;
                            actorName: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                        applicant: {
                            kind: string;
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            phone: string | null;
                        };
                        authorisationId: string | null;
                        situation: string[];
                        form: {
                            [key: string]: unknown;
                        };
                        formVersion: number;
                        formDefinition: {
                            schema: {
                                [key: string]: unknown;
                            };
                            ui: {
                                [key: string]: unknown;
                            };
                        };
                        formRows: {
                            key: string;
                            title: string;
                            text: string;
                        }[];
                        formIssues: {
                            path: string;
                            field: string;
                            message: string;
                        }[];
                        licence: {
                            no: string;
                            /** @enum {string} */
                            purpose: "change" | "renewal";
                        } | null;
                        creditFlag?: string | null;
                        materials: {
                            code: string;
                            name: string;
                            requirement: string;
                            toleranceAllowed: boolean;
                            commitmentAllowed: boolean;
                            files: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                reused: boolean;
                                at: string;
                            }[];
                            /** @enum {string} */
                            state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                        }[];
                        flaggedMaterials: {
                            materialCode: string;
                            problem: string;
                        }[];
                        pendingMaterials: {
                            materialCode: string;
                            dueDate: string;
                        }[];
                        commitments: {
                            materialCode: string;
                            checkDue: string;
                        }[];
                        extension: {
                            requestedDays: number;
                            reason: string;
                            approved: boolean;
                        } | null;
                        assignee: {
                            userId: string;
                            name: string;
                        } | null;
                        /** @description 事项目录规定的办理环节及各环节截止日 */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                            due: string | null;
                        }[];
                        /** @description 审批链：由谁决定，各环节意见 */
                        review: {
                            /**
                             * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                             * @enum {string}
                             */
                            decidedBy: "bureau" | "agency";
                            /** @description 作出决定、在文书上署名的机关 */
                            deciderName: string;
                            /** @description 事项办理流程规定的审查、审核、审批环节 */
                            chain: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                            }[];
                            opinions: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                                by: string;
                                on: string;
                                text: string;
                            }[];
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesPrefill: {
        parameters: {
            query: {
                itemCode: string;
                kind?: "person" | "organisation";
                name?: string;
                idNumber?: string;
                creditCode?: string;
                phone?: string;
                authorisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemCode: string;
                        formVersion: number;
                        form: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesAssignees: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            userId: string;
                            name: string;
                            role: string;
                            departmentCode: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        queryCode?: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        channel: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                        statusName: string;
                        version: number;
                        /** @description 此刻当前用户可以执行的操作 */
                        allowedActions: string[];
                        clock: {
                            receivedAt: string | null;
                            acceptanceDue: string | null;
                            /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                            supplementToldOn: string | null;
                            /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                            supplementLate: boolean;
                            acceptedAt: string | null;
                            decisionDue: string | null;
                            promisedDue: string | null;
                            extensionDays: number;
                            stepDues: string[];
                            pauses: {
                                kind: string;
                                from: string;
                                to: string | null;
                                expectedDays: number;
                                workingDays: number;
                            }[];
                            pausedWorkingDays: number;
                            remainingWorkingDays: number | null;
                            statutoryRemainingWorkingDays: number | null;
                            state: string;
                            decidedAt: string | null;
                            onTime: boolean | null;
                        };
                        actions: {
                            seq: number;
                            /** @enum {string} */
                            type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                            name: string;
                            at: string;
                            on: string;
                            actorName: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                        applicant: {
                            kind: string;
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            phone: string | null;
                        };
                        authorisationId: string | null;
                        situation: string[];
                        form: {
                            [key: string]: unknown;
                        };
                        formVersion: number;
                        formDefinition: {
                            schema: {
                                [key: string]: unknown;
                            };
                            ui: {
                                [key: string]: unknown;
                            };
                        };
                        formRows: {
                            key: string;
                            title: string;
                            text: string;
                        }[];
                        formIssues: {
                            path: string;
                            field: string;
                            message: string;
                        }[];
                        licence: {
                            no: string;
                            /** @enum {string} */
                            purpose: "change" | "renewal";
                        } | null;
                        creditFlag?: string | null;
                        materials: {
                            code: string;
                            name: string;
                            requirement: string;
                            toleranceAllowed: boolean;
                            commitmentAllowed: boolean;
                            files: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                reused: boolean;
                                at: string;
                            }[];
                            /** @enum {string} */
                            state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                        }[];
                        flaggedMaterials: {
                            materialCode: string;
                            problem: string;
                        }[];
                        pendingMaterials: {
                            materialCode: string;
                            dueDate: string;
                        }[];
                        commitments: {
                            materialCode: string;
                            checkDue: string;
                        }[];
                        extension: {
                            requestedDays: number;
                            reason: string;
                            approved: boolean;
                        } | null;
                        assignee: {
                            userId: string;
                            name: string;
                        } | null;
                        /** @description 事项目录规定的办理环节及各环节截止日 */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                            due: string | null;
                        }[];
                        /** @description 审批链：由谁决定，各环节意见 */
                        review: {
                            /**
                             * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                             * @enum {string}
                             */
                            decidedBy: "bureau" | "agency";
                            /** @description 作出决定、在文书上署名的机关 */
                            deciderName: string;
                            /** @description 事项办理流程规定的审查、审核、审批环节 */
                            chain: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                            }[];
                            opinions: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                                by: string;
                                on: string;
                                text: string;
                            }[];
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchCasesByCaseNo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    situation?: string[];
                    /** @description 申请表数据，按事项申请表（JSON Schema）填写；草稿保存时返回 formIssues 提示，提交时不合规答 400 CASE.FORM_INVALID 并列出每一项 */
                    form?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        queryCode?: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        channel: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                        statusName: string;
                        version: number;
                        /** @description 此刻当前用户可以执行的操作 */
                        allowedActions: string[];
                        clock: {
                            receivedAt: string | null;
                            acceptanceDue: string | null;
                            /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                            supplementToldOn: string | null;
                            /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                            supplementLate: boolean;
                            acceptedAt: string | null;
                            decisionDue: string | null;
                            promisedDue: string | null;
                            extensionDays: number;
                            stepDues: string[];
                            pauses: {
                                kind: string;
                                from: string;
                                to: string | null;
                                expectedDays: number;
                                workingDays: number;
                            }[];
                            pausedWorkingDays: number;
                            remainingWorkingDays: number | null;
                            statutoryRemainingWorkingDays: number | null;
                            state: string;
                            decidedAt: string | null;
                            onTime: boolean | null;
                        };
                        actions: {
                            seq: number;
                            /** @enum {string} */
                            type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                            name: string;
                            at: string;
                            on: string;
                            actorName: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                        applicant: {
                            kind: string;
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            phone: string | null;
                        };
                        authorisationId: string | null;
                        situation: string[];
                        form: {
                            [key: string]: unknown;
                        };
                        formVersion: number;
                        formDefinition: {
                            schema: {
                                [key: string]: unknown;
                            };
                            ui: {
                                [key: string]: unknown;
                            };
                        };
                        formRows: {
                            key: string;
                            title: string;
                            text: string;
                        }[];
                        formIssues: {
                            path: string;
                            field: string;
                            message: string;
                        }[];
                        licence: {
                            no: string;
                            /** @enum {string} */
                            purpose: "change" | "renewal";
                        } | null;
                        creditFlag?: string | null;
                        materials: {
                            code: string;
                            name: string;
                            requirement: string;
                            toleranceAllowed: boolean;
                            commitmentAllowed: boolean;
                            files: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                reused: boolean;
                                at: string;
                            }[];
                            /** @enum {string} */
                            state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                        }[];
                        flaggedMaterials: {
                            materialCode: string;
                            problem: string;
                        }[];
                        pendingMaterials: {
                            materialCode: string;
                            dueDate: string;
                        }[];
                        commitments: {
                            materialCode: string;
                            checkDue: string;
                        }[];
                        extension: {
                            requestedDays: number;
                            reason: string;
                            approved: boolean;
                        } | null;
                        assignee: {
                            userId: string;
                            name: string;
                        } | null;
                        /** @description 事项目录规定的办理环节及各环节截止日 */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                            due: string | null;
                        }[];
                        /** @description 审批链：由谁决定，各环节意见 */
                        review: {
                            /**
                             * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                             * @enum {string}
                             */
                            decidedBy: "bureau" | "agency";
                            /** @description 作出决定、在文书上署名的机关 */
                            deciderName: string;
                            /** @description 事项办理流程规定的审查、审核、审批环节 */
                            chain: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                            }[];
                            opinions: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                                by: string;
                                on: string;
                                text: string;
                            }[];
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByCaseNoActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "submit";
                    expectedVersion: number;
                } | {
                    /** @enum {string} */
                    type: "accept";
                    expectedVersion: number;
                } | {
                    /** @enum {string} */
                    type: "reject";
                    expectedVersion: number;
                    competentBody: string;
                    reason: string;
                } | {
                    /** @enum {string} */
                    type: "request_supplement";
                    expectedVersion: number;
                    items: {
                        materialCode: string;
                        problem: string;
                    }[];
                } | {
                    /** @enum {string} */
                    type: "submit_supplement";
                    expectedVersion: number;
                } | {
                    /** @enum {string} */
                    type: "accept_pending";
                    expectedVersion: number;
                    pending: {
                        materialCode: string;
                        /**
                         * Format: date
                         * @description 日期（北京时间），YYYY-MM-DD
                         */
                        dueDate: string;
                    }[];
                } | {
                    /** @enum {string} */
                    type: "supply_pending";
                    expectedVersion: number;
                    materialCode: string;
                } | {
                    /** @enum {string} */
                    type: "commit_promise";
                    expectedVersion: number;
                    materialCode: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    checkDue: string;
                } | {
                    /** @enum {string} */
                    type: "take";
                    expectedVersion: number;
                } | {
                    /** @enum {string} */
                    type: "assign";
                    expectedVersion: number;
                    /** Format: uuid */
                    userId: string;
                } | {
                    /** @enum {string} */
                    type: "start_pause";
                    expectedVersion: number;
                    /** @enum {string} */
                    kind: "inspection" | "expert_review" | "hearing" | "testing" | "appraisal";
                    expectedDays: number;
                    reason: string;
                } | {
                    /** @enum {string} */
                    type: "end_pause";
                    expectedVersion: number;
                    result: string;
                } | {
                    /** @enum {string} */
                    type: "request_extension";
                    expectedVersion: number;
                    /** @default 10 */
                    days?: number;
                    reason: string;
                } | {
                    /** @enum {string} */
                    type: "approve_extension";
                    expectedVersion: number;
                } | {
                    /** @enum {string} */
                    type: "submit_opinion";
                    expectedVersion: number;
                    opinion: string;
                } | {
                    /** @enum {string} */
                    type: "approve";
                    expectedVersion: number;
                    opinion: string;
                } | {
                    /** @enum {string} */
                    type: "refuse";
                    expectedVersion: number;
                    reasons: string;
                } | {
                    /** @enum {string} */
                    type: "withdraw";
                    expectedVersion: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        queryCode?: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        channel: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                        statusName: string;
                        version: number;
                        /** @description 此刻当前用户可以执行的操作 */
                        allowedActions: string[];
                        clock: {
                            receivedAt: string | null;
                            acceptanceDue: string | null;
                            /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                            supplementToldOn: string | null;
                            /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                            supplementLate: boolean;
                            acceptedAt: string | null;
                            decisionDue: string | null;
                            promisedDue: string | null;
                            extensionDays: number;
                            stepDues: string[];
                            pauses: {
                                kind: string;
                                from: string;
                                to: string | null;
                                expectedDays: number;
                                workingDays: number;
                            }[];
                            pausedWorkingDays: number;
                            remainingWorkingDays: number | null;
                            statutoryRemainingWorkingDays: number | null;
                            state: string;
                            decidedAt: string | null;
                            onTime: boolean | null;
                        };
                        actions: {
                            seq: number;
                            /** @enum {string} */
                            type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                            name: string;
                            at: string;
                            on: string;
                            actorName: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                        applicant: {
                            kind: string;
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            phone: string | null;
                        };
                        authorisationId: string | null;
                        situation: string[];
                        form: {
                            [key: string]: unknown;
                        };
                        formVersion: number;
                        formDefinition: {
                            schema: {
                                [key: string]: unknown;
                            };
                            ui: {
                                [key: string]: unknown;
                            };
                        };
                        formRows: {
                            key: string;
                            title: string;
                            text: string;
                        }[];
                        formIssues: {
                            path: string;
                            field: string;
                            message: string;
                        }[];
                        licence: {
                            no: string;
                            /** @enum {string} */
                            purpose: "change" | "renewal";
                        } | null;
                        creditFlag?: string | null;
                        materials: {
                            code: string;
                            name: string;
                            requirement: string;
                            toleranceAllowed: boolean;
                            commitmentAllowed: boolean;
                            files: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                reused: boolean;
                                at: string;
                            }[];
                            /** @enum {string} */
                            state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                        }[];
                        flaggedMaterials: {
                            materialCode: string;
                            problem: string;
                        }[];
                        pendingMaterials: {
                            materialCode: string;
                            dueDate: string;
                        }[];
                        commitments: {
                            materialCode: string;
                            checkDue: string;
                        }[];
                        extension: {
                            requestedDays: number;
                            reason: string;
                            approved: boolean;
                        } | null;
                        assignee: {
                            userId: string;
                            name: string;
                        } | null;
                        /** @description 事项目录规定的办理环节及各环节截止日 */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                            due: string | null;
                        }[];
                        /** @description 审批链：由谁决定，各环节意见 */
                        review: {
                            /**
                             * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                             * @enum {string}
                             */
                            decidedBy: "bureau" | "agency";
                            /** @description 作出决定、在文书上署名的机关 */
                            deciderName: string;
                            /** @description 事项办理流程规定的审查、审核、审批环节 */
                            chain: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                            }[];
                            opinions: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                                by: string;
                                on: string;
                                text: string;
                            }[];
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByCaseNoMaterials: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        queryCode?: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        channel: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                        statusName: string;
                        version: number;
                        /** @description 此刻当前用户可以执行的操作 */
                        allowedActions: string[];
                        clock: {
                            receivedAt: string | null;
                            acceptanceDue: string | null;
                            /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                            supplementToldOn: string | null;
                            /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                            supplementLate: boolean;
                            acceptedAt: string | null;
                            decisionDue: string | null;
                            promisedDue: string | null;
                            extensionDays: number;
                            stepDues: string[];
                            pauses: {
                                kind: string;
                                from: string;
                                to: string | null;
                                expectedDays: number;
                                workingDays: number;
                            }[];
                            pausedWorkingDays: number;
                            remainingWorkingDays: number | null;
                            statutoryRemainingWorkingDays: number | null;
                            state: string;
                            decidedAt: string | null;
                            onTime: boolean | null;
                        };
                        actions: {
                            seq: number;
                            /** @enum {string} */
                            type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                            name: string;
                            at: string;
                            on: string;
                            actorName: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                        applicant: {
                            kind: string;
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            phone: string | null;
                        };
                        authorisationId: string | null;
                        situation: string[];
                        form: {
                            [key: string]: unknown;
                        };
                        formVersion: number;
                        formDefinition: {
                            schema: {
                                [key: string]: unknown;
                            };
                            ui: {
                                [key: string]: unknown;
                            };
                        };
                        formRows: {
                            key: string;
                            title: string;
                            text: string;
                        }[];
                        formIssues: {
                            path: string;
                            field: string;
                            message: string;
                        }[];
                        licence: {
                            no: string;
                            /** @enum {string} */
                            purpose: "change" | "renewal";
                        } | null;
                        creditFlag?: string | null;
                        materials: {
                            code: string;
                            name: string;
                            requirement: string;
                            toleranceAllowed: boolean;
                            commitmentAllowed: boolean;
                            files: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                reused: boolean;
                                at: string;
                            }[];
                            /** @enum {string} */
                            state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                        }[];
                        flaggedMaterials: {
                            materialCode: string;
                            problem: string;
                        }[];
                        pendingMaterials: {
                            materialCode: string;
                            dueDate: string;
                        }[];
                        commitments: {
                            materialCode: string;
                            checkDue: string;
                        }[];
                        extension: {
                            requestedDays: number;
                            reason: string;
                            approved: boolean;
                        } | null;
                        assignee: {
                            userId: string;
                            name: string;
                        } | null;
                        /** @description 事项目录规定的办理环节及各环节截止日 */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                            due: string | null;
                        }[];
                        /** @description 审批链：由谁决定，各环节意见 */
                        review: {
                            /**
                             * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                             * @enum {string}
                             */
                            decidedBy: "bureau" | "agency";
                            /** @description 作出决定、在文书上署名的机关 */
                            deciderName: string;
                            /** @description 事项办理流程规定的审查、审核、审批环节 */
                            chain: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                            }[];
                            opinions: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                                by: string;
                                on: string;
                                text: string;
                            }[];
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoReusableFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            fileId: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            materialCode: string;
                            materialName: string;
                            fromCase: string;
                            at: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicDecisions: {
        parameters: {
            query?: {
                item?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                result?: "approve" | "refuse";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            applicantName: string;
                            /** @enum {string} */
                            result: "approve" | "refuse";
                            resultName: string;
                            decidedOn: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicCasesByCaseNo: {
        parameters: {
            query: {
                code: string;
            };
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        queryCode?: string;
                        itemCode: string;
                        itemName: string;
                        departmentCode: string;
                        channel: string;
                        /** @enum {string} */
                        status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                        statusName: string;
                        version: number;
                        /** @description 此刻当前用户可以执行的操作 */
                        allowedActions: string[];
                        clock: {
                            receivedAt: string | null;
                            acceptanceDue: string | null;
                            /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                            supplementToldOn: string | null;
                            /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                            supplementLate: boolean;
                            acceptedAt: string | null;
                            decisionDue: string | null;
                            promisedDue: string | null;
                            extensionDays: number;
                            stepDues: string[];
                            pauses: {
                                kind: string;
                                from: string;
                                to: string | null;
                                expectedDays: number;
                                workingDays: number;
                            }[];
                            pausedWorkingDays: number;
                            remainingWorkingDays: number | null;
                            statutoryRemainingWorkingDays: number | null;
                            state: string;
                            decidedAt: string | null;
                            onTime: boolean | null;
                        };
                        actions: {
                            seq: number;
                            /** @enum {string} */
                            type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                            name: string;
                            at: string;
                            on: string;
                            actorName: string;
                            payload: {
                                [key: string]: unknown;
                            };
                        }[];
                        applicant: {
                            kind: string;
                            name: string;
                            idNumber: string | null;
                            creditCode: string | null;
                            phone: string | null;
                        };
                        authorisationId: string | null;
                        situation: string[];
                        form: {
                            [key: string]: unknown;
                        };
                        formVersion: number;
                        formDefinition: {
                            schema: {
                                [key: string]: unknown;
                            };
                            ui: {
                                [key: string]: unknown;
                            };
                        };
                        formRows: {
                            key: string;
                            title: string;
                            text: string;
                        }[];
                        formIssues: {
                            path: string;
                            field: string;
                            message: string;
                        }[];
                        licence: {
                            no: string;
                            /** @enum {string} */
                            purpose: "change" | "renewal";
                        } | null;
                        creditFlag?: string | null;
                        materials: {
                            code: string;
                            name: string;
                            requirement: string;
                            toleranceAllowed: boolean;
                            commitmentAllowed: boolean;
                            files: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                reused: boolean;
                                at: string;
                            }[];
                            /** @enum {string} */
                            state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                        }[];
                        flaggedMaterials: {
                            materialCode: string;
                            problem: string;
                        }[];
                        pendingMaterials: {
                            materialCode: string;
                            dueDate: string;
                        }[];
                        commitments: {
                            materialCode: string;
                            checkDue: string;
                        }[];
                        extension: {
                            requestedDays: number;
                            reason: string;
                            approved: boolean;
                        } | null;
                        assignee: {
                            userId: string;
                            name: string;
                        } | null;
                        /** @description 事项目录规定的办理环节及各环节截止日 */
                        steps: {
                            name: string;
                            role: string;
                            days: number;
                            due: string | null;
                        }[];
                        /** @description 审批链：由谁决定，各环节意见 */
                        review: {
                            /**
                             * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                             * @enum {string}
                             */
                            decidedBy: "bureau" | "agency";
                            /** @description 作出决定、在文书上署名的机关 */
                            deciderName: string;
                            /** @description 事项办理流程规定的审查、审核、审批环节 */
                            chain: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                            }[];
                            opinions: {
                                /** @enum {string} */
                                step: "review" | "check" | "sign";
                                name: string;
                                by: string;
                                on: string;
                                text: string;
                            }[];
                        };
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
                            title: string;
                            number: string;
                            actionSeq: number;
                            sha256: string;
                            keyId: string;
                            /** @description SM2（国密）签名的密钥；SM2 启用前签发的文书为 null */
                            sm2KeyId: string | null;
                            url: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoApplicationForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDocumentsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        reason?: string;
                        keyId?: string;
                        sm2KeyId?: string | null;
                        /** @description 各算法的核验结果：ed25519；sm2 为 SM3withSM2（国密，GM/T 0003），absent = 签发时尚无 SM2 签名 */
                        signatures?: {
                            /** @enum {string} */
                            ed25519: "ok" | "unknown_key" | "bad_signature";
                            /** @enum {string} */
                            sm2: "ok" | "unknown_key" | "bad_signature" | "absent";
                        };
                        sha256?: string;
                        document?: {
                            type: string;
                            title: string;
                            number: string;
                            caseNo: string;
                            issuedAt: string;
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
                            title: string;
                            /** @enum {string} */
                            source: "file" | "custom";
                            updatedBy: string | null;
                            updatedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentsTemplatesByType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
                        title: string;
                        body: string;
                        /** @enum {string} */
                        source: "file" | "custom";
                        shipped: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putDocumentsTemplatesByType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                } | {
                    /** @enum {boolean} */
                    reset: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
                        title: string;
                        body: string;
                        /** @enum {string} */
                        source: "file" | "custom";
                        shipped: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postDocumentsTemplatesByTypePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: "acceptance" | "rejection" | "supplement" | "special_procedure" | "extension" | "approval" | "refusal" | "service_receipt" | "inspection_report";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicences: {
        parameters: {
            query?: {
                holderId?: string;
                item?: string;
                status?: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                caseNo?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            no: string;
                            version: number;
                            /** @enum {string} */
                            status: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                            statusName: string;
                            type: string;
                            holder: string;
                            /** @enum {string} */
                            holderKind: "person" | "organisation";
                            holderId: string;
                            item: string;
                            itemCode: string;
                            scope: string;
                            /** @description 证照字段：按事项的映射取自申请表（如食品经营许可证的主体业态、经营项目） */
                            fields: {
                                [key: string]: string;
                            };
                            conditions: string[];
                            issuer: string;
                            departmentCode: string;
                            issuedOn: string;
                            validFrom: string;
                            validTo: string | null;
                            caseNo: string;
                            keyId: string;
                            signature: string;
                            /** @description SM2（国密）签名的密钥；SM2 启用前签发的证照为 null */
                            sm2KeyId: string | null;
                            /** @description SM3withSM2 签名（用户标识 1234567812345678），DER 的 base64url，签的是 payload 原文 */
                            sm2Signature: string | null;
                            statusReason: string | null;
                            statusBy: string | null;
                            statusOn: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicencesKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            keyId: string;
                            /** @enum {string} */
                            algorithm: "Ed25519" | "SM2";
                            /** @description SPKI PEM（SM2 为 SM2 曲线上的 EC 公钥，openssl 可直接读取） */
                            publicKey: string;
                            /** @description 原始公钥：Ed25519 32 字节；SM2 为 04||x||y（65 字节） */
                            publicKeyHex: string;
                            createdAt: string;
                            retiredAt: string | null;
                            current: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLicencesVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    qr: string;
                } | {
                    payload: string;
                    signature: string;
                    keyId: string;
                    sm2?: {
                        keyId: string;
                        signature: string;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        authentic: boolean;
                        /**
                         * @description 总体：Ed25519 通过且 SM2 通过（或签发时尚无 SM2）为 ok
                         * @enum {string}
                         */
                        signature: "ok" | "invalid";
                        /** @description 各算法的核验结果：ed25519；sm2 为 SM3withSM2（国密，GM/T 0003），absent = 签发时尚无 SM2 签名 */
                        signatures?: {
                            /** @enum {string} */
                            ed25519: "ok" | "unknown_key" | "bad_signature";
                            /** @enum {string} */
                            sm2: "ok" | "unknown_key" | "bad_signature" | "absent";
                        };
                        keyId: string;
                        sm2KeyId?: string | null;
                        reason?: string;
                        no?: string;
                        version?: number;
                        latestVersion?: number;
                        /** @enum {string} */
                        status?: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                        statusName?: string;
                        statusOn?: string | null;
                        statusReason?: string | null;
                        statusBy?: string | null;
                        type?: string;
                        holder?: string;
                        holderId?: string;
                        item?: string;
                        scope?: string;
                        fields?: {
                            [key: string]: string;
                        };
                        issuer?: string;
                        issuedOn?: string;
                        validFrom?: string;
                        validTo?: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicencesByNo: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        no: string;
                        version: number;
                        /** @enum {string} */
                        status: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                        statusName: string;
                        type: string;
                        holder: string;
                        /** @enum {string} */
                        holderKind: "person" | "organisation";
                        holderId: string;
                        item: string;
                        itemCode: string;
                        scope: string;
                        /** @description 证照字段：按事项的映射取自申请表（如食品经营许可证的主体业态、经营项目） */
                        fields: {
                            [key: string]: string;
                        };
                        conditions: string[];
                        issuer: string;
                        departmentCode: string;
                        issuedOn: string;
                        validFrom: string;
                        validTo: string | null;
                        caseNo: string;
                        keyId: string;
                        signature: string;
                        /** @description SM2（国密）签名的密钥；SM2 启用前签发的证照为 null */
                        sm2KeyId: string | null;
                        /** @description SM3withSM2 签名（用户标识 1234567812345678），DER 的 base64url，签的是 payload 原文 */
                        sm2Signature: string | null;
                        statusReason: string | null;
                        statusBy: string | null;
                        statusOn: string | null;
                        versions: {
                            version: number;
                            /** @enum {string} */
                            status: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                            caseNo: string;
                            at: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicencesByNoVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        valid: boolean;
                        authentic: boolean;
                        /**
                         * @description 总体：Ed25519 通过且 SM2 通过（或签发时尚无 SM2）为 ok
                         * @enum {string}
                         */
                        signature: "ok" | "invalid";
                        /** @description 各算法的核验结果：ed25519；sm2 为 SM3withSM2（国密，GM/T 0003），absent = 签发时尚无 SM2 签名 */
                        signatures?: {
                            /** @enum {string} */
                            ed25519: "ok" | "unknown_key" | "bad_signature";
                            /** @enum {string} */
                            sm2: "ok" | "unknown_key" | "bad_signature" | "absent";
                        };
                        keyId: string;
                        sm2KeyId?: string | null;
                        reason?: string;
                        no?: string;
                        version?: number;
                        latestVersion?: number;
                        /** @enum {string} */
                        status?: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                        statusName?: string;
                        statusOn?: string | null;
                        statusReason?: string | null;
                        statusBy?: string | null;
                        type?: string;
                        holder?: string;
                        holderId?: string;
                        item?: string;
                        scope?: string;
                        fields?: {
                            [key: string]: string;
                        };
                        issuer?: string;
                        issuedOn?: string;
                        validFrom?: string;
                        validTo?: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicencesByNoPdf: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLicencesByNoExport: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "shenpi-licence/1";
                        payload: string;
                        signature: string;
                        keyId: string;
                        /** @enum {string} */
                        algorithm: "Ed25519";
                        /** @description SM3withSM2 签名（DER 的 base64url）；SM2 启用前签发的证照为 null */
                        sm2: {
                            /** @enum {string} */
                            algorithm: "SM2";
                            keyId: string;
                            signature: string;
                        } | null;
                        keysUrl: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postLicencesByNoActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                no: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    type: "suspend" | "restore" | "revoke" | "cancel";
                    reason: string;
                    decidedBy?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        no: string;
                        version: number;
                        /** @enum {string} */
                        status: "valid" | "suspended" | "revoked" | "cancelled" | "expired" | "superseded";
                        statusName: string;
                        type: string;
                        holder: string;
                        /** @enum {string} */
                        holderKind: "person" | "organisation";
                        holderId: string;
                        item: string;
                        itemCode: string;
                        scope: string;
                        /** @description 证照字段：按事项的映射取自申请表（如食品经营许可证的主体业态、经营项目） */
                        fields: {
                            [key: string]: string;
                        };
                        conditions: string[];
                        issuer: string;
                        departmentCode: string;
                        issuedOn: string;
                        validFrom: string;
                        validTo: string | null;
                        caseNo: string;
                        keyId: string;
                        signature: string;
                        /** @description SM2（国密）签名的密钥；SM2 启用前签发的证照为 null */
                        sm2KeyId: string | null;
                        /** @description SM3withSM2 签名（用户标识 1234567812345678），DER 的 base64url，签的是 payload 原文 */
                        sm2Signature: string | null;
                        statusReason: string | null;
                        statusBy: string | null;
                        statusOn: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    zone?: string;
                    itemCode?: string;
                    appointmentCode?: string;
                    idNumber?: string;
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                    requestKey?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        number: string;
                        zone: string;
                        zoneName: string;
                        itemName: string | null;
                        /** @enum {string} */
                        priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                        takenAt: string;
                        appointment: {
                            slotStart: string;
                            slotEnd: string;
                        } | null;
                        position: number;
                        waiting: number;
                        estimatedWaitMinutes: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallKiosks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            createdAt: string;
                            revokedAt: string | null;
                            lastUsedAt: string | null;
                            ticketsToday: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallKiosks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        createdAt: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                        ticketsToday: number;
                        token: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallKiosksByKioskIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kioskId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        createdAt: string;
                        revokedAt: string | null;
                        lastUsedAt: string | null;
                        ticketsToday: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallTicketsByNumberRequeue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                number: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        number: string;
                        zone: string;
                        zoneName: string;
                        itemCode: string | null;
                        itemName: string | null;
                        /** @enum {string} */
                        priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                        /** @enum {string} */
                        source: "kiosk" | "appointment" | "clerk";
                        /** @enum {string} */
                        status: "waiting" | "called" | "serving" | "done" | "skipped";
                        takenAt: string;
                        appointment: {
                            slotStart: string;
                            slotEnd: string;
                        } | null;
                        windowId: number | null;
                        windowNumber: number | null;
                        targetWindowId: number | null;
                        calledAt: string | null;
                        calledCount: number;
                        startedAt: string | null;
                        finishedAt: string | null;
                        requeued: boolean;
                        transfers: number;
                        caseNo: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallZones: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            waiting: number;
                            windowsOpen: number;
                            windows: number;
                            servedToday: number;
                            longestWaitMinutes: number;
                            estimatedWaitMinutes: number;
                            avgServiceMinutes: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallZonesByZoneBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                zone: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        zone: string;
                        zoneName: string;
                        waiting: number;
                        calls: {
                            number: string;
                            windowNumber: number;
                            windowName: string;
                            zone: string;
                            at: string;
                            status: string;
                        }[];
                        windowsOpen: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallStream: {
        parameters: {
            query: {
                zone: string | "*";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事件流 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        day: string;
                        zones: {
                            code: string;
                            name: string;
                            waiting: number;
                            windowsOpen: number;
                            windows: number;
                            servedToday: number;
                            longestWaitMinutes: number;
                            estimatedWaitMinutes: number;
                            avgServiceMinutes: number;
                        }[];
                        hours: {
                            hour: number;
                            zone: string;
                            taken: number;
                            served: number;
                        }[];
                        ratings: {
                            total: number;
                            bad: number;
                            openRectifications: number;
                            overdueRectifications: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallWindowsByWindowId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        zone: string;
                        zoneName: string;
                        number: number;
                        name: string;
                        comprehensive: boolean;
                        items: string[];
                        session: {
                            userId: string;
                            name: string;
                            paused: boolean;
                            signedInAt: string;
                            mine: boolean;
                        } | null;
                        current: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        } | null;
                        queue: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                        waiting: number;
                        servedToday: number;
                        skipped: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putHallWindowsByWindowIdItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    items: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: string[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        zone: string;
                        zoneName: string;
                        number: number;
                        name: string;
                        comprehensive: boolean;
                        items: string[];
                        session: {
                            userId: string;
                            name: string;
                            paused: boolean;
                            signedInAt: string;
                            mine: boolean;
                        } | null;
                        current: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        } | null;
                        queue: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                        waiting: number;
                        servedToday: number;
                        skipped: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        zone: string;
                        zoneName: string;
                        number: number;
                        name: string;
                        comprehensive: boolean;
                        items: string[];
                        session: {
                            userId: string;
                            name: string;
                            paused: boolean;
                            signedInAt: string;
                            mine: boolean;
                        } | null;
                        current: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        } | null;
                        queue: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                        waiting: number;
                        servedToday: number;
                        skipped: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdPause: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    paused: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        zone: string;
                        zoneName: string;
                        number: number;
                        name: string;
                        comprehensive: boolean;
                        items: string[];
                        session: {
                            userId: string;
                            name: string;
                            paused: boolean;
                            signedInAt: string;
                            mine: boolean;
                        } | null;
                        current: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        } | null;
                        queue: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                        waiting: number;
                        servedToday: number;
                        skipped: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdCallNext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                    };
                };
            };
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdRecall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdSkip: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdStart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string;
                    zone?: string;
                    windowId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdFinish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number?: string;
                    caseNo?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                        ratingToken: string;
                        ratingUrl: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHallWindowsByWindowIdLinkCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseNo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            id: number;
                            number: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            /** @enum {string} */
                            priority: "normal" | "elderly" | "disabled" | "military" | "pregnant";
                            /** @enum {string} */
                            source: "kiosk" | "appointment" | "clerk";
                            /** @enum {string} */
                            status: "waiting" | "called" | "serving" | "done" | "skipped";
                            takenAt: string;
                            appointment: {
                                slotStart: string;
                                slotEnd: string;
                            } | null;
                            windowId: number | null;
                            windowNumber: number | null;
                            targetWindowId: number | null;
                            calledAt: string | null;
                            calledCount: number;
                            startedAt: string | null;
                            finishedAt: string | null;
                            requeued: boolean;
                            transfers: number;
                            caseNo: string | null;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHallWindowsByWindowIdPad: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                windowId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: {
                            serviceRef: string;
                            number: string;
                            itemName: string | null;
                            finishedAt: string;
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointmentsSlots: {
        parameters: {
            query: {
                zone: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        zone: string;
                        capacity: number;
                        days: {
                            date: string;
                            slots: {
                                start: string;
                                end: string;
                                booked: number;
                                available: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            zone: string;
                            zoneName: string;
                            itemCode: string | null;
                            itemName: string | null;
                            slotStart: string;
                            slotEnd: string;
                            /** @enum {string} */
                            status: "booked" | "checked_in" | "cancelled" | "no_show";
                            idNumber: string | null;
                            createdAt: string;
                            ticketNumber: string | null;
                        }[];
                        blockedUntil: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    zone: string;
                    itemCode?: string;
                    /** Format: date-time */
                    slotStart: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        zone: string;
                        zoneName: string;
                        itemCode: string | null;
                        itemName: string | null;
                        slotStart: string;
                        slotEnd: string;
                        /** @enum {string} */
                        status: "booked" | "checked_in" | "cancelled" | "no_show";
                        idNumber: string | null;
                        createdAt: string;
                        ticketNumber: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAppointmentsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        zone: string;
                        zoneName: string;
                        itemCode: string | null;
                        itemName: string | null;
                        slotStart: string;
                        slotEnd: string;
                        /** @enum {string} */
                        status: "booked" | "checked_in" | "cancelled" | "no_show";
                        idNumber: string | null;
                        createdAt: string;
                        ticketNumber: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRatings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    serviceRef?: string;
                    token?: string;
                    /** @enum {string} */
                    grade: "very_satisfied" | "satisfied" | "basic" | "dissatisfied" | "very_dissatisfied";
                    /** @default [] */
                    reasons?: string[];
                    /** @default  */
                    comment?: string;
                    phone?: string;
                    device?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        serviceRef: string;
                        /** @enum {string} */
                        grade: "very_satisfied" | "satisfied" | "basic" | "dissatisfied" | "very_dissatisfied";
                        gradeName: string;
                        flagged: boolean;
                        rectificationId: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRatingsLinkByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticketNumber: string;
                        zoneName: string;
                        windowName: string | null;
                        itemName: string | null;
                        finishedAt: string | null;
                        rating: {
                            /** @enum {string} */
                            grade: "very_satisfied" | "satisfied" | "basic" | "dissatisfied" | "very_dissatisfied";
                            gradeName: string;
                            comment: string;
                            at: string;
                        } | null;
                        rectification: {
                            status: string;
                            outcome: string | null;
                            dueDate: string;
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRatingsStats: {
        parameters: {
            query?: {
                by?: "window" | "staff" | "zone" | "item";
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        by: string;
                        items: {
                            key: string;
                            name: string;
                            total: number;
                            counts: {
                                [key: string]: number;
                            };
                            averageScore: number;
                            satisfiedRate: number;
                            flagged: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRectifications: {
        parameters: {
            query?: {
                open?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            status: "open" | "verified" | "called_back" | "rectified" | "closed";
                            openedOn: string;
                            dueDate: string;
                            overdue: boolean;
                            escalated: boolean;
                            departmentCode: string | null;
                            rating: {
                                /** @enum {string} */
                                grade: "very_satisfied" | "satisfied" | "basic" | "dissatisfied" | "very_dissatisfied";
                                gradeName: string;
                                reasons: string[];
                                comment: string;
                                phone: string | null;
                                at: string;
                            };
                            ticketNumber: string | null;
                            windowName: string | null;
                            staffName: string | null;
                            verifyNote: string | null;
                            callbackNote: string | null;
                            callbackAt: string | null;
                            rectifyNote: string | null;
                            outcome: string | null;
                            closedAt: string | null;
                            rev: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postRectificationsByIdActions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "verify";
                    rev: number;
                    note: string;
                } | {
                    /** @enum {string} */
                    action: "call_back";
                    rev: number;
                    note: string;
                } | {
                    /** @enum {string} */
                    action: "rectify";
                    rev: number;
                    note: string;
                } | {
                    /** @enum {string} */
                    action: "close";
                    rev: number;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @enum {string} */
                        status: "open" | "verified" | "called_back" | "rectified" | "closed";
                        openedOn: string;
                        dueDate: string;
                        overdue: boolean;
                        escalated: boolean;
                        departmentCode: string | null;
                        rating: {
                            /** @enum {string} */
                            grade: "very_satisfied" | "satisfied" | "basic" | "dissatisfied" | "very_dissatisfied";
                            gradeName: string;
                            reasons: string[];
                            comment: string;
                            phone: string | null;
                            at: string;
                        };
                        ticketNumber: string | null;
                        windowName: string | null;
                        staffName: string | null;
                        verifyNote: string | null;
                        callbackNote: string | null;
                        callbackAt: string | null;
                        rectifyNote: string | null;
                        outcome: string | null;
                        closedAt: string | null;
                        rev: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScorecards: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        closed: {
                            closedAt: string;
                            closedBy: string;
                        } | null;
                        configEffectiveMonth: string | null;
                        config: {
                            weights: {
                                volume: number;
                                on_time: number;
                                service_time: number;
                                ratings: number;
                                rectification: number;
                                attendance: number;
                                complaints: number;
                            };
                            targets: {
                                ticketsPerDay: number;
                                serviceMinutes: number;
                                complaintPenalty: number;
                                conductCap: number;
                            };
                            bands: {
                                excellent: number;
                                good: number;
                                pass: number;
                            };
                            yellowMargin: number;
                        };
                        ranked: number;
                        items: {
                            staffId: string;
                            username: string;
                            staffName: string;
                            departmentCode: string | null;
                            departmentName: string | null;
                            total: number;
                            /** @enum {string} */
                            band: "excellent" | "good" | "pass" | "fail";
                            bandName: string;
                            vetoed: boolean;
                            flag: ("red" | "yellow") | null;
                            rank: number;
                            components: {
                                /** @enum {string} */
                                component: "volume" | "on_time" | "service_time" | "ratings" | "rectification" | "attendance" | "complaints" | "conduct";
                                name: string;
                                score: number | null;
                                weight: number;
                                points: number;
                                count: number;
                                detail: string;
                            }[];
                            vetoes: {
                                /** @enum {string} */
                                kind: "corruption_complaint" | "serious_overdue" | "conduct_rating";
                                kindName: string;
                                sourceRef: string;
                                title: string;
                                note: string;
                                verifiedBy: string;
                                verifiedAt: string;
                            }[];
                            adjustments: {
                                id: string;
                                points: number;
                                reason: string;
                                madeBy: string;
                                madeAt: string;
                            }[];
                            adjusted: {
                                total: number;
                                /** @enum {string} */
                                band: "excellent" | "good" | "pass" | "fail";
                                bandName: string;
                                flag: ("red" | "yellow") | null;
                            } | null;
                        }[];
                        windows: {
                            window: string;
                            staff: string[];
                            served: number;
                            averageMinutes: number | null;
                            rated: number;
                            averageGrade: number | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentReviewScorecards: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        items: {
                            userId: string;
                            name: string;
                            /** @description 本月办结的审查、审核、审批环节数 */
                            steps: number;
                            /** @description 其中在环节截止日前办结的 */
                            onTime: number;
                            /** @description 单独提交的审查/审核/审批意见数 */
                            opinions: number;
                            /** @description 超过法定期限、责任落在本人所持环节的办件（严重超期，一票否决） */
                            vetoes: string[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScorecardsByIdRecords: {
        parameters: {
            query?: {
                month?: string;
                component?: "volume" | "on_time" | "service_time" | "ratings" | "rectification" | "attendance" | "complaints" | "conduct";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        staffId: string;
                        staffName: string;
                        frozen: boolean;
                        components: {
                            /** @enum {string} */
                            component: "volume" | "on_time" | "service_time" | "ratings" | "rectification" | "attendance" | "complaints" | "conduct";
                            name: string;
                            items: {
                                ref: string;
                                title: string;
                                date: string;
                                detail: string;
                                counted: boolean;
                                value: number | null;
                                group: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            username: string;
                            name: string;
                            departmentCode: string | null;
                            departmentName: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        current: {
                            effectiveMonth: string | null;
                            config: {
                                weights: {
                                    volume: number;
                                    on_time: number;
                                    service_time: number;
                                    ratings: number;
                                    rectification: number;
                                    attendance: number;
                                    complaints: number;
                                };
                                targets: {
                                    ticketsPerDay: number;
                                    serviceMinutes: number;
                                    complaintPenalty: number;
                                    conductCap: number;
                                };
                                bands: {
                                    excellent: number;
                                    good: number;
                                    pass: number;
                                };
                                yellowMargin: number;
                            };
                        };
                        pending: {
                            effectiveMonth: string;
                            config: {
                                weights: {
                                    volume: number;
                                    on_time: number;
                                    service_time: number;
                                    ratings: number;
                                    rectification: number;
                                    attendance: number;
                                    complaints: number;
                                };
                                targets: {
                                    ticketsPerDay: number;
                                    serviceMinutes: number;
                                    complaintPenalty: number;
                                    conductCap: number;
                                };
                                bands: {
                                    excellent: number;
                                    good: number;
                                    pass: number;
                                };
                                yellowMargin: number;
                            };
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                        } | null;
                        history: {
                            effectiveMonth: string;
                            config: {
                                weights: {
                                    volume: number;
                                    on_time: number;
                                    service_time: number;
                                    ratings: number;
                                    rectification: number;
                                    attendance: number;
                                    complaints: number;
                                };
                                targets: {
                                    ticketsPerDay: number;
                                    serviceMinutes: number;
                                    complaintPenalty: number;
                                    conductCap: number;
                                };
                                bands: {
                                    excellent: number;
                                    good: number;
                                    pass: number;
                                };
                                yellowMargin: number;
                            };
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putAssessmentConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    config: {
                        weights: {
                            volume: number;
                            on_time: number;
                            service_time: number;
                            ratings: number;
                            rectification: number;
                            attendance: number;
                            complaints: number;
                        };
                        targets: {
                            ticketsPerDay: number;
                            serviceMinutes: number;
                            complaintPenalty: number;
                            conductCap: number;
                        };
                        bands: {
                            excellent: number;
                            good: number;
                            pass: number;
                        };
                        yellowMargin: number;
                    };
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        current: {
                            effectiveMonth: string | null;
                            config: {
                                weights: {
                                    volume: number;
                                    on_time: number;
                                    service_time: number;
                                    ratings: number;
                                    rectification: number;
                                    attendance: number;
                                    complaints: number;
                                };
                                targets: {
                                    ticketsPerDay: number;
                                    serviceMinutes: number;
                                    complaintPenalty: number;
                                    conductCap: number;
                                };
                                bands: {
                                    excellent: number;
                                    good: number;
                                    pass: number;
                                };
                                yellowMargin: number;
                            };
                        };
                        pending: {
                            effectiveMonth: string;
                            config: {
                                weights: {
                                    volume: number;
                                    on_time: number;
                                    service_time: number;
                                    ratings: number;
                                    rectification: number;
                                    attendance: number;
                                    complaints: number;
                                };
                                targets: {
                                    ticketsPerDay: number;
                                    serviceMinutes: number;
                                    complaintPenalty: number;
                                    conductCap: number;
                                };
                                bands: {
                                    excellent: number;
                                    good: number;
                                    pass: number;
                                };
                                yellowMargin: number;
                            };
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                        } | null;
                        history: {
                            effectiveMonth: string;
                            config: {
                                weights: {
                                    volume: number;
                                    on_time: number;
                                    service_time: number;
                                    ratings: number;
                                    rectification: number;
                                    attendance: number;
                                    complaints: number;
                                };
                                targets: {
                                    ticketsPerDay: number;
                                    serviceMinutes: number;
                                    complaintPenalty: number;
                                    conductCap: number;
                                };
                                bands: {
                                    excellent: number;
                                    good: number;
                                    pass: number;
                                };
                                yellowMargin: number;
                            };
                            reason: string;
                            createdBy: string;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentComplaints: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            staffId: string;
                            staffName: string;
                            occurredOn: string;
                            month: string;
                            /** @enum {string} */
                            category: "corruption" | "attitude" | "efficiency" | "other";
                            categoryName: string;
                            source: string;
                            summary: string;
                            /** @enum {string} */
                            status: "pending" | "substantiated" | "unsubstantiated";
                            finding: string | null;
                            recordedBy: string;
                            recordedAt: string;
                            decidedBy: string | null;
                            decidedAt: string | null;
                            rev: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssessmentComplaints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    staffId: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    occurredOn: string;
                    /** @enum {string} */
                    category: "corruption" | "attitude" | "efficiency" | "other";
                    source: string;
                    summary: string;
                    requestKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        staffId: string;
                        staffName: string;
                        occurredOn: string;
                        month: string;
                        /** @enum {string} */
                        category: "corruption" | "attitude" | "efficiency" | "other";
                        categoryName: string;
                        source: string;
                        summary: string;
                        /** @enum {string} */
                        status: "pending" | "substantiated" | "unsubstantiated";
                        finding: string | null;
                        recordedBy: string;
                        recordedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        rev: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssessmentComplaintsByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    substantiated: boolean;
                    finding: string;
                    rev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        staffId: string;
                        staffName: string;
                        occurredOn: string;
                        month: string;
                        /** @enum {string} */
                        category: "corruption" | "attitude" | "efficiency" | "other";
                        categoryName: string;
                        source: string;
                        summary: string;
                        /** @enum {string} */
                        status: "pending" | "substantiated" | "unsubstantiated";
                        finding: string | null;
                        recordedBy: string;
                        recordedAt: string;
                        decidedBy: string | null;
                        decidedAt: string | null;
                        rev: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssessmentConductPoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    staffId: string;
                    month: string;
                    points: number;
                    reason: string;
                    requestKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        staffId: string;
                        month: string;
                        points: number;
                        reason: string;
                        givenBy: string;
                        givenAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentFaults: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            staffId: string;
                            staffName: string;
                            month: string;
                            /** @enum {string} */
                            kind: "corruption_complaint" | "serious_overdue" | "conduct_rating";
                            kindName: string;
                            sourceRef: string;
                            title: string;
                            date: string;
                            decision: ("verified" | "dismissed") | null;
                            note: string | null;
                            decidedBy: string | null;
                            decidedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssessmentFaults: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                    sourceRef: string;
                    /** @enum {string} */
                    decision: "verified" | "dismissed";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffId: string;
                        staffName: string;
                        month: string;
                        /** @enum {string} */
                        kind: "corruption_complaint" | "serious_overdue" | "conduct_rating";
                        kindName: string;
                        sourceRef: string;
                        title: string;
                        date: string;
                        decision: ("verified" | "dismissed") | null;
                        note: string | null;
                        decidedBy: string | null;
                        decidedAt: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentMonths: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        current: string;
                        items: {
                            month: string;
                            closedAt: string;
                            closedBy: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssessmentMonthClosings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        month: string;
                        closed: {
                            closedAt: string;
                            closedBy: string;
                        } | null;
                        configEffectiveMonth: string | null;
                        config: {
                            weights: {
                                volume: number;
                                on_time: number;
                                service_time: number;
                                ratings: number;
                                rectification: number;
                                attendance: number;
                                complaints: number;
                            };
                            targets: {
                                ticketsPerDay: number;
                                serviceMinutes: number;
                                complaintPenalty: number;
                                conductCap: number;
                            };
                            bands: {
                                excellent: number;
                                good: number;
                                pass: number;
                            };
                            yellowMargin: number;
                        };
                        ranked: number;
                        items: {
                            staffId: string;
                            username: string;
                            staffName: string;
                            departmentCode: string | null;
                            departmentName: string | null;
                            total: number;
                            /** @enum {string} */
                            band: "excellent" | "good" | "pass" | "fail";
                            bandName: string;
                            vetoed: boolean;
                            flag: ("red" | "yellow") | null;
                            rank: number;
                            components: {
                                /** @enum {string} */
                                component: "volume" | "on_time" | "service_time" | "ratings" | "rectification" | "attendance" | "complaints" | "conduct";
                                name: string;
                                score: number | null;
                                weight: number;
                                points: number;
                                count: number;
                                detail: string;
                            }[];
                            vetoes: {
                                /** @enum {string} */
                                kind: "corruption_complaint" | "serious_overdue" | "conduct_rating";
                                kindName: string;
                                sourceRef: string;
                                title: string;
                                note: string;
                                verifiedBy: string;
                                verifiedAt: string;
                            }[];
                            adjustments: {
                                id: string;
                                points: number;
                                reason: string;
                                madeBy: string;
                                madeAt: string;
                            }[];
                            adjusted: {
                                total: number;
                                /** @enum {string} */
                                band: "excellent" | "good" | "pass" | "fail";
                                bandName: string;
                                flag: ("red" | "yellow") | null;
                            } | null;
                        }[];
                        windows: {
                            window: string;
                            staff: string[];
                            served: number;
                            averageMinutes: number | null;
                            rated: number;
                            averageGrade: number | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAssessmentAdjustments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    month: string;
                    /** Format: uuid */
                    staffId: string;
                    points: number;
                    reason: string;
                    requestKey: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        staffId: string;
                        username: string;
                        staffName: string;
                        departmentCode: string | null;
                        departmentName: string | null;
                        total: number;
                        /** @enum {string} */
                        band: "excellent" | "good" | "pass" | "fail";
                        bandName: string;
                        vetoed: boolean;
                        flag: ("red" | "yellow") | null;
                        rank: number;
                        components: {
                            /** @enum {string} */
                            component: "volume" | "on_time" | "service_time" | "ratings" | "rectification" | "attendance" | "complaints" | "conduct";
                            name: string;
                            score: number | null;
                            weight: number;
                            points: number;
                            count: number;
                            detail: string;
                        }[];
                        vetoes: {
                            /** @enum {string} */
                            kind: "corruption_complaint" | "serious_overdue" | "conduct_rating";
                            kindName: string;
                            sourceRef: string;
                            title: string;
                            note: string;
                            verifiedBy: string;
                            verifiedAt: string;
                        }[];
                        adjustments: {
                            id: string;
                            points: number;
                            reason: string;
                            madeBy: string;
                            madeAt: string;
                        }[];
                        adjusted: {
                            total: number;
                            /** @enum {string} */
                            band: "excellent" | "good" | "pass" | "fail";
                            bandName: string;
                            flag: ("red" | "yellow") | null;
                        } | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            departmentCode: string;
                            name: string;
                            url: string;
                            eventTypes: ("case.submitted" | "case.accepted" | "case.refused" | "case.decided" | "licence.issued" | "licence.changed" | "licence.renewed" | "licence.suspended" | "licence.restored" | "licence.revoked" | "licence.cancelled")[];
                            itemCodes: string[] | null;
                            enabled: boolean;
                            consecutiveFailures: number;
                            alertingSince: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExchangeSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    departmentCode: string;
                    name: string;
                    url: string;
                    eventTypes: ("case.submitted" | "case.accepted" | "case.refused" | "case.decided" | "licence.issued" | "licence.changed" | "licence.renewed" | "licence.suspended" | "licence.restored" | "licence.revoked" | "licence.cancelled")[];
                    itemCodes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        departmentCode: string;
                        name: string;
                        url: string;
                        eventTypes: ("case.submitted" | "case.accepted" | "case.refused" | "case.decided" | "licence.issued" | "licence.changed" | "licence.renewed" | "licence.suspended" | "licence.restored" | "licence.revoked" | "licence.cancelled")[];
                        itemCodes: string[] | null;
                        enabled: boolean;
                        consecutiveFailures: number;
                        alertingSince: string | null;
                        createdAt: string;
                        secret: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    patchExchangeSubscriptionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        departmentCode: string;
                        name: string;
                        url: string;
                        eventTypes: ("case.submitted" | "case.accepted" | "case.refused" | "case.decided" | "licence.issued" | "licence.changed" | "licence.renewed" | "licence.suspended" | "licence.restored" | "licence.revoked" | "licence.cancelled")[];
                        itemCodes: string[] | null;
                        enabled: boolean;
                        consecutiveFailures: number;
                        alertingSince: string | null;
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExchangeSubscriptionsByIdResend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    from: string;
                    /** Format: date-time */
                    to: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        count: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeDeliveries: {
        parameters: {
            query?: {
                status?: "pending" | "delivered" | "dead" | "overdue";
                subscriptionId?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            subscriptionId: string;
                            eventId: string;
                            type: string;
                            subject: string;
                            /** @enum {string} */
                            status: "pending" | "delivered" | "dead";
                            attempts: number;
                            nextAt: string | null;
                            receiptDue: string;
                            overdue: boolean;
                            deliveredAt: string | null;
                            lastStatus: number | null;
                            lastError: string | null;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeDeliveriesByDeliveryId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        subscriptionId: string;
                        eventId: string;
                        type: string;
                        subject: string;
                        /** @enum {string} */
                        status: "pending" | "delivered" | "dead";
                        attempts: {
                            at: string;
                            statusCode: number | null;
                            latencyMs: number;
                            error: string | null;
                            response: string | null;
                        }[];
                        nextAt: string | null;
                        receiptDue: string;
                        overdue: boolean;
                        deliveredAt: string | null;
                        lastStatus: number | null;
                        lastError: string | null;
                        createdAt: string;
                        event: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExchangeDeliveriesByDeliveryIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        subscriptionId: string;
                        eventId: string;
                        type: string;
                        subject: string;
                        /** @enum {string} */
                        status: "pending" | "delivered" | "dead";
                        attempts: {
                            at: string;
                            statusCode: number | null;
                            latencyMs: number;
                            error: string | null;
                            response: string | null;
                        }[];
                        nextAt: string | null;
                        receiptDue: string;
                        overdue: boolean;
                        deliveredAt: string | null;
                        lastStatus: number | null;
                        lastError: string | null;
                        createdAt: string;
                        event: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        pending: number;
                        dead: number;
                        overdue: number;
                        alerts: {
                            subscriptionId: string;
                            name: string;
                            departmentCode: string;
                            consecutiveFailures: number;
                            since: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeInbound: {
        parameters: {
            query?: {
                licenceNo?: string;
                holderId?: string;
                status?: "awaiting_confirmation" | "applied" | "declined";
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            departmentCode: string;
                            messageId: string;
                            /** @enum {string} */
                            type: "inspection" | "penalty" | "suspend_request" | "revoke_request" | "blacklist";
                            licenceNo: string | null;
                            holderId: string | null;
                            message: {
                                [key: string]: unknown;
                            };
                            status: string;
                            effect: string | null;
                            receivedAt: string;
                            appliedAt: string | null;
                            decidedBy: string | null;
                            decisionNote: string | null;
                            logHash: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExchangeInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    messageId: string;
                    occurredOn: string;
                    /** @enum {string} */
                    type: "inspection";
                    licenceNo: string;
                    /** @enum {string} */
                    result: "pass" | "fail";
                    summary: string;
                } | {
                    messageId: string;
                    occurredOn: string;
                    /** @enum {string} */
                    type: "penalty";
                    licenceNo: string;
                    decisionNo: string;
                    amountYuan?: number;
                    summary: string;
                } | {
                    messageId: string;
                    occurredOn: string;
                    /** @enum {string} */
                    type: "suspend_request";
                    licenceNo: string;
                    reason: string;
                } | {
                    messageId: string;
                    occurredOn: string;
                    /** @enum {string} */
                    type: "revoke_request";
                    licenceNo: string;
                    reason: string;
                } | {
                    messageId: string;
                    occurredOn: string;
                    /** @enum {string} */
                    type: "blacklist";
                    holderId: string;
                    reason: string;
                    until?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messageId: string;
                        departmentCode: string;
                        status: string;
                        effect: string | null;
                        receivedAt: string;
                        logHash: string;
                        keyId: string;
                        /** @description Ed25519 签名（base64url），签的是其余回执字段（不含签名字段）的规范 JSON */
                        signature: string;
                        sm2KeyId: string;
                        /** @description SM3withSM2 签名（国密，用户标识 1234567812345678），DER 的 base64url，签的内容同上 */
                        sm2Signature: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExchangeInboundByIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "confirm" | "decline";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        departmentCode: string;
                        messageId: string;
                        /** @enum {string} */
                        type: "inspection" | "penalty" | "suspend_request" | "revoke_request" | "blacklist";
                        licenceNo: string | null;
                        holderId: string | null;
                        message: {
                            [key: string]: unknown;
                        };
                        status: string;
                        effect: string | null;
                        receivedAt: string;
                        appliedAt: string | null;
                        decidedBy: string | null;
                        decisionNote: string | null;
                        logHash: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeLogVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        entries: number;
                        verified: number;
                        brokenAt: string | null;
                        head: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExchangeFeed: {
        parameters: {
            query?: {
                cursor?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            [key: string]: unknown;
                        }[];
                        nextCursor: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvinceSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        enabled: boolean;
                        pending: number;
                        accepted: number;
                        rejected: number;
                        failed: number;
                        byKind: {
                            /** @enum {string} */
                            kind: "banjian" | "rating" | "licence";
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected" | "failed";
                            count: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvincePushes: {
        parameters: {
            query?: {
                status?: "pending" | "accepted" | "rejected" | "failed";
                kind?: "banjian" | "rating" | "licence";
                subject?: string;
                before?: number;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** @enum {string} */
                            kind: "banjian" | "rating" | "licence";
                            subject: string;
                            recordId: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "rejected" | "failed";
                            attempts: number;
                            nextAt: string | null;
                            lastError: string | null;
                            receiptId: string | null;
                            reason: string | null;
                            fieldErrors: {
                                field: string;
                                message: string;
                            }[];
                            answeredAt: string | null;
                            resentCount: number;
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvincePushesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        kind: "banjian" | "rating" | "licence";
                        subject: string;
                        recordId: string;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "rejected" | "failed";
                        attempts: number;
                        nextAt: string | null;
                        lastError: string | null;
                        receiptId: string | null;
                        reason: string | null;
                        fieldErrors: {
                            field: string;
                            message: string;
                        }[];
                        answeredAt: string | null;
                        resentCount: number;
                        createdAt: string;
                        record: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProvincePushesByIdResend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        kind: "banjian" | "rating" | "licence";
                        subject: string;
                        recordId: string;
                        /** @enum {string} */
                        status: "pending" | "accepted" | "rejected" | "failed";
                        attempts: number;
                        nextAt: string | null;
                        lastError: string | null;
                        receiptId: string | null;
                        reason: string | null;
                        fieldErrors: {
                            field: string;
                            message: string;
                        }[];
                        answeredAt: string | null;
                        resentCount: number;
                        createdAt: string;
                        record: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvinceCasesByCaseNoLicenceOffers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        consentText: string;
                        materials: {
                            code: string;
                            name: string;
                            licences: {
                                licenceNo: string;
                                version: number;
                                typeName: string;
                                holderName: string;
                                deptCode: string;
                                validTo: string | null;
                            }[];
                        }[];
                        used: {
                            materialCode: string;
                            licenceNo: string;
                            version: number;
                            recordId: string;
                            typeName: string;
                            caseVersion: number;
                            consentText: string;
                            consentAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProvinceCasesByCaseNoLicenceUses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            materialCode: string;
                            licenceNo: string;
                            version: number;
                            recordId: string;
                            typeName: string;
                            caseVersion: number;
                            consentText: string;
                            consentAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProvinceCasesByCaseNoLicenceUses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    materialCode: string;
                    licenceNo: string;
                    /** @enum {boolean} */
                    consent: true;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            materialCode: string;
                            licenceNo: string;
                            version: number;
                            recordId: string;
                            typeName: string;
                            caseVersion: number;
                            consentText: string;
                            consentAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsSummary: {
        parameters: {
            query?: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        received: number;
                        accepted: number;
                        decided: number;
                        approved: number;
                        refused: number;
                        rejected: number;
                        withdrawn: number;
                        onTimeRate: number | null;
                        statutoryOnTimeRate: number | null;
                        avgWorkingDays: number | null;
                        p90WorkingDays: number | null;
                        promisedCompression: number | null;
                        actualCompression: number | null;
                        onlineRate: number | null;
                        zeroVisitRate: number | null;
                        instantShare: number | null;
                        supplementRate: number | null;
                        refusalRate: number | null;
                        pausedCases: number;
                        pausedDays: number;
                        pausesByKind: {
                            inspection: number;
                            expert_review: number;
                            hearing: number;
                            testing: number;
                            appraisal: number;
                        };
                        satisfaction: {
                            total: number;
                            byGrade: {
                                very_satisfied: number;
                                satisfied: number;
                                basic: number;
                                dissatisfied: number;
                                very_dissatisfied: number;
                            };
                            averageScore: number | null;
                            satisfiedRate: number | null;
                            bad: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsSeries: {
        parameters: {
            query: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
                metric: "received" | "accepted" | "decided" | "onTimeRate" | "statutoryOnTimeRate" | "avgWorkingDays" | "p90WorkingDays" | "onlineRate" | "zeroVisitRate" | "instantShare" | "supplementRate" | "refusalRate";
                interval?: "day" | "week" | "month";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        metric: string;
                        name: string;
                        /** @enum {string} */
                        interval: "day" | "week" | "month";
                        points: {
                            period: string;
                            value: number | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsBreakdown: {
        parameters: {
            query: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
                by: "department" | "zone" | "item" | "channel";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        by: string;
                        items: {
                            key: string;
                            name: string;
                            received: number;
                            accepted: number;
                            decided: number;
                            approved: number;
                            refused: number;
                            rejected: number;
                            withdrawn: number;
                            onTimeRate: number | null;
                            statutoryOnTimeRate: number | null;
                            avgWorkingDays: number | null;
                            p90WorkingDays: number | null;
                            promisedCompression: number | null;
                            actualCompression: number | null;
                            onlineRate: number | null;
                            zeroVisitRate: number | null;
                            instantShare: number | null;
                            supplementRate: number | null;
                            refusalRate: number | null;
                            pausedCases: number;
                            pausedDays: number;
                            pausesByKind: {
                                inspection: number;
                                expert_review: number;
                                hearing: number;
                                testing: number;
                                appraisal: number;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsFormDimension: {
        parameters: {
            query: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item: string;
                channel?: "online" | "window" | "agent";
                field: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        item: string;
                        field: string;
                        from: string;
                        to: string;
                        items: {
                            value: string;
                            received: number;
                            approved: number;
                            refused: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsCases: {
        parameters: {
            query: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
                figure: "received" | "accepted" | "decided" | "approved" | "refused" | "late" | "lateStatutory" | "rejected" | "withdrawn" | "online" | "zeroVisit" | "instant" | "supplemented" | "paused";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        figure: string;
                        name: string;
                        total: number;
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            zone: string;
                            /** @enum {string} */
                            channel: "online" | "window" | "agent";
                            status: string;
                            receivedOn: string | null;
                            acceptedOn: string | null;
                            decidedOn: string | null;
                            closedOn: string | null;
                            promisedDays: number;
                            statutoryDays: number;
                            workingDays: number | null;
                            onTimePromised: boolean | null;
                            supplementRounds: number;
                            pausedDays: number;
                            zeroVisit: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsCasesExport: {
        parameters: {
            query: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
                figure: "received" | "accepted" | "decided" | "approved" | "refused" | "late" | "lateStatutory" | "rejected" | "withdrawn" | "online" | "zeroVisit" | "instant" | "supplemented" | "paused";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsHall: {
        parameters: {
            query?: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        zones: {
                            code: string;
                            name: string;
                        }[];
                        heatmap: {
                            zone: string;
                            hour: number;
                            tickets: number;
                            avgWaitMinutes: number | null;
                        }[];
                        appointments: {
                            total: number;
                            checkedIn: number;
                            noShow: number;
                            cancelled: number;
                            open: number;
                            noShowRate: number | null;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsRatings: {
        parameters: {
            query?: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        satisfaction: {
                            total: number;
                            byGrade: {
                                very_satisfied: number;
                                satisfied: number;
                                basic: number;
                                dissatisfied: number;
                                very_dissatisfied: number;
                            };
                            averageScore: number | null;
                            satisfiedRate: number | null;
                            bad: number;
                        };
                        rectifications: {
                            total: number;
                            closed: number;
                            closedOnTime: number;
                            onTimeRate: number | null;
                            overdueOpen: number;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsExchange: {
        parameters: {
            query?: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                /** @description 日期（北京时间），YYYY-MM-DD */
                to?: string;
                zone?: string;
                department?: string;
                item?: string;
                channel?: "online" | "window" | "agent";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        total: number;
                        delivered: number;
                        pending: number;
                        dead: number;
                        deliveredOnTime: number;
                        onTimeRate: number | null;
                        avgAttempts: number | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAnalyticsRebuild: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cases: number;
                        rollupRows: number;
                        seconds: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicOpenData: {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        months: string[];
                        divisions: {
                            code: string;
                            name: string;
                            months: {
                                month: string;
                                received: number;
                                decided: number;
                                onTimeRate: number | null;
                                onlineRate: number | null;
                                ratings: number;
                                satisfiedRate: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspections: {
        parameters: {
            query?: {
                scope?: "mine" | "all";
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseNo: string;
                            itemName: string;
                            applicantName: string;
                            caseStatus: string;
                            round: number;
                            /** @enum {string} */
                            status: "requested" | "scheduled" | "done" | "cancelled";
                            statusName: string;
                            reason: string;
                            checklist: string[];
                            requestedBy: string;
                            requestedAt: string;
                            scheduledOn: string | null;
                            address: string | null;
                            scheduledBy: string | null;
                            reportDue: string | null;
                            overdue: boolean;
                            inspectors: {
                                userId: string;
                                name: string;
                                confirmedAt: string | null;
                            }[];
                            results: {
                                point: string;
                                /** @enum {string} */
                                result: "pass" | "fail" | "na";
                                note: string;
                            }[];
                            notes: string;
                            rectification: string;
                            rectifyDue: string | null;
                            cancelReason: string | null;
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            recordedAt: string | null;
                            recordedBy: string | null;
                            rev: number;
                            outcome: ("pass" | "fail") | null;
                            finishedOn: string | null;
                            photos: {
                                id: string;
                                name: string;
                                mediaType: string;
                                size: number;
                                sha256: string;
                                uploadedBy: string;
                                at: string;
                                url: string;
                            }[];
                            can: {
                                schedule: boolean;
                                record: boolean;
                                confirm: boolean;
                                cancel: boolean;
                            };
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInspections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    caseNo: string;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsInspectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            userId: string;
                            username: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsBoard: {
        parameters: {
            query?: {
                /** @description 日期（北京时间），YYYY-MM-DD */
                from?: string;
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        days: {
                            date: string;
                            working: boolean;
                        }[];
                        inspectors: {
                            userId: string;
                            name: string;
                            perDay: number[];
                            total: number;
                        }[];
                        waiting: number;
                        overdue: {
                            id: string;
                            caseNo: string;
                            itemName: string;
                            scheduledOn: string;
                            reportDue: string;
                            inspectors: string[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInspectionsByIdSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    scheduledOn: string;
                    address: string;
                    inspectorIds: string[];
                    expectedRev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putInspectionsByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expectedRev: number;
                    results: {
                        point: string;
                        /** @enum {string} */
                        result: "pass" | "fail" | "na";
                        /** @default  */
                        note?: string;
                    }[];
                    /** @default  */
                    notes?: string;
                    /** @default  */
                    rectification?: string;
                    /** @default null */
                    rectifyDue?: string | null;
                    /** @default null */
                    location?: {
                        lat: number;
                        lng: number;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInspectionsByIdPhotos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getInspectionsByIdPhotosByPhotoId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                photoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInspectionsByIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expectedRev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postInspectionsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                    expectedRev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        caseStatus: string;
                        round: number;
                        /** @enum {string} */
                        status: "requested" | "scheduled" | "done" | "cancelled";
                        statusName: string;
                        reason: string;
                        checklist: string[];
                        requestedBy: string;
                        requestedAt: string;
                        scheduledOn: string | null;
                        address: string | null;
                        scheduledBy: string | null;
                        reportDue: string | null;
                        overdue: boolean;
                        inspectors: {
                            userId: string;
                            name: string;
                            confirmedAt: string | null;
                        }[];
                        results: {
                            point: string;
                            /** @enum {string} */
                            result: "pass" | "fail" | "na";
                            note: string;
                        }[];
                        notes: string;
                        rectification: string;
                        rectifyDue: string | null;
                        cancelReason: string | null;
                        location: {
                            lat: number;
                            lng: number;
                        } | null;
                        recordedAt: string | null;
                        recordedBy: string | null;
                        rev: number;
                        outcome: ("pass" | "fail") | null;
                        finishedOn: string | null;
                        photos: {
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                            sha256: string;
                            uploadedBy: string;
                            at: string;
                            url: string;
                        }[];
                        can: {
                            schedule: boolean;
                            record: boolean;
                            confirm: boolean;
                            cancel: boolean;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoInspections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        required: boolean;
                        canRequest: boolean;
                        items: {
                            id: string;
                            round: number;
                            /** @enum {string} */
                            status: "requested" | "scheduled" | "done" | "cancelled";
                            statusName: string;
                            scheduledOn: string | null;
                            address: string | null;
                            inspectors: string[];
                            outcome: ("pass" | "fail") | null;
                            rectification: string;
                            rectifyDue: string | null;
                            finishedOn: string | null;
                            detail: {
                                id: string;
                                caseNo: string;
                                itemName: string;
                                applicantName: string;
                                caseStatus: string;
                                round: number;
                                /** @enum {string} */
                                status: "requested" | "scheduled" | "done" | "cancelled";
                                statusName: string;
                                reason: string;
                                checklist: string[];
                                requestedBy: string;
                                requestedAt: string;
                                scheduledOn: string | null;
                                address: string | null;
                                scheduledBy: string | null;
                                reportDue: string | null;
                                overdue: boolean;
                                inspectors: {
                                    userId: string;
                                    name: string;
                                    confirmedAt: string | null;
                                }[];
                                results: {
                                    point: string;
                                    /** @enum {string} */
                                    result: "pass" | "fail" | "na";
                                    note: string;
                                }[];
                                notes: string;
                                rectification: string;
                                rectifyDue: string | null;
                                cancelReason: string | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                recordedAt: string | null;
                                recordedBy: string | null;
                                rev: number;
                                outcome: ("pass" | "fail") | null;
                                finishedOn: string | null;
                                photos: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                    sha256: string;
                                    uploadedBy: string;
                                    at: string;
                                    url: string;
                                }[];
                                can: {
                                    schedule: boolean;
                                    record: boolean;
                                    confirm: boolean;
                                    cancel: boolean;
                                };
                            } | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExperts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            userId: string;
                            username: string;
                            name: string;
                            title: string;
                            fields: string[];
                            employer: string;
                            employerCreditCode: string | null;
                            declared: string[];
                            unavailable: {
                                from: string;
                                to: string;
                                reason: string;
                            }[];
                            active: boolean;
                            rev: number;
                            openReviews: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExperts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    name: string;
                    /** @default  */
                    title?: string;
                    fields: ("食品安全" | "建筑工程" | "环境保护" | "医疗卫生" | "消防" | "交通运输" | "水利" | "安全生产" | "文物保护" | "教育")[];
                    employer: string;
                    /** @default null */
                    employerCreditCode?: string | null;
                    /** @default [] */
                    declared?: string[];
                    /** @default [] */
                    unavailable?: {
                        /**
                         * Format: date
                         * @description 日期（北京时间），YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description 日期（北京时间），YYYY-MM-DD
                         */
                        to: string;
                        /** @default  */
                        reason?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        username: string;
                        name: string;
                        title: string;
                        fields: string[];
                        employer: string;
                        employerCreditCode: string | null;
                        declared: string[];
                        unavailable: {
                            from: string;
                            to: string;
                            reason: string;
                        }[];
                        active: boolean;
                        rev: number;
                        openReviews: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putExpertsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default  */
                    title?: string;
                    fields: ("食品安全" | "建筑工程" | "环境保护" | "医疗卫生" | "消防" | "交通运输" | "水利" | "安全生产" | "文物保护" | "教育")[];
                    employer: string;
                    /** @default null */
                    employerCreditCode?: string | null;
                    /** @default [] */
                    declared?: string[];
                    /** @default [] */
                    unavailable?: {
                        /**
                         * Format: date
                         * @description 日期（北京时间），YYYY-MM-DD
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description 日期（北京时间），YYYY-MM-DD
                         */
                        to: string;
                        /** @default  */
                        reason?: string;
                    }[];
                    active: boolean;
                    rev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        userId: string;
                        username: string;
                        name: string;
                        title: string;
                        fields: string[];
                        employer: string;
                        employerCreditCode: string | null;
                        declared: string[];
                        unavailable: {
                            from: string;
                            to: string;
                            reason: string;
                        }[];
                        active: boolean;
                        rev: number;
                        openReviews: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoExpertReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        view: "officer" | "applicant";
                        items: {
                            id: string;
                            caseNo: string;
                            itemName: string;
                            applicantName: string;
                            fields: string[];
                            criteria: {
                                code: string;
                                name: string;
                                max: number;
                            }[];
                            panelSize: number;
                            requestedOn: string;
                            due: string;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "concluded";
                            overdue: boolean;
                            conclusion: ("pass" | "fail" | "pass_with_changes") | null;
                            conclusionName: string | null;
                            conclusionText: string | null;
                            concludedAt: string | null;
                            panel: {
                                expertId: string;
                                name: string;
                                title: string;
                                employer: string;
                                drawStep: number;
                                /** @enum {string} */
                                status: "invited" | "declined" | "signed";
                                declineReason: string | null;
                                scores: {
                                    [key: string]: number;
                                } | null;
                                total: number | null;
                                opinion: string | null;
                                recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                                signedAt: string | null;
                                opinionSha256: string | null;
                                keyId: string | null;
                                signature: string | null;
                                sm2KeyId: string | null;
                                /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                                sm2Signature: string | null;
                            }[];
                            draws: {
                                step: number;
                                seed: number;
                                chosen: {
                                    expertId: string;
                                    name: string;
                                }[];
                                replaces: {
                                    expertId: string;
                                    name: string;
                                } | null;
                                candidates: number;
                                eligible: number;
                                excluded: {
                                    expertId: string;
                                    name: string;
                                    /** @enum {string} */
                                    reason: "inactive" | "field" | "employer" | "declared" | "recent" | "unavailable" | "on_panel";
                                    reasonName: string;
                                }[];
                                drawnAt: string;
                            }[];
                        }[];
                        applicantItems: {
                            id: string;
                            /** @enum {string} */
                            status: "open" | "concluded";
                            label: string;
                            panelSize: number;
                            requestedOn: string;
                            due: string;
                            conclusion: ("pass" | "fail" | "pass_with_changes") | null;
                            conclusionName: string | null;
                            conclusionText: string | null;
                            experts: {
                                name: string;
                                title: string;
                                employer: string;
                            }[] | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByCaseNoExpertReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fields: ("食品安全" | "建筑工程" | "环境保护" | "医疗卫生" | "消防" | "交通运输" | "水利" | "安全生产" | "文物保护" | "教育")[];
                    panelSize: number;
                    dueDays: number;
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        fields: string[];
                        criteria: {
                            code: string;
                            name: string;
                            max: number;
                        }[];
                        panelSize: number;
                        requestedOn: string;
                        due: string;
                        reason: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        overdue: boolean;
                        conclusion: ("pass" | "fail" | "pass_with_changes") | null;
                        conclusionName: string | null;
                        conclusionText: string | null;
                        concludedAt: string | null;
                        panel: {
                            expertId: string;
                            name: string;
                            title: string;
                            employer: string;
                            drawStep: number;
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            declineReason: string | null;
                            scores: {
                                [key: string]: number;
                            } | null;
                            total: number | null;
                            opinion: string | null;
                            recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                            signedAt: string | null;
                            opinionSha256: string | null;
                            keyId: string | null;
                            signature: string | null;
                            sm2KeyId: string | null;
                            /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                            sm2Signature: string | null;
                        }[];
                        draws: {
                            step: number;
                            seed: number;
                            chosen: {
                                expertId: string;
                                name: string;
                            }[];
                            replaces: {
                                expertId: string;
                                name: string;
                            } | null;
                            candidates: number;
                            eligible: number;
                            excluded: {
                                expertId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "inactive" | "field" | "employer" | "declared" | "recent" | "unavailable" | "on_panel";
                                reasonName: string;
                            }[];
                            drawnAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoExpertReviewsEligible: {
        parameters: {
            query?: {
                fields?: string;
                dueDays?: number;
            };
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        eligible: number;
                        due: string;
                        excluded: {
                            /** @enum {string} */
                            reason: "inactive" | "field" | "employer" | "declared" | "recent" | "unavailable" | "on_panel";
                            reasonName: string;
                            count: number;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpertReviews: {
        parameters: {
            query?: {
                status?: "open" | "concluded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseNo: string;
                            itemName: string;
                            applicantName: string;
                            fields: string[];
                            criteria: {
                                code: string;
                                name: string;
                                max: number;
                            }[];
                            panelSize: number;
                            requestedOn: string;
                            due: string;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "concluded";
                            overdue: boolean;
                            conclusion: ("pass" | "fail" | "pass_with_changes") | null;
                            conclusionName: string | null;
                            conclusionText: string | null;
                            concludedAt: string | null;
                            panel: {
                                expertId: string;
                                name: string;
                                title: string;
                                employer: string;
                                drawStep: number;
                                /** @enum {string} */
                                status: "invited" | "declined" | "signed";
                                declineReason: string | null;
                                scores: {
                                    [key: string]: number;
                                } | null;
                                total: number | null;
                                opinion: string | null;
                                recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                                signedAt: string | null;
                                opinionSha256: string | null;
                                keyId: string | null;
                                signature: string | null;
                                sm2KeyId: string | null;
                                /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                                sm2Signature: string | null;
                            }[];
                            draws: {
                                step: number;
                                seed: number;
                                chosen: {
                                    expertId: string;
                                    name: string;
                                }[];
                                replaces: {
                                    expertId: string;
                                    name: string;
                                } | null;
                                candidates: number;
                                eligible: number;
                                excluded: {
                                    expertId: string;
                                    name: string;
                                    /** @enum {string} */
                                    reason: "inactive" | "field" | "employer" | "declared" | "recent" | "unavailable" | "on_panel";
                                    reasonName: string;
                                }[];
                                drawnAt: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpertReviewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        fields: string[];
                        criteria: {
                            code: string;
                            name: string;
                            max: number;
                        }[];
                        panelSize: number;
                        requestedOn: string;
                        due: string;
                        reason: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        overdue: boolean;
                        conclusion: ("pass" | "fail" | "pass_with_changes") | null;
                        conclusionName: string | null;
                        conclusionText: string | null;
                        concludedAt: string | null;
                        panel: {
                            expertId: string;
                            name: string;
                            title: string;
                            employer: string;
                            drawStep: number;
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            declineReason: string | null;
                            scores: {
                                [key: string]: number;
                            } | null;
                            total: number | null;
                            opinion: string | null;
                            recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                            signedAt: string | null;
                            opinionSha256: string | null;
                            keyId: string | null;
                            signature: string | null;
                            sm2KeyId: string | null;
                            /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                            sm2Signature: string | null;
                        }[];
                        draws: {
                            step: number;
                            seed: number;
                            chosen: {
                                expertId: string;
                                name: string;
                            }[];
                            replaces: {
                                expertId: string;
                                name: string;
                            } | null;
                            candidates: number;
                            eligible: number;
                            excluded: {
                                expertId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "inactive" | "field" | "employer" | "declared" | "recent" | "unavailable" | "on_panel";
                                reasonName: string;
                            }[];
                            drawnAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExpertReviewsByIdVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reviewId: string;
                        same: boolean;
                        steps: {
                            step: number;
                            seed: number;
                            recorded: string[];
                            rerun: string[];
                            same: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postExpertReviewsByIdConclusion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    result: "pass" | "fail" | "pass_with_changes";
                    text: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        itemName: string;
                        applicantName: string;
                        fields: string[];
                        criteria: {
                            code: string;
                            name: string;
                            max: number;
                        }[];
                        panelSize: number;
                        requestedOn: string;
                        due: string;
                        reason: string;
                        /** @enum {string} */
                        status: "open" | "concluded";
                        overdue: boolean;
                        conclusion: ("pass" | "fail" | "pass_with_changes") | null;
                        conclusionName: string | null;
                        conclusionText: string | null;
                        concludedAt: string | null;
                        panel: {
                            expertId: string;
                            name: string;
                            title: string;
                            employer: string;
                            drawStep: number;
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            declineReason: string | null;
                            scores: {
                                [key: string]: number;
                            } | null;
                            total: number | null;
                            opinion: string | null;
                            recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                            signedAt: string | null;
                            opinionSha256: string | null;
                            keyId: string | null;
                            signature: string | null;
                            sm2KeyId: string | null;
                            /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                            sm2Signature: string | null;
                        }[];
                        draws: {
                            step: number;
                            seed: number;
                            chosen: {
                                expertId: string;
                                name: string;
                            }[];
                            replaces: {
                                expertId: string;
                                name: string;
                            } | null;
                            candidates: number;
                            eligible: number;
                            excluded: {
                                expertId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "inactive" | "field" | "employer" | "declared" | "recent" | "unavailable" | "on_panel";
                                reasonName: string;
                            }[];
                            drawnAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyExpertReviews: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            reviewId: string;
                            caseNo: string;
                            itemName: string;
                            fields: string[];
                            due: string;
                            /** @enum {string} */
                            reviewStatus: "open" | "concluded";
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            signedAt: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyExpertReviewsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment: {
                            reviewId: string;
                            caseNo: string;
                            itemName: string;
                            fields: string[];
                            due: string;
                            /** @enum {string} */
                            reviewStatus: "open" | "concluded";
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            signedAt: string | null;
                        };
                        criteria: {
                            code: string;
                            name: string;
                            max: number;
                        }[];
                        reason: string;
                        mine: {
                            expertId: string;
                            name: string;
                            title: string;
                            employer: string;
                            drawStep: number;
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            declineReason: string | null;
                            scores: {
                                [key: string]: number;
                            } | null;
                            total: number | null;
                            opinion: string | null;
                            recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                            signedAt: string | null;
                            opinionSha256: string | null;
                            keyId: string | null;
                            signature: string | null;
                            sm2KeyId: string | null;
                            /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                            sm2Signature: string | null;
                        };
                        case: {
                            caseNo: string;
                            queryCode?: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            channel: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                            statusName: string;
                            version: number;
                            /** @description 此刻当前用户可以执行的操作 */
                            allowedActions: string[];
                            clock: {
                                receivedAt: string | null;
                                acceptanceDue: string | null;
                                /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                                supplementToldOn: string | null;
                                /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                                supplementLate: boolean;
                                acceptedAt: string | null;
                                decisionDue: string | null;
                                promisedDue: string | null;
                                extensionDays: number;
                                stepDues: string[];
                                pauses: {
                                    kind: string;
                                    from: string;
                                    to: string | null;
                                    expectedDays: number;
                                    workingDays: number;
                                }[];
                                pausedWorkingDays: number;
                                remainingWorkingDays: number | null;
                                statutoryRemainingWorkingDays: number | null;
                                state: string;
                                decidedAt: string | null;
                                onTime: boolean | null;
                            };
                            actions: {
                                seq: number;
                                /** @enum {string} */
                                type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                                name: string;
                                at: string;
                                on: string;
                                actorName: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber: string | null;
                                creditCode: string | null;
                                phone: string | null;
                            };
                            authorisationId: string | null;
                            situation: string[];
                            form: {
                                [key: string]: unknown;
                            };
                            formVersion: number;
                            formDefinition: {
                                schema: {
                                    [key: string]: unknown;
                                };
                                ui: {
                                    [key: string]: unknown;
                                };
                            };
                            formRows: {
                                key: string;
                                title: string;
                                text: string;
                            }[];
                            formIssues: {
                                path: string;
                                field: string;
                                message: string;
                            }[];
                            licence: {
                                no: string;
                                /** @enum {string} */
                                purpose: "change" | "renewal";
                            } | null;
                            creditFlag?: string | null;
                            materials: {
                                code: string;
                                name: string;
                                requirement: string;
                                toleranceAllowed: boolean;
                                commitmentAllowed: boolean;
                                files: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                    sha256: string;
                                    reused: boolean;
                                    at: string;
                                }[];
                                /** @enum {string} */
                                state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                            }[];
                            flaggedMaterials: {
                                materialCode: string;
                                problem: string;
                            }[];
                            pendingMaterials: {
                                materialCode: string;
                                dueDate: string;
                            }[];
                            commitments: {
                                materialCode: string;
                                checkDue: string;
                            }[];
                            extension: {
                                requestedDays: number;
                                reason: string;
                                approved: boolean;
                            } | null;
                            assignee: {
                                userId: string;
                                name: string;
                            } | null;
                            /** @description 事项目录规定的办理环节及各环节截止日 */
                            steps: {
                                name: string;
                                role: string;
                                days: number;
                                due: string | null;
                            }[];
                            /** @description 审批链：由谁决定，各环节意见 */
                            review: {
                                /**
                                 * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                                 * @enum {string}
                                 */
                                decidedBy: "bureau" | "agency";
                                /** @description 作出决定、在文书上署名的机关 */
                                deciderName: string;
                                /** @description 事项办理流程规定的审查、审核、审批环节 */
                                chain: {
                                    /** @enum {string} */
                                    step: "review" | "check" | "sign";
                                    name: string;
                                }[];
                                opinions: {
                                    /** @enum {string} */
                                    step: "review" | "check" | "sign";
                                    name: string;
                                    by: string;
                                    on: string;
                                    text: string;
                                }[];
                            };
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyExpertReviewsByIdFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyExpertReviewsByIdSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    scores: {
                        [key: string]: number;
                    };
                    opinion: string;
                    /** @enum {string} */
                    recommendation: "pass" | "fail" | "pass_with_changes";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assignment: {
                            reviewId: string;
                            caseNo: string;
                            itemName: string;
                            fields: string[];
                            due: string;
                            /** @enum {string} */
                            reviewStatus: "open" | "concluded";
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            signedAt: string | null;
                        };
                        criteria: {
                            code: string;
                            name: string;
                            max: number;
                        }[];
                        reason: string;
                        mine: {
                            expertId: string;
                            name: string;
                            title: string;
                            employer: string;
                            drawStep: number;
                            /** @enum {string} */
                            status: "invited" | "declined" | "signed";
                            declineReason: string | null;
                            scores: {
                                [key: string]: number;
                            } | null;
                            total: number | null;
                            opinion: string | null;
                            recommendation: ("pass" | "fail" | "pass_with_changes") | null;
                            signedAt: string | null;
                            opinionSha256: string | null;
                            keyId: string | null;
                            signature: string | null;
                            sm2KeyId: string | null;
                            /** @description 本局 SM2（国密）副署：SM3withSM2 签 opinionSha256，DER 的 base64url */
                            sm2Signature: string | null;
                        };
                        case: {
                            caseNo: string;
                            queryCode?: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            channel: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                            statusName: string;
                            version: number;
                            /** @description 此刻当前用户可以执行的操作 */
                            allowedActions: string[];
                            clock: {
                                receivedAt: string | null;
                                acceptanceDue: string | null;
                                /** @description while waiting for 补正: the day the applicant was told (the request day, or the later day the notice reached them) */
                                supplementToldOn: string | null;
                                /** @description the 补正 notice reached the applicant after the acceptance due day (art. 32: accepted on the day of receipt) */
                                supplementLate: boolean;
                                acceptedAt: string | null;
                                decisionDue: string | null;
                                promisedDue: string | null;
                                extensionDays: number;
                                stepDues: string[];
                                pauses: {
                                    kind: string;
                                    from: string;
                                    to: string | null;
                                    expectedDays: number;
                                    workingDays: number;
                                }[];
                                pausedWorkingDays: number;
                                remainingWorkingDays: number | null;
                                statutoryRemainingWorkingDays: number | null;
                                state: string;
                                decidedAt: string | null;
                                onTime: boolean | null;
                            };
                            actions: {
                                seq: number;
                                /** @enum {string} */
                                type: "create" | "submit" | "accept" | "reject" | "request_supplement" | "submit_supplement" | "accept_pending" | "supply_pending" | "commit_promise" | "deem_accept" | "supplement_delivered" | "take" | "assign" | "start_pause" | "end_pause" | "request_extension" | "approve_extension" | "submit_opinion" | "approve" | "refuse" | "withdraw" | "recalculate_deadlines" | "assess_fee" | "approve_fee_waiver" | "fee_paid" | "refund_fee";
                                name: string;
                                at: string;
                                on: string;
                                actorName: string;
                                payload: {
                                    [key: string]: unknown;
                                };
                            }[];
                            applicant: {
                                kind: string;
                                name: string;
                                idNumber: string | null;
                                creditCode: string | null;
                                phone: string | null;
                            };
                            authorisationId: string | null;
                            situation: string[];
                            form: {
                                [key: string]: unknown;
                            };
                            formVersion: number;
                            formDefinition: {
                                schema: {
                                    [key: string]: unknown;
                                };
                                ui: {
                                    [key: string]: unknown;
                                };
                            };
                            formRows: {
                                key: string;
                                title: string;
                                text: string;
                            }[];
                            formIssues: {
                                path: string;
                                field: string;
                                message: string;
                            }[];
                            licence: {
                                no: string;
                                /** @enum {string} */
                                purpose: "change" | "renewal";
                            } | null;
                            creditFlag?: string | null;
                            materials: {
                                code: string;
                                name: string;
                                requirement: string;
                                toleranceAllowed: boolean;
                                commitmentAllowed: boolean;
                                files: {
                                    id: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                    sha256: string;
                                    reused: boolean;
                                    at: string;
                                }[];
                                /** @enum {string} */
                                state: "missing" | "uploaded" | "flagged" | "passed" | "pending" | "committed";
                            }[];
                            flaggedMaterials: {
                                materialCode: string;
                                problem: string;
                            }[];
                            pendingMaterials: {
                                materialCode: string;
                                dueDate: string;
                            }[];
                            commitments: {
                                materialCode: string;
                                checkDue: string;
                            }[];
                            extension: {
                                requestedDays: number;
                                reason: string;
                                approved: boolean;
                            } | null;
                            assignee: {
                                userId: string;
                                name: string;
                            } | null;
                            /** @description 事项目录规定的办理环节及各环节截止日 */
                            steps: {
                                name: string;
                                role: string;
                                days: number;
                                due: string | null;
                            }[];
                            /** @description 审批链：由谁决定，各环节意见 */
                            review: {
                                /**
                                 * @description bureau: 划转事项由本局科室决定; agency: 进驻部门（不动产、税务、社保等）决定
                                 * @enum {string}
                                 */
                                decidedBy: "bureau" | "agency";
                                /** @description 作出决定、在文书上署名的机关 */
                                deciderName: string;
                                /** @description 事项办理流程规定的审查、审核、审批环节 */
                                chain: {
                                    /** @enum {string} */
                                    step: "review" | "check" | "sign";
                                    name: string;
                                }[];
                                opinions: {
                                    /** @enum {string} */
                                    step: "review" | "check" | "sign";
                                    name: string;
                                    by: string;
                                    on: string;
                                    text: string;
                                }[];
                            };
                            createdAt: string;
                        };
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyExpertReviewsByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        declined: boolean;
                        replacementDrawn: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjects: {
        parameters: {
            query?: {
                q?: string;
                state?: "not_started" | "ok" | "warning" | "overdue" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            code: string;
                            name: string;
                            companyName: string;
                            creditCode: string | null;
                            leadDepartmentCode: string;
                            leadDepartmentName: string;
                            setLimitDays: number | null;
                            agent: {
                                userId: string;
                                name: string;
                            } | null;
                            createdAt: string;
                            rev: number;
                            clock: {
                                limitDays: number;
                                startedOn: string | null;
                                dueOn: string | null;
                                remainingWorkingDays: number | null;
                                /** @enum {string} */
                                state: "not_started" | "ok" | "warning" | "overdue" | "done";
                                stateName: string;
                                atRisk: string[];
                                finished: number;
                                total: number;
                                onTime: boolean | null;
                            };
                            items: {
                                caseNo: string;
                                itemCode: string;
                                itemName: string;
                                departmentCode: string;
                                departmentName: string;
                                /** @enum {string} */
                                status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                                statusName: string;
                                clockState: string;
                                promisedDays: number;
                                acceptedAt: string | null;
                                promisedDue: string | null;
                                remainingWorkingDays: number | null;
                                decidedAt: string | null;
                                onTime: boolean | null;
                                nextStep: {
                                    text: string;
                                    by: ("applicant" | "bureau") | null;
                                };
                                milestones: {
                                    name: string;
                                    recorded: boolean;
                                    reference: string | null;
                                    date: string | null;
                                    recordedBy: string | null;
                                }[];
                                version: number;
                            }[];
                        }[];
                        total: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    companyName?: string;
                    creditCode?: string;
                    leadDepartmentCode: string;
                    limitDays?: number;
                    items: {
                        itemCode: string;
                        situation?: string[];
                        /** @description 申请表数据，按事项申请表（JSON Schema）填写；草稿保存时返回 formIssues 提示，提交时不合规答 400 CASE.FORM_INVALID 并列出每一项 */
                        form?: {
                            [key: string]: unknown;
                        };
                    }[];
                    /** Format: uuid */
                    authorisationId?: string;
                    requestKey?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        companyName: string;
                        creditCode: string | null;
                        leadDepartmentCode: string;
                        leadDepartmentName: string;
                        setLimitDays: number | null;
                        agent: {
                            userId: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        rev: number;
                        clock: {
                            limitDays: number;
                            startedOn: string | null;
                            dueOn: string | null;
                            remainingWorkingDays: number | null;
                            /** @enum {string} */
                            state: "not_started" | "ok" | "warning" | "overdue" | "done";
                            stateName: string;
                            atRisk: string[];
                            finished: number;
                            total: number;
                            onTime: boolean | null;
                        };
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                            statusName: string;
                            clockState: string;
                            promisedDays: number;
                            acceptedAt: string | null;
                            promisedDue: string | null;
                            remainingWorkingDays: number | null;
                            decidedAt: string | null;
                            onTime: boolean | null;
                            nextStep: {
                                text: string;
                                by: ("applicant" | "bureau") | null;
                            };
                            milestones: {
                                name: string;
                                recorded: boolean;
                                reference: string | null;
                                date: string | null;
                                recordedBy: string | null;
                            }[];
                            version: number;
                        }[];
                        meetings: {
                            id: string;
                            title: string;
                            meetingDate: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        companyName: string;
                        creditCode: string | null;
                        leadDepartmentCode: string;
                        leadDepartmentName: string;
                        setLimitDays: number | null;
                        agent: {
                            userId: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        rev: number;
                        clock: {
                            limitDays: number;
                            startedOn: string | null;
                            dueOn: string | null;
                            remainingWorkingDays: number | null;
                            /** @enum {string} */
                            state: "not_started" | "ok" | "warning" | "overdue" | "done";
                            stateName: string;
                            atRisk: string[];
                            finished: number;
                            total: number;
                            onTime: boolean | null;
                        };
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                            statusName: string;
                            clockState: string;
                            promisedDays: number;
                            acceptedAt: string | null;
                            promisedDue: string | null;
                            remainingWorkingDays: number | null;
                            decidedAt: string | null;
                            onTime: boolean | null;
                            nextStep: {
                                text: string;
                                by: ("applicant" | "bureau") | null;
                            };
                            milestones: {
                                name: string;
                                recorded: boolean;
                                reference: string | null;
                                date: string | null;
                                recordedBy: string | null;
                            }[];
                            version: number;
                        }[];
                        meetings: {
                            id: string;
                            title: string;
                            meetingDate: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postProjectsByIdReassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    agentUserId: string;
                    rev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                        name: string;
                        companyName: string;
                        creditCode: string | null;
                        leadDepartmentCode: string;
                        leadDepartmentName: string;
                        setLimitDays: number | null;
                        agent: {
                            userId: string;
                            name: string;
                        } | null;
                        createdAt: string;
                        rev: number;
                        clock: {
                            limitDays: number;
                            startedOn: string | null;
                            dueOn: string | null;
                            remainingWorkingDays: number | null;
                            /** @enum {string} */
                            state: "not_started" | "ok" | "warning" | "overdue" | "done";
                            stateName: string;
                            atRisk: string[];
                            finished: number;
                            total: number;
                            onTime: boolean | null;
                        };
                        items: {
                            caseNo: string;
                            itemCode: string;
                            itemName: string;
                            departmentCode: string;
                            departmentName: string;
                            /** @enum {string} */
                            status: "draft" | "submitted" | "supplement_requested" | "accepted" | "paused" | "approved" | "refused" | "rejected" | "withdrawn";
                            statusName: string;
                            clockState: string;
                            promisedDays: number;
                            acceptedAt: string | null;
                            promisedDue: string | null;
                            remainingWorkingDays: number | null;
                            decidedAt: string | null;
                            onTime: boolean | null;
                            nextStep: {
                                text: string;
                                by: ("applicant" | "bureau") | null;
                            };
                            milestones: {
                                name: string;
                                recorded: boolean;
                                reference: string | null;
                                date: string | null;
                                recordedBy: string | null;
                            }[];
                            version: number;
                        }[];
                        meetings: {
                            id: string;
                            title: string;
                            meetingDate: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgencyAuthorisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            companyName: string;
                            creditCode: string;
                            agent: {
                                userId: string;
                                name: string;
                            };
                            /** @enum {string} */
                            scope: "project" | "all";
                            projectName: string | null;
                            projectId: string | null;
                            letterRef: string;
                            validFrom: string;
                            validTo: string;
                            /** @enum {string} */
                            state: "valid" | "expired" | "not_yet" | "revoked";
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAgencyAuthorisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    companyName: string;
                    creditCode: string;
                    /** Format: uuid */
                    agentUserId?: string;
                    /** @enum {string} */
                    scope: "project" | "all";
                    projectName?: string;
                    letterRef: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    validFrom: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    validTo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        companyName: string;
                        creditCode: string;
                        agent: {
                            userId: string;
                            name: string;
                        };
                        /** @enum {string} */
                        scope: "project" | "all";
                        projectName: string | null;
                        projectId: string | null;
                        letterRef: string;
                        validFrom: string;
                        validTo: string;
                        /** @enum {string} */
                        state: "valid" | "expired" | "not_yet" | "revoked";
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postAgencyAuthorisationsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        companyName: string;
                        creditCode: string;
                        agent: {
                            userId: string;
                            name: string;
                        };
                        /** @enum {string} */
                        scope: "project" | "all";
                        projectName: string | null;
                        projectId: string | null;
                        letterRef: string;
                        validFrom: string;
                        validTo: string;
                        /** @enum {string} */
                        state: "valid" | "expired" | "not_yet" | "revoked";
                        createdAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgencyWorkload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agents: {
                            userId: string;
                            name: string;
                            projects: number;
                            activeProjects: number;
                            openCases: number;
                            overdueCases: number;
                            waitingOnAgent: number;
                            projectList: {
                                id: string;
                                code: string;
                                name: string;
                                companyName: string;
                                state: string;
                                stateName: string;
                                rev: number;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            title: string;
                            meetingDate: string;
                            project: {
                                id: string;
                                code: string;
                                name: string;
                            } | null;
                            caseNo: string | null;
                            departments: string[];
                            held: boolean;
                            openFollowups: number;
                            overdueFollowups: number;
                        }[];
                        myFollowups: {
                            id: string;
                            task: string;
                            owner: {
                                userId: string;
                                name: string;
                            };
                            dueDate: string;
                            /** @enum {string} */
                            state: "open" | "overdue" | "done";
                            doneAt: string | null;
                            doneNote: string | null;
                            mayComplete: boolean;
                            meetingId: string;
                            meetingTitle: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    projectId?: string;
                    caseNo?: string;
                    title: string;
                    agenda: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    meetingDate: string;
                    /** @default  */
                    location?: string;
                    departmentCodes: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        project: {
                            id: string;
                            code: string;
                            name: string;
                        } | null;
                        caseNo: string | null;
                        title: string;
                        agenda: string;
                        meetingDate: string;
                        location: string;
                        minutes: string | null;
                        calledBy: string;
                        rev: number;
                        departments: {
                            code: string;
                            name: string;
                        }[];
                        cases: {
                            caseNo: string;
                            itemName: string;
                            departmentName: string;
                        }[];
                        decisions: {
                            caseNo: string;
                            decision: string;
                        }[];
                        followups: {
                            id: string;
                            task: string;
                            owner: {
                                userId: string;
                                name: string;
                            };
                            dueDate: string;
                            /** @enum {string} */
                            state: "open" | "overdue" | "done";
                            doneAt: string | null;
                            doneNote: string | null;
                            mayComplete: boolean;
                        }[];
                        participants: {
                            userId: string;
                            name: string;
                            departmentCode: string;
                        }[];
                        mayEdit: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeetingsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        project: {
                            id: string;
                            code: string;
                            name: string;
                        } | null;
                        caseNo: string | null;
                        title: string;
                        agenda: string;
                        meetingDate: string;
                        location: string;
                        minutes: string | null;
                        calledBy: string;
                        rev: number;
                        departments: {
                            code: string;
                            name: string;
                        }[];
                        cases: {
                            caseNo: string;
                            itemName: string;
                            departmentName: string;
                        }[];
                        decisions: {
                            caseNo: string;
                            decision: string;
                        }[];
                        followups: {
                            id: string;
                            task: string;
                            owner: {
                                userId: string;
                                name: string;
                            };
                            dueDate: string;
                            /** @enum {string} */
                            state: "open" | "overdue" | "done";
                            doneAt: string | null;
                            doneNote: string | null;
                            mayComplete: boolean;
                        }[];
                        participants: {
                            userId: string;
                            name: string;
                            departmentCode: string;
                        }[];
                        mayEdit: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMeetingsByIdMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    minutes: string;
                    decisions: {
                        caseNo: string;
                        decision: string;
                    }[];
                    rev: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        project: {
                            id: string;
                            code: string;
                            name: string;
                        } | null;
                        caseNo: string | null;
                        title: string;
                        agenda: string;
                        meetingDate: string;
                        location: string;
                        minutes: string | null;
                        calledBy: string;
                        rev: number;
                        departments: {
                            code: string;
                            name: string;
                        }[];
                        cases: {
                            caseNo: string;
                            itemName: string;
                            departmentName: string;
                        }[];
                        decisions: {
                            caseNo: string;
                            decision: string;
                        }[];
                        followups: {
                            id: string;
                            task: string;
                            owner: {
                                userId: string;
                                name: string;
                            };
                            dueDate: string;
                            /** @enum {string} */
                            state: "open" | "overdue" | "done";
                            doneAt: string | null;
                            doneNote: string | null;
                            mayComplete: boolean;
                        }[];
                        participants: {
                            userId: string;
                            name: string;
                            departmentCode: string;
                        }[];
                        mayEdit: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMeetingsByIdFollowups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    task: string;
                    /** Format: uuid */
                    ownerUserId: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    dueDate: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        project: {
                            id: string;
                            code: string;
                            name: string;
                        } | null;
                        caseNo: string | null;
                        title: string;
                        agenda: string;
                        meetingDate: string;
                        location: string;
                        minutes: string | null;
                        calledBy: string;
                        rev: number;
                        departments: {
                            code: string;
                            name: string;
                        }[];
                        cases: {
                            caseNo: string;
                            itemName: string;
                            departmentName: string;
                        }[];
                        decisions: {
                            caseNo: string;
                            decision: string;
                        }[];
                        followups: {
                            id: string;
                            task: string;
                            owner: {
                                userId: string;
                                name: string;
                            };
                            dueDate: string;
                            /** @enum {string} */
                            state: "open" | "overdue" | "done";
                            doneAt: string | null;
                            doneNote: string | null;
                            mayComplete: boolean;
                        }[];
                        participants: {
                            userId: string;
                            name: string;
                            departmentCode: string;
                        }[];
                        mayEdit: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFollowupsByIdDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        project: {
                            id: string;
                            code: string;
                            name: string;
                        } | null;
                        caseNo: string | null;
                        title: string;
                        agenda: string;
                        meetingDate: string;
                        location: string;
                        minutes: string | null;
                        calledBy: string;
                        rev: number;
                        departments: {
                            code: string;
                            name: string;
                        }[];
                        cases: {
                            caseNo: string;
                            itemName: string;
                            departmentName: string;
                        }[];
                        decisions: {
                            caseNo: string;
                            decision: string;
                        }[];
                        followups: {
                            id: string;
                            task: string;
                            owner: {
                                userId: string;
                                name: string;
                            };
                            dueDate: string;
                            /** @enum {string} */
                            state: "open" | "overdue" | "done";
                            doneAt: string | null;
                            doneNote: string | null;
                            mayComplete: boolean;
                        }[];
                        participants: {
                            userId: string;
                            name: string;
                            departmentCode: string;
                        }[];
                        mayEdit: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        items: {
                            name: string;
                            recorded: boolean;
                            reference: string | null;
                            date: string | null;
                            recordedBy: string | null;
                        }[];
                        mayRecord: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByCaseNoMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    reference: string;
                    /**
                     * Format: date
                     * @description 日期（北京时间），YYYY-MM-DD
                     */
                    date: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        items: {
                            name: string;
                            recorded: boolean;
                            reference: string | null;
                            date: string | null;
                            recordedBy: string | null;
                        }[];
                        mayRecord: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyNotices: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            caseNo: string | null;
                            template: string;
                            title: string;
                            body: string;
                            createdAt: string;
                            readAt: string | null;
                        }[];
                        total: number;
                        unread: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyNoticesUnread: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyNoticesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    id?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        marked: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyNoticeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sms: boolean;
                        wechat: boolean;
                        /** @description 脱敏手机号 */
                        phone: string | null;
                        /** @description 手机号已通过验证码验证 */
                        phoneVerified: boolean;
                        wechatBound: boolean;
                        smsAvailable: boolean;
                        wechatAvailable: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putMyNoticeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    sms?: boolean;
                    wechat?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sms: boolean;
                        wechat: boolean;
                        /** @description 脱敏手机号 */
                        phone: string | null;
                        /** @description 手机号已通过验证码验证 */
                        phoneVerified: boolean;
                        wechatBound: boolean;
                        smsAvailable: boolean;
                        wechatAvailable: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyPhoneCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        phone: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyPhoneVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone: string;
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sms: boolean;
                        wechat: boolean;
                        /** @description 脱敏手机号 */
                        phone: string | null;
                        /** @description 手机号已通过验证码验证 */
                        phoneVerified: boolean;
                        wechatBound: boolean;
                        smsAvailable: boolean;
                        wechatAvailable: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyWechatAuthorize: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postMyWechatBind: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    state: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sms: boolean;
                        wechat: boolean;
                        /** @description 脱敏手机号 */
                        phone: string | null;
                        /** @description 手机号已通过验证码验证 */
                        phoneVerified: boolean;
                        wechatBound: boolean;
                        smsAvailable: boolean;
                        wechatAvailable: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteMyWechat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        sms: boolean;
                        wechat: boolean;
                        /** @description 脱敏手机号 */
                        phone: string | null;
                        /** @description 手机号已通过验证码验证 */
                        phoneVerified: boolean;
                        wechatBound: boolean;
                        smsAvailable: boolean;
                        wechatAvailable: boolean;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            to: string;
                            title: string;
                            body: string;
                            /** @description 法律要求告知：不受退订影响 */
                            required: boolean;
                            createdAt: string;
                            readAt: string | null;
                            deliveries: {
                                id: number;
                                /** @enum {string} */
                                channel: "sms" | "wechat";
                                /** @description 脱敏手机号，或“已绑定微信” */
                                to: string;
                                /** @enum {string} */
                                status: "pending" | "sent" | "dead";
                                attempts: number;
                                sentAt: string | null;
                                error: string | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNoticeDeliveriesByDeliveryIdResend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNoticeTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            template: string;
                            name: string;
                            sms: string;
                            smsCode: string | null;
                            version: number;
                            builtIn: {
                                name: string;
                                sms: string;
                            };
                            variables: string[];
                            required: boolean;
                            urgent: boolean;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNoticeTemplatesByTemplateHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            name: string;
                            sms: string;
                            smsCode: string | null;
                            editedBy: string;
                            editedAt: string;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postNoticeTemplatesByTemplatePreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    sms: string;
                    caseNo: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        sms: string;
                        segments: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putNoticeTemplatesByTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                template: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    sms: string;
                    smsCode?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        template: string;
                        name: string;
                        sms: string;
                        smsCode: string | null;
                        version: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCasesByCaseNoFees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        caseNo: string;
                        status: ("待缴费" | "已缴费") | null;
                        fees: {
                            feeIndex: number;
                            name: string;
                            basis: string;
                            amountText: string;
                            computation: string | null;
                            rule: {
                                [key: string]: unknown;
                            } | null;
                        }[];
                        assessments: {
                            id: string;
                            caseNo: string;
                            feeIndex: number;
                            feeName: string;
                            basis: string;
                            /** @enum {string} */
                            dueAt: "acceptance" | "decision";
                            input: {
                                [key: string]: unknown;
                            };
                            amountFen: number;
                            waiverCode: string | null;
                            waiverName: string | null;
                            waiverPercent: number | null;
                            waiverApprovedBy: string | null;
                            waivedFen: number;
                            dueFen: number;
                            dueCapital: string;
                            payee: string;
                            /** @enum {string} */
                            status: "waiver_pending" | "unpaid" | "paid" | "waived" | "overdue" | "refunded" | "cancelled";
                            statusName: string;
                            assessedBy: string;
                            assessedAt: string;
                            orderNo: string | null;
                            payCode: string | null;
                            payUrl: string | null;
                            deadline: string | null;
                            paidAt: string | null;
                            paidFen: number | null;
                            receiptNo: string | null;
                            refundedAt: string | null;
                            refundReason: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postCasesByCaseNoFees: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseNo: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    feeIndex: number;
                    option?: number;
                    quantity?: number;
                    amountFen?: number;
                    waiverCode?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        feeIndex: number;
                        feeName: string;
                        basis: string;
                        /** @enum {string} */
                        dueAt: "acceptance" | "decision";
                        input: {
                            [key: string]: unknown;
                        };
                        amountFen: number;
                        waiverCode: string | null;
                        waiverName: string | null;
                        waiverPercent: number | null;
                        waiverApprovedBy: string | null;
                        waivedFen: number;
                        dueFen: number;
                        dueCapital: string;
                        payee: string;
                        /** @enum {string} */
                        status: "waiver_pending" | "unpaid" | "paid" | "waived" | "overdue" | "refunded" | "cancelled";
                        statusName: string;
                        assessedBy: string;
                        assessedAt: string;
                        orderNo: string | null;
                        payCode: string | null;
                        payUrl: string | null;
                        deadline: string | null;
                        paidAt: string | null;
                        paidFen: number | null;
                        receiptNo: string | null;
                        refundedAt: string | null;
                        refundReason: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesByIdWaiverApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        feeIndex: number;
                        feeName: string;
                        basis: string;
                        /** @enum {string} */
                        dueAt: "acceptance" | "decision";
                        input: {
                            [key: string]: unknown;
                        };
                        amountFen: number;
                        waiverCode: string | null;
                        waiverName: string | null;
                        waiverPercent: number | null;
                        waiverApprovedBy: string | null;
                        waivedFen: number;
                        dueFen: number;
                        dueCapital: string;
                        payee: string;
                        /** @enum {string} */
                        status: "waiver_pending" | "unpaid" | "paid" | "waived" | "overdue" | "refunded" | "cancelled";
                        statusName: string;
                        assessedBy: string;
                        assessedAt: string;
                        orderNo: string | null;
                        payCode: string | null;
                        payUrl: string | null;
                        deadline: string | null;
                        paidAt: string | null;
                        paidFen: number | null;
                        receiptNo: string | null;
                        refundedAt: string | null;
                        refundReason: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesByIdRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        feeIndex: number;
                        feeName: string;
                        basis: string;
                        /** @enum {string} */
                        dueAt: "acceptance" | "decision";
                        input: {
                            [key: string]: unknown;
                        };
                        amountFen: number;
                        waiverCode: string | null;
                        waiverName: string | null;
                        waiverPercent: number | null;
                        waiverApprovedBy: string | null;
                        waivedFen: number;
                        dueFen: number;
                        dueCapital: string;
                        payee: string;
                        /** @enum {string} */
                        status: "waiver_pending" | "unpaid" | "paid" | "waived" | "overdue" | "refunded" | "cancelled";
                        statusName: string;
                        assessedBy: string;
                        assessedAt: string;
                        orderNo: string | null;
                        payCode: string | null;
                        payUrl: string | null;
                        deadline: string | null;
                        paidAt: string | null;
                        paidFen: number | null;
                        receiptNo: string | null;
                        refundedAt: string | null;
                        refundReason: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeesByIdNoticePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeesByIdReceiptPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 文件 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesByIdRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        caseNo: string;
                        feeIndex: number;
                        feeName: string;
                        basis: string;
                        /** @enum {string} */
                        dueAt: "acceptance" | "decision";
                        input: {
                            [key: string]: unknown;
                        };
                        amountFen: number;
                        waiverCode: string | null;
                        waiverName: string | null;
                        waiverPercent: number | null;
                        waiverApprovedBy: string | null;
                        waivedFen: number;
                        dueFen: number;
                        dueCapital: string;
                        payee: string;
                        /** @enum {string} */
                        status: "waiver_pending" | "unpaid" | "paid" | "waived" | "overdue" | "refunded" | "cancelled";
                        statusName: string;
                        assessedBy: string;
                        assessedAt: string;
                        orderNo: string | null;
                        payCode: string | null;
                        payUrl: string | null;
                        deadline: string | null;
                        paidAt: string | null;
                        paidFen: number | null;
                        receiptNo: string | null;
                        refundedAt: string | null;
                        refundReason: string | null;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesStatements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    day: string;
                    csv?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        day: string;
                        lines: number;
                        totalFen: number;
                        matched: number;
                        mismatches: number;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFeesFlags: {
        parameters: {
            query?: {
                open?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            kind: "forged_callback" | "amount_mismatch" | "not_recorded" | "not_paid" | "amount_differs";
                            kindName: string;
                            orderNo: string | null;
                            payCode: string | null;
                            statementDay: string | null;
                            statementFen: number | null;
                            recordedFen: number | null;
                            detail: string;
                            caseNo: string | null;
                            assessmentId: string | null;
                            createdAt: string;
                            resolvedAt: string | null;
                            resolution: string | null;
                            note: string | null;
                        }[];
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesFlagsByIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "requery" | "confirm";
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        resolution: string;
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postFeesCallback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "applied" | "duplicate" | "ignored";
                    };
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description 错误（RFC 9457 problem details，含稳定的 code） */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
