/**
 * Notices beyond the inbox and SMS: a phone proved by a code, WeChat bound through the official
 * account's web authorisation and its subscription notices (checked by the WeChat stand-in as WeChat
 * checks them), and the administrator's wording of the templates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, WorkingCalendar } from '../src/domain/calendar.js';
import { startSmsSim, type SmsSim } from '../src/cli/notify-sim.js';
import { startWechatSim, type WechatSim } from '../src/cli/wechat-sim.js';
import { consumeOnce } from '../src/server/platform/consumers.js';
import { caseHelpers, type Item } from './case-helpers.js';
import { consumeFor as waitForNotices } from './notices-helpers.js';
import { beijing, createTestApp, testEpoch, workingDayFrom, type TestContext } from './harness.js';

const cal = new WorkingCalendar();
const DAY = workingDayFrom(cal, addCalendarDays(testEpoch(cal), 9));
let now = beijing(DAY, '10:00');
let t: TestContext;
let sms: SmsSim;
let wx: WechatSim;
const c: Record<string, string> = {};
const { call, act, submitted, item: itemNamed } = caseHelpers(() => t);
let food: Item;
const KEY = { id: 'LTAI-channels', secret: 'channels-secret' };
const WX = { appId: 'wx0123456789abcdef', appSecret: 'wx-secret', templateId: 'TPL-case-progress' };

const consume = () => consumeOnce(t.database.db, t.services.notices.service.consumer());
const consumeFor = (caseNo: string, count: number) => waitForNotices(t, caseNo, count);
const dispatch = () => t.services.notices.dispatcher.dispatch();
const del = (url: string, cookie: string | undefined) => t.app.inject({ method: 'DELETE', url, headers: cookie ? { cookie } : {} });

beforeAll(async () => {
  sms = await startSmsSim({ port: 0, accessKeyId: KEY.id, accessKeySecret: KEY.secret, signName: '泰安市行政审批服务局' });
  wx = await startWechatSim({ port: 0, ...WX });
  t = await createTestApp(
    {
      SHENPI_SMS: 'aliyun',
      SHENPI_SMS_ENDPOINT: sms.url,
      SHENPI_SMS_ACCESS_KEY_ID: KEY.id,
      SHENPI_SMS_ACCESS_KEY_SECRET: KEY.secret,
      SHENPI_WECHAT: 'mp',
      SHENPI_WECHAT_API: wx.url,
      SHENPI_WECHAT_OPEN: wx.url,
      SHENPI_WECHAT_APP_ID: WX.appId,
      SHENPI_WECHAT_APP_SECRET: WX.appSecret,
      SHENPI_WECHAT_TEMPLATE_ID: WX.templateId,
    },
    { now: () => now },
  );
  for (const u of ['applicant1', 'clerk1', 'admin', 'agent1']) c[u] = await t.login(u);
  food = await itemNamed('食品经营许可');
  await consume();
});
afterAll(async () => {
  await t.close();
  await sms.close();
  await wx.close();
});

describe('a phone proved by a code', () => {
  it('sends a code by SMS, refuses a wrong one and a second request within the minute, and takes the right one', async () => {
    now = beijing(DAY, '09:00');
    expect((await call('POST', '/api/v1/my/phone/code', c.agent1, { phone: '1390538' })).json().errors[0].path).toBe('phone');
    const before = sms.received.length;
    const sent = await call('POST', '/api/v1/my/phone/code', c.agent1, { phone: '13705381111' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().phone).toBe('137****1111');
    const got = sms.received.slice(before);
    expect(got).toHaveLength(1);
    expect(got[0]?.templateCode).toBe('SHENPI_VERIFY_CODE');
    const code = got[0]?.params.code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect((await call('POST', '/api/v1/my/phone/code', c.agent1, { phone: '13705381111' })).statusCode).toBe(429);

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const bad = await call('POST', '/api/v1/my/phone/verify', c.agent1, { phone: '13705381111', code: wrong });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('code');
    expect((await call('GET', '/api/v1/my/notice-settings', c.agent1)).json().phoneVerified).toBe(false);
    // another account cannot use the code sent to someone else's request
    expect((await call('POST', '/api/v1/my/phone/verify', c.applicant1, { phone: '13705381111', code })).statusCode).toBe(400);

    const ok = await call('POST', '/api/v1/my/phone/verify', c.agent1, { phone: '13705381111', code });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ phone: '137****1111', phoneVerified: true });
    // used once
    expect((await call('POST', '/api/v1/my/phone/verify', c.agent1, { phone: '13705381111', code })).statusCode).toBe(400);
  });

  it('ends a code after five wrong tries', async () => {
    now = beijing(DAY, '09:30');
    const before = sms.received.length;
    expect((await call('POST', '/api/v1/my/phone/code', c.agent1, { phone: '13705382222' })).statusCode).toBe(200);
    const code = sms.received[before]?.params.code ?? '';
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expect((await call('POST', '/api/v1/my/phone/verify', c.agent1, { phone: '13705382222', code: wrong })).statusCode).toBe(400);
    expect((await call('POST', '/api/v1/my/phone/verify', c.agent1, { phone: '13705382222', code })).statusCode).toBe(400);
  });
});

describe('WeChat', () => {
  let openid = '';

  it('binds the account through the official account web authorisation, refusing a forged state and a used code', async () => {
    now = beijing(DAY, '10:00');
    const start = await call('POST', '/api/v1/my/wechat/authorize', c.applicant1);
    expect(start.statusCode, start.body).toBe(200);
    const url = new URL(start.json().url as string);
    expect(url.searchParams.get('scope')).toBe('snsapi_base');
    expect(url.searchParams.get('redirect_uri')).toMatch(/\/my\/notices\?wechat=bind$/);
    const back = await wx.authorise(url.toString());
    expect((await call('POST', '/api/v1/my/wechat/bind', c.applicant1, { code: back.code, state: 'forged' })).json().errors[0].path).toBe('state');
    const bound = await call('POST', '/api/v1/my/wechat/bind', c.applicant1, { code: back.code, state: back.state });
    expect(bound.statusCode, bound.body).toBe(200);
    expect(bound.json()).toMatchObject({ wechatBound: true, wechatAvailable: true });
    // the state is spent: a replay is refused before WeChat is asked
    expect((await call('POST', '/api/v1/my/wechat/bind', c.applicant1, { code: back.code, state: back.state })).statusCode).toBe(400);
    const row = await t.database.db.selectFrom('notice_settings').innerJoin('users', 'users.id', 'notice_settings.user_id').select('wechat_openid').where('users.username', '=', 'applicant1').executeTakeFirstOrThrow();
    openid = row.wechat_openid ?? '';
    expect(openid).toMatch(/^o/);
  });

  it('sends each notice as a subscription notice whose fields WeChat accepts, with one cached token', async () => {
    now = beijing(DAY, '10:30');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    const first = food.materials.find((m) => m.requirement === 'required');
    expect((await act(caseNo, c.clerk1 ?? '', 'request_supplement', { items: [{ materialCode: first?.code, problem: '复印件不清晰' }] })).statusCode).toBe(200);
    await consumeFor(caseNo, 2);
    const before = wx.received.length;
    const tokens = wx.tokensIssued();
    const r = await dispatch();
    expect(r.failed).toBe(0);
    const got = wx.received.slice(before).filter((m) => m.data.character_string2 === caseNo);
    expect(got.map((m) => m.data.phrase3).sort()).toEqual(['已收到', '需补正']);
    for (const m of got) {
      expect(m.openid).toBe(openid);
      expect(m.templateId).toBe(WX.templateId);
      expect(m.data.thing1).toBe('食品经营许可');
      expect(m.page).toMatch(new RegExp(`/my/cases/${caseNo}$`));
      expect(JSON.stringify(m.data)).not.toMatch(/\d{17}[\dXx]/);
    }
    expect(wx.tokensIssued() - tokens).toBeLessThanOrEqual(1);
    // the case record shows both channels
    const proof = (await call('GET', `/api/v1/cases/${caseNo}/notices`, c.clerk1)).json().items as { deliveries: { channel: string; status: string; to: string }[] }[];
    expect(proof.map((p) => p.deliveries.map((d) => `${d.channel}:${d.status}:${d.to}`).sort())).toEqual([
      ['sms:sent:139****1234', 'wechat:sent:已绑定微信'],
      ['sms:sent:139****1234', 'wechat:sent:已绑定微信'],
    ]);
  });

  it('fetches a new token when WeChat says the old one expired, and makes a dead letter of a refused person without retrying', async () => {
    now = beijing(DAY, '11:00');
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await consumeFor(caseNo, 1);
    wx.expireTokens();
    const tokens = wx.tokensIssued();
    const before = wx.received.length;
    expect((await dispatch()).failed).toBe(0);
    expect(wx.tokensIssued()).toBe(tokens + 1);
    expect(wx.received.slice(before).filter((m) => m.data.character_string2 === caseNo)).toHaveLength(1);

    wx.refuse(openid);
    expect((await act(caseNo, c.clerk1 ?? '', 'accept')).statusCode).toBe(200);
    await consumeFor(caseNo, 2);
    const r = await dispatch();
    expect(r.failed).toBe(1);
    const dead = await t.database.db
      .selectFrom('notice_deliveries')
      .innerJoin('notices', 'notices.id', 'notice_deliveries.notice_id')
      .select(['notice_deliveries.status', 'notice_deliveries.last_error', 'notice_deliveries.attempts'])
      .where('notices.case_no', '=', caseNo)
      .where('notices.template', '=', 'accepted')
      .where('notice_deliveries.channel', '=', 'wechat')
      .executeTakeFirstOrThrow();
    expect(dead).toMatchObject({ status: 'dead', attempts: 1 });
    expect(dead.last_error).toContain('43101');
  });

  it('sends nothing by WeChat after unbinding', async () => {
    now = beijing(DAY, '11:30');
    expect((await del('/api/v1/my/wechat', c.applicant1)).json()).toMatchObject({ wechatBound: false });
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await consumeFor(caseNo, 1);
    const channels = await t.database.db.selectFrom('notice_deliveries').innerJoin('notices', 'notices.id', 'notice_deliveries.notice_id').select('channel').where('notices.case_no', '=', caseNo).execute();
    expect(channels.map((d) => d.channel)).toEqual(['sms']);
  });
});

describe('template wording', () => {
  it('lets the administrator reword a template, checking variables and edits racing, and the next notice uses it', async () => {
    now = beijing(addCalendarDays(DAY, 1), '10:00');
    expect((await call('GET', '/api/v1/notice-templates', c.clerk1)).statusCode).toBe(403);
    const list = (await call('GET', '/api/v1/notice-templates', c.admin)).json().items as { template: string; version: number; variables: string[] }[];
    const received = list.find((x) => x.template === 'received');
    expect(received).toMatchObject({ version: 0, variables: ['item', 'caseNo'] });

    const badVar = await call('PUT', '/api/v1/notice-templates/received', c.admin, { name: '申请已收到', sms: '您的${item}已收到，${idNumber}', version: 0 });
    expect(badVar.statusCode).toBe(400);
    expect(badVar.json().errors[0]).toMatchObject({ path: 'sms' });
    expect(badVar.json().errors[0].message).toContain('idNumber');
    expect((await call('PUT', '/api/v1/notice-templates/nothing', c.admin, { name: 'x', sms: 'y', version: 0 })).statusCode).toBe(404);

    // a real case for the preview
    const caseNo = await submitted(food, c.applicant1 ?? '');
    await consumeFor(caseNo, 1);
    const wording = { name: '申请材料已收到', sms: '${item}申请（${caseNo}）已收到，我们将尽快审查。' };
    const preview = await call('POST', '/api/v1/notice-templates/received/preview', c.admin, { ...wording, caseNo });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ sms: `【泰安市行政审批服务局】食品经营许可申请（${caseNo}）已收到，我们将尽快审查。`, segments: 1 });

    const saved = await call('PUT', '/api/v1/notice-templates/received', c.admin, { ...wording, smsCode: 'SMS_900001', version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    // a second editor who read version 0 does not overwrite it
    expect((await call('PUT', '/api/v1/notice-templates/received', c.admin, { name: '别的', sms: '${item}', version: 0 })).statusCode).toBe(409);
    const history = (await call('GET', '/api/v1/notice-templates/received/history', c.admin)).json().items as { version: number; editedBy: string }[];
    expect(history.map((h) => h.version)).toEqual([1]);

    const next = await submitted(food, c.applicant1 ?? '');
    await consumeFor(next, 1);
    const before = sms.received.length;
    await dispatch();
    const got = sms.received.slice(before).filter((r) => r.params.caseNo === next);
    expect(got.map((r) => r.templateCode)).toEqual(['SMS_900001']);
    const inbox = (await call('GET', '/api/v1/my/notices?pageSize=100', c.applicant1)).json().items as { caseNo: string; title: string }[];
    expect(inbox.find((n) => n.caseNo === next)?.title).toBe('申请材料已收到');
  });
});
