/**
 * The demo expert pool (专家库) of 20 experts in ten fields, each a user with the role expert
 * (expert1…expert5 come from demo/accounts.json, expert6…expert20 are made here), and reviews
 * of up to three accepted demo cases through the experts service: the first concluded, the others
 * under way (the second with one signature). Resumable: each step checks whether it is done.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import { loadUserActor, type UserActor } from '../platform/auth.js';
import type { Db } from '../platform/db.js';
import { hashPassword } from '../modules/auth/auth.service.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { CatalogService } from '../modules/catalog/catalog.service.js';
import { ExpertsService } from '../modules/experts/experts.service.js';
import { bareCaseServices } from './cases.js';
import type { ExpertField } from '../../domain/expert.js';

type DemoExpert = { username: string; name: string; title: string; fields: ExpertField[]; employer: string; declared?: string[]; away?: [number, number] };

/** The pool; `away` is an unavailable period in days from today. */
const POOL: DemoExpert[] = [
  { username: 'expert1', name: '卫专家', title: '正高级工程师', fields: ['食品安全'], employer: '泰安市食品药品检验检测研究院' },
  { username: 'expert2', name: '蒋专家', title: '教授', fields: ['环境保护', '水利'], employer: '山东科技大学' },
  { username: 'expert3', name: '沈评审', title: '教授', fields: ['环境保护', '食品安全'], employer: '山东农业大学' },
  { username: 'expert4', name: '韩评审', title: '高级建筑师', fields: ['建筑工程', '消防'], employer: '泰安市建筑设计研究院' },
  { username: 'expert5', name: '杨评审', title: '主任医师', fields: ['医疗卫生'], employer: '山东第一医科大学' },
  { username: 'expert6', name: '朱建国', title: '正高级工程师', fields: ['建筑工程'], employer: '山东泰山建设工程集团有限公司', declared: ['泰安市岱岳建设集团有限公司'] },
  { username: 'expert7', name: '秦立华', title: '高级工程师', fields: ['建筑工程', '交通运输'], employer: '泰安市交通规划设计院' },
  { username: 'expert8', name: '尤海燕', title: '高级工程师', fields: ['消防'], employer: '泰安市消防救援支队技术中心', away: [3, 20] },
  { username: 'expert9', name: '许志强', title: '教授级高工', fields: ['水利'], employer: '泰安市水利勘测设计研究院' },
  { username: 'expert10', name: '何文静', title: '副教授', fields: ['水利', '环境保护'], employer: '山东农业大学' },
  { username: 'expert11', name: '吕国庆', title: '主任医师', fields: ['医疗卫生'], employer: '泰安市中心医院' },
  { username: 'expert12', name: '施晓红', title: '副主任医师', fields: ['医疗卫生', '食品安全'], employer: '泰安市疾病预防控制中心' },
  { username: 'expert13', name: '张明远', title: '高级工程师', fields: ['交通运输'], employer: '山东省交通规划设计院泰安分院' },
  { username: 'expert14', name: '孔德胜', title: '正高级工程师', fields: ['安全生产'], employer: '泰安市安全生产技术服务中心' },
  { username: 'expert15', name: '曹丽君', title: '高级工程师', fields: ['安全生产', '消防'], employer: '山东泰开电力工程有限公司' },
  { username: 'expert16', name: '严正平', title: '研究馆员', fields: ['文物保护'], employer: '泰安市博物馆' },
  { username: 'expert17', name: '华玉梅', title: '副研究馆员', fields: ['文物保护', '建筑工程'], employer: '泰山学院' },
  { username: 'expert18', name: '金世杰', title: '教授', fields: ['教育'], employer: '泰山学院' },
  { username: 'expert19', name: '魏红霞', title: '高级讲师', fields: ['教育'], employer: '泰安技师学院', away: [-5, 40] },
  { username: 'expert20', name: '陶建新', title: '高级工程师', fields: ['环境保护', '安全生产'], employer: '泰安市生态环境监测中心' },
];

/** Fields of a review, by the department of the item (投资建设, 市场准入, 社会事务, 农林水, 交通). */
const FIELDS_BY_DEPARTMENT: Record<string, ExpertField[]> = {
  'TA-D04': ['建筑工程', '环境保护'],
  'TA-D05': ['建筑工程', '消防'],
  'TA-D06': ['安全生产'],
  'TA-D07': ['医疗卫生', '教育'],
  'TA-D08': ['交通运输'],
  'TA-D09': ['水利', '环境保护'],
};

/** The demo officer who reviews a division's cases (谁审批谁负责): its caseworker, else its chief. */
export async function demoReviewerOf(db: Db, department: string): Promise<UserActor> {
  const r = await db
    .selectFrom('user_roles')
    .innerJoin('users', 'users.id', 'user_roles.user_id')
    .select('user_roles.user_id')
    .where('user_roles.role', 'in', ['case_reviewer', 'section_chief'])
    .where('user_roles.department_code', '=', department)
    .orderBy('user_roles.role')
    .orderBy('users.username')
    .executeTakeFirstOrThrow(() => new Error(`the demo has no reviewer for ${department}`));
  const actor = await loadUserActor(db, r.user_id, null);
  if (!actor) throw new Error(`the demo has no reviewer for ${department}`);
  return actor;
}

