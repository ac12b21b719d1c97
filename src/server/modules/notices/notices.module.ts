/**
 * The notices module's parts, built once: the consumer and inbox, the dispatcher with the
 * configured gateways, the person's settings, the templates' wording.
 */
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import { NoticeDispatcher } from './notices.dispatch.js';
import { NoticesService, type NoticesDeps } from './notices.service.js';
import { NoticeSettingsService } from './notices.settings.js';
import { NoticeTemplatesService } from './notices.templates.js';
import { aliyunSms, consoleSms, type SmsGateway } from './sms.js';
import { consoleWechat, wechatMp, type WechatGateway } from './wechat.js';

export interface Notices {
  service: NoticesService;
  dispatcher: NoticeDispatcher;
  settings: NoticeSettingsService;
  templates: NoticeTemplatesService;
}

export function createNotices(d: Pick<NoticesDeps, 'db' | 'now' | 'log' | 'canRead' | 'supplementDelivered'> & { config: Config }): Notices {
  const { db, now, log, config } = d;
  const sms = smsGateway(config, log);
  const wechat = wechatGateway(config, log);
  return {
    service: new NoticesService({ db, now, log, channels: { sms: sms !== null, wechat: wechat !== null }, canRead: d.canRead, supplementDelivered: d.supplementDelivered }),
    dispatcher: new NoticeDispatcher({ db, now, log, sms, wechat, dailyCap: config.sms.dailyCap, templateCodes: config.sms.templateCodes }),
    settings: new NoticeSettingsService({ db, now, sms, wechat, codeTemplate: config.sms.codeTemplate, publicUrl: config.publicUrl }),
    templates: new NoticeTemplatesService({ db, now }),
  };
}

function smsGateway({ sms }: Config, log: Logger): SmsGateway | null {
  if (sms.gateway === 'off') return null;
  if (sms.gateway === 'console') return consoleSms(log);
  // the request's Timestamp is the real time, which the provider checks against its own (not the service clock)
  return aliyunSms({ endpoint: sms.endpoint, accessKeyId: sms.accessKeyId, accessKeySecret: sms.accessKeySecret, signName: sms.signName, now: () => new Date() });
}

function wechatGateway({ wechat, publicUrl }: Config, log: Logger): WechatGateway | null {
  if (wechat.gateway === 'off') return null;
  if (wechat.gateway === 'console') return consoleWechat(log);
  return wechatMp({ apiBase: wechat.apiBase, openBase: wechat.openBase, appId: wechat.appId, appSecret: wechat.appSecret, templateId: wechat.templateId, publicUrl, now: () => Date.now() });
}
