/**
 * The wording of notice templates: the built-in one (domain/notice.ts) until the administrator
 * edits it; each edit is a new version (history kept), its variables checked, its SMS previewed
 * with a real case's notice before it is saved.
 */
import { NOTICE_TEMPLATES, smsSegments, smsText, smsWordingProblems, templateVariables, type NoticeTemplate } from '../../../domain/notice.js';
import { audit } from '../../platform/audit.js';
import { auditActor, authorize, requireUser, type Actor } from '../../platform/auth.js';
import type { Clock } from '../../platform/clock.js';
import type { Db, Executor } from '../../platform/db.js';
import { badRequest, conflict, notFound } from '../../platform/errors.js';

/** The wording in force of one template. */
export interface Wording {
  name: string;
  sms: string;
  /** the provider's template code; null: configured or SHENPI_<TEMPLATE> */
  smsCode: string | null;
  version: number;
}

export type Wordings = Record<NoticeTemplate, Wording>;

const TEMPLATES = Object.keys(NOTICE_TEMPLATES) as NoticeTemplate[];

export function isNoticeTemplate(t: string): t is NoticeTemplate {
  return Object.hasOwn(NOTICE_TEMPLATES, t);
}

/** The wording in force of every template: the latest edit, else the built-in one (version 0). */
export async function wordings(ex: Executor): Promise<Wordings> {
  const rows = await ex.selectFrom('notice_template_versions').select(['template', 'version', 'name', 'sms', 'sms_code']).distinctOn('template').orderBy('template').orderBy('version', 'desc').execute();
  const edited = new Map(rows.map((r) => [r.template, r]));
  return Object.fromEntries(
    TEMPLATES.map((t) => {
      const e = edited.get(t);
      return [t, e ? { name: e.name, sms: e.sms, smsCode: e.sms_code, version: e.version } : { name: NOTICE_TEMPLATES[t].name, sms: NOTICE_TEMPLATES[t].sms, smsCode: null, version: 0 }];
    }),
  ) as Wordings;
}

export class NoticeTemplatesService {
  constructor(private readonly d: { db: Db; now: Clock }) {}

  private template(t: string): NoticeTemplate {
    if (!isNoticeTemplate(t)) throw notFound('NOTICE.TEMPLATE_NOT_FOUND', `没有告知模板 ${t}`);
    return t;
  }

  async list(actor: Actor) {
    authorize(actor, 'documents.templates');
    const w = await wordings(this.d.db);
    return {
      items: TEMPLATES.map((t) => ({
        template: t,
        ...w[t],
        builtIn: { name: NOTICE_TEMPLATES[t].name, sms: NOTICE_TEMPLATES[t].sms },
        variables: templateVariables(t),
        required: NOTICE_TEMPLATES[t].required,
        urgent: NOTICE_TEMPLATES[t].urgent,
      })),
    };
  }

  async history(actor: Actor, template: string) {
    authorize(actor, 'documents.templates');
    const t = this.template(template);
    const rows = await this.d.db
      .selectFrom('notice_template_versions')
      .innerJoin('users', 'users.id', 'notice_template_versions.edited_by')
      .select(['version', 'name', 'sms', 'sms_code', 'edited_at', 'users.display_name'])
      .where('template', '=', t)
      .orderBy('version', 'desc')
      .execute();
    return { items: rows.map((r) => ({ version: r.version, name: r.name, sms: r.sms, smsCode: r.sms_code, editedBy: r.display_name, editedAt: r.edited_at.toISOString() })) };
  }

  private check(t: NoticeTemplate, body: { name: string; sms: string }) {
    const problems = smsWordingProblems(t, body.sms);
    if (problems.length) throw badRequest('NOTICE.TEMPLATE_INVALID', '短信模板有误', problems.map((message) => ({ path: 'sms', message })));
  }

  /**
   * The wording as a real case's applicant would read it: with the variables of that case's latest
   * notice of this template (what an SMS may carry: no ID number, names masked), the SMS text and
   * its segments. The inbox text is not shown: the administrator need not read the case.
   */
  async preview(actor: Actor, template: string, body: { name: string; sms: string; caseNo: string }) {
    authorize(actor, 'documents.templates');
    const t = this.template(template);
    this.check(t, body);
    const n = await this.d.db.selectFrom('notices').select(['params']).where('case_no', '=', body.caseNo).where('template', '=', t).orderBy('created_at', 'desc').executeTakeFirst();
    if (!n) throw badRequest('NOTICE.NO_SAMPLE', '该办件尚无此类告知，请换一件', [{ path: 'caseNo', message: `办件 ${body.caseNo} 没有“${NOTICE_TEMPLATES[t].name}”` }]);
    let sms: string;
    try {
      sms = smsText(t, n.params, body.sms);
    } catch (err) {
      throw badRequest('NOTICE.TEMPLATE_INVALID', '短信模板有误', [{ path: 'sms', message: (err as Error).message }]);
    }
    return { title: body.name, sms, segments: smsSegments(sms) };
  }

  /** Save a new wording (a new version; the previous ones stay in the history). `version`: the one edited, so two editors do not overwrite each other. */
  async update(actor: Actor, template: string, body: { name: string; sms: string; smsCode?: string | null; version: number }) {
    const user = requireUser(actor);
    authorize(actor, 'documents.templates');
    const t = this.template(template);
    this.check(t, body);
    return this.d.db.transaction().execute(async (trx) => {
      const current = (await wordings(trx))[t];
      if (current.version !== body.version) throw conflict('NOTICE.TEMPLATE_STALE', `模板已被他人修改（当前第 ${current.version} 版），请刷新后再改`);
      const version = current.version + 1;
      await trx
        .insertInto('notice_template_versions')
        .values({ template: t, version, name: body.name, sms: body.sms, sms_code: body.smsCode ?? null, edited_by: user.userId, edited_at: this.d.now() })
        .execute();
      await audit(trx, auditActor(user), { action: 'notice.template', targetType: 'notice_template', targetId: t, before: { name: current.name, sms: current.sms, smsCode: current.smsCode }, after: { name: body.name, sms: body.sms, smsCode: body.smsCode ?? null } });
      return { template: t, name: body.name, sms: body.sms, smsCode: body.smsCode ?? null, version };
    });
  }
}