export async function seedDemoExperts(db: Db, log: Logger, realNow: Date): Promise<boolean> {
  let wrote = false;
  const today = realNow;
  const shift = (days: number) => new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  const hash = await hashPassword('Taian@2018');
  for (const e of POOL) {
    let user = await db.selectFrom('users').select('id').where('username', '=', e.username).executeTakeFirst();
    if (!user) {
      const id = crypto.randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx.insertInto('users').values({ id, username: e.username, password_hash: hash, display_name: `${e.name}（${e.employer}）`, kind: 'staff', id_number: null, credit_code: null, phone: null }).execute();
        await trx.insertInto('user_roles').values({ user_id: id, role: 'expert', department_code: null }).execute();
      });
      user = { id };
      wrote = true;
    }
    if (await db.selectFrom('experts').select('id').where('user_id', '=', user.id).executeTakeFirst()) continue;
    await db
      .insertInto('experts')
      .values({
        id: crypto.randomUUID(),
        user_id: user.id,
        name: e.name,
        title: e.title,
        fields: JSON.stringify(e.fields),
        employer: e.employer,
        employer_credit_code: null,
        declared: JSON.stringify(e.declared ?? []),
        unavailable: JSON.stringify(e.away ? [{ from: shift(e.away[0]), to: shift(e.away[1]), reason: '出差' }] : []),
        created_at: today,
        updated_at: today,
      })
      .execute();
    wrote = true;
  }
  if (await db.selectFrom('expert_reviews').select('id').limit(1).executeTakeFirst()) return wrote;

  // three accepted organisation cases of items that call for an expert review
  const picked = await db
    .selectFrom('cases')
    .innerJoin('catalog_public', 'catalog_public.code', 'cases.item_code')
    .select(['cases.case_no', 'cases.department_code'])
    .where('cases.status', '=', 'accepted')
    .where(sql<boolean>`(catalog_public.data->>'expertReview')::boolean`)
    .where('cases.department_code', 'in', Object.keys(FIELDS_BY_DEPARTMENT))
    .orderBy('cases.case_no')
    .limit(3)
    .execute();
  if (picked.length === 0) return wrote;
  const as = async (username: string): Promise<UserActor> => {
    const row = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const actor = await loadUserActor(db, row.id, null);
    if (!actor) throw new Error(`demo account ${username} missing`);
    return actor;
  };
  const calendar = new CalendarService(db);
  const now = () => realNow;
  const cases = bareCaseServices({ db, catalog: new CatalogService(db), calendar, now });
  const experts = new ExpertsService({ db, caseCommands: cases.commands, caseQueries: cases.queries, caseFiles: cases.files, calendar, keys: null, now });
  for (const [i, c] of picked.entries()) {
    const caseworker = await demoReviewerOf(db, c.department_code);
    const fields = FIELDS_BY_DEPARTMENT[c.department_code] ?? ['建筑工程'];
    const review = await experts.request(caseworker, c.case_no, { fields, panelSize: 3, dueDays: 10, reason: '技术方案需专家论证' });
    if (i === 0) {
      // the first review is concluded: every expert scores and signs, then the reviewer records the conclusion
      for (const m of review.panel) {
        const userId = (await db.selectFrom('experts').select('user_id').where('id', '=', m.expertId).executeTakeFirstOrThrow()).user_id;
        const expert = await loadUserActor(db, userId, null);
        if (!expert) continue;
        const scores = Object.fromEntries(review.criteria.map((k) => [k.code, Math.round(k.max * 0.85)]));
        await experts.sign(expert, review.id, { scores, opinion: '申报材料齐全，技术方案基本可行，建议按专家意见完善后实施。', recommendation: 'pass_with_changes' });
      }
      await experts.conclude(caseworker, review.id, { result: 'pass_with_changes', text: '专家组一致认为技术方案可行，申请人按专家意见修改完善后予以通过。' });
    } else if (i === 1) {
      // on the second, one expert has already signed
      const first = review.panel[0];
      const userId = first && (await db.selectFrom('experts').select('user_id').where('id', '=', first.expertId).executeTakeFirstOrThrow()).user_id;
      const expert = userId ? await loadUserActor(db, userId, null) : null;
      if (expert) await experts.sign(expert, review.id, { scores: Object.fromEntries(review.criteria.map((k) => [k.code, k.max - 3])), opinion: '方案总体可行，建议补充风险评估内容。', recommendation: 'pass' });
    }
  }
  log.info({ reviews: picked.length }, 'demo expert reviews seeded');
  return true;
}
