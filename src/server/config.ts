/**
 * The one place that reads the environment. Every variable is documented here and in docs/operations.md.
 */
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['0', '1', 'true', 'false'])
  .transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  /** HTTP port of the web app and API. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to listen on. */
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… to use a PostgreSQL server; unset for the embedded database (PGlite). */
  DATABASE_URL: z.string().url().optional(),
  /** postgres://… of a direct (session) connection to the same database, for LISTEN/NOTIFY and the advisory locks of the jobs run once (the sweeper): needed when DATABASE_URL goes through PgBouncer in transaction pooling; unset: DATABASE_URL. */
  SHENPI_SESSION_DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database and other local state live. */
  SHENPI_DATA_DIR: z.string().default('./data'),
  /** 1 (default) seeds the demo bureau into an empty database; 0 starts with an empty bureau. */
  SHENPI_DEMO: bool.default(true),
  /** Log level: fatal, error, warn, info, debug, trace, silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set the Secure flag on the session cookie; unset: on whenever SHENPI_PUBLIC_URL is https. */
  SHENPI_SECURE_COOKIES: bool.optional(),
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For/-Proto are believed (127.0.0.1,10.0.0.0/8); unset: none, the peer address counts. */
  SHENPI_TRUST_PROXY: z
    .string()
    .refine((v) => v.split(',').every((a) => isIP(a.trim().replace(/\/\d{1,3}$/, '')) !== 0), '应为逗号分隔的 IP 地址或 CIDR 网段')
    .optional(),
  /** A bearer token Prometheus sends to /metrics; unset: /metrics answers only on loopback. */
  SHENPI_METRICS_TOKEN: z.string().min(16, '至少16个字符').optional(),
  /** Session lifetime in hours. */
  SHENPI_SESSION_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /** Failed logins in a row before an account is locked, and for how many minutes. */
  SHENPI_LOCKOUT_AFTER: z.coerce.number().int().min(1).max(100).default(5),
  SHENPI_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** Seconds between passes of the deadline sweeper (deemed acceptance, warnings, overdue notices). */
  SHENPI_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * Behind a proxy with keep-alive: seconds a stopping instance keeps serving (each answer with Connection: close)
   * before it closes its connections; longer than the proxy's idle keep-alive timeout (docs/nginx/shenpi.conf: 2 s).
   */
  SHENPI_SHUTDOWN_DRAIN_SECONDS: z.coerce.number().min(0).max(8).default(0),
  /** The address people reach the system at, printed in QR codes and documents. Default http://localhost:PORT. */
  SHENPI_PUBLIC_URL: z.string().url().optional(),
  /** The bureau's Ed25519 signing key (PKCS#8 PEM). Unset: created on first start in SHENPI_DATA_DIR/keys. */
  SHENPI_SIGNING_KEY: z.string().optional(),
  /** The bureau's SM2 (国密) signing key, the private key as 64 hex digits. Unset: created on first start in SHENPI_DATA_DIR/keys. */
  SHENPI_SM2_SIGNING_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'SHENPI_SM2_SIGNING_KEY: the SM2 private key as 64 hex digits').optional(),
  /** Login attempts per minute per address. */
  SHENPI_LOGIN_RATE: z.coerce.number().int().min(1).max(10000).default(20),
  /** Tickets one registered kiosk may issue in a minute (a person takes well over ten seconds); more: 429. */
  SHENPI_KIOSK_TICKETS_PER_MINUTE: z.coerce.number().int().min(1).max(600).default(6),
  /** 1 lets regulator endpoints be plain http or loopback (demo, tests); never in production. */
  SHENPI_EXCHANGE_ALLOW_INSECURE: bool.default(false),
  /** Consecutive failed deliveries to one subscription before it alerts (log, back-office banner). */
  SHENPI_EXCHANGE_ALERT_AFTER: z.coerce.number().int().min(1).max(1000).default(5),
  /** Milliseconds the exchange dispatcher waits after a pass with nothing to send. */
  SHENPI_EXCHANGE_POLL_MS: z.coerce.number().int().min(50).max(60000).default(1000),
  /** Seconds a dispatcher holds the deliveries it claimed; a crashed process's claims are sent again after this. */
  SHENPI_EXCHANGE_LEASE_SECONDS: z.coerce.number().int().min(2).max(3600).default(120),
  /** 1 (default): a regulator's request to revoke a licence waits for a bureau officer's confirmation; 0 applies it at once. */
  SHENPI_EXCHANGE_CONFIRM_REVOCATION: bool.default(true),
  /** NATS server (nats://host:4222): events are also published to JetStream, subject shenpi.events.<department>. */
  SHENPI_NATS_URL: z.string().regex(/^(nats|tls):\/\/[^\s]+$/, '应为 nats://主机:端口').optional(),
  /** An ISO instant with its offset (2026-12-31T23:30:00+08:00): the service clock starts there and runs on (training, demos, date runs of the suite); unset: the real time. */
  SHENPI_CLOCK: z.iso.datetime({ offset: true }).optional(),
  /** SMS gateway for notices to applicants: console (the log, phones masked), aliyun (Alibaba Cloud SMS SendSms), or off (inbox only). */
  SHENPI_SMS: z.enum(['console', 'aliyun', 'off']).default('console'),
  /** The SendSms endpoint (the stand-in `npx shenpi notify-sim` for tests and demos). */
  SHENPI_SMS_ENDPOINT: z.string().url().default('https://dysmsapi.aliyuncs.com/'),
  SHENPI_SMS_ACCESS_KEY_ID: z.string().optional(),
  SHENPI_SMS_ACCESS_KEY_SECRET: z.string().optional(),
  /** The signature registered with the provider (shown as 【…】). */
  SHENPI_SMS_SIGN_NAME: z.string().default('泰安市行政审批服务局'),
  /** The provider's template code of each notice template, JSON: {"accepted":"SMS_123",…}; unset ones are SHENPI_<TEMPLATE>. */
  SHENPI_SMS_TEMPLATES: z
    .string()
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.string()).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: '应为 JSON 对象：{"模板":"SMS_…"}' });
        return z.NEVER;
      }
    })
    .optional(),
  /** SMS one phone receives per day at most; the rest wait for the next morning. */
  /** The provider's template code of the phone verification SMS (variable ${code}). */
  SHENPI_SMS_CODE_TEMPLATE: z.string().default('SHENPI_VERIFY_CODE'),
  /** WeChat notices: console (the log; binding answers at once), mp (the official account's API), or off. */
  SHENPI_WECHAT: z.enum(['console', 'mp', 'off']).default('console'),
  /** WeChat's API (the stand-in `npx shenpi notify-sim` for tests and demos). */
  SHENPI_WECHAT_API: z.string().url().default('https://api.weixin.qq.com'),
  /** WeChat's authorisation pages (the stand-in for tests and demos). */
  SHENPI_WECHAT_OPEN: z.string().url().default('https://open.weixin.qq.com'),
  SHENPI_WECHAT_APP_ID: z.string().optional(),
  SHENPI_WECHAT_APP_SECRET: z.string().optional(),
  /** The subscription template “办件进度通知” (thing1 事项, character_string2 编号, phrase3 状态, time4 时间, thing5 说明). */
  SHENPI_WECHAT_TEMPLATE_ID: z.string().default('SHENPI_CASE_PROGRESS'),
  SHENPI_SMS_DAILY_CAP: z.coerce.number().int().min(1).max(1000).default(10),
  /** The provincial platform's base URL (办件数据汇聚 and 好差评; the stand-in `npx shenpi province-sim`); unset: nothing is pushed. */
  SHENPI_PROVINCE_URL: z.string().url().optional(),
  /** The e-licence library's base URL (电子证照库); unset: SHENPI_PROVINCE_URL/library. */
  SHENPI_PROVINCE_LIBRARY_URL: z.string().url().optional(),
  /** The app id and secret the platform issued to the bureau (requests are signed with HMAC-SHA256). */
  SHENPI_PROVINCE_APP_ID: z.string().optional(),
  SHENPI_PROVINCE_APP_SECRET: z.string().min(8, '至少8个字符').optional(),
  /** The unified public payment platform (统一公共支付平台; the stand-in `npx shenpi pay-sim`); unset: fees are assessed but not payable online. */
  SHENPI_PAY_URL: z.string().url().optional(),
  /** The bureau's merchant id (执收单位编码) on the platform. */
  SHENPI_PAY_MERCHANT_ID: z.string().default('TA-SPJ'),
  /** The shared secret requests and callbacks are signed with (Standard Webhooks: whsec_ + base64, HMAC-SHA256). */
  SHENPI_PAY_SECRET: z.string().regex(/^whsec_[A-Za-z0-9+/=]{24,}$/, '须为 whsec_ 加 base64 密钥').optional(),
  /** Unified identity (统一身份认证) by OpenID Connect: the province's issuer URL; unset: the login is off. */
  SHENPI_OIDC_ISSUER: z.string().url().optional(),
  SHENPI_OIDC_CLIENT_ID: z.string().optional(),
  SHENPI_OIDC_CLIENT_SECRET: z.string().optional(),
  /** The callback registered with the platform; default SHENPI_PUBLIC_URL/api/v1/auth/oidc/callback. */
  SHENPI_OIDC_REDIRECT_URI: z.string().url().optional(),
  /** Where the platform sends the browser after its logout (registered as post_logout_redirect_uri); default SHENPI_PUBLIC_URL/. */
  SHENPI_OIDC_POST_LOGOUT_URI: z.string().url().optional(),
  /** Scopes asked for, space-separated (openid is always asked). */
  SHENPI_OIDC_SCOPES: z.string().default('openid profile'),
  /** Names of the id_token claims: 身份证号, 统一社会信用代码, 单位名称, 实名等级, 经办人权限, 姓名. */
  SHENPI_OIDC_CLAIM_ID_NUMBER: z.string().default('id_number'),
  SHENPI_OIDC_CLAIM_CREDIT_CODE: z.string().default('credit_code'),
  SHENPI_OIDC_CLAIM_ORG_NAME: z.string().default('org_name'),
  SHENPI_OIDC_CLAIM_LEVEL: z.string().default('realname_level'),
  SHENPI_OIDC_CLAIM_AUTHORITY: z.string().default('handler_authority'),
  SHENPI_OIDC_CLAIM_NAME: z.string().default('name'),
  /** 1 lets the issuer be plain http (tests, demos); never in production. */
  SHENPI_OIDC_ALLOW_INSECURE: bool.default(false),
})
  .refine((c) => c.SHENPI_SMS !== 'aliyun' || (c.SHENPI_SMS_ACCESS_KEY_ID && c.SHENPI_SMS_ACCESS_KEY_SECRET), { path: ['SHENPI_SMS_ACCESS_KEY_ID'], message: 'SHENPI_SMS=aliyun 需要 SHENPI_SMS_ACCESS_KEY_ID 和 SHENPI_SMS_ACCESS_KEY_SECRET' })
  .refine((c) => !c.SHENPI_PAY_URL || c.SHENPI_PAY_SECRET, { path: ['SHENPI_PAY_SECRET'], message: 'SHENPI_PAY_URL 需要 SHENPI_PAY_SECRET' })
  .refine((c) => !c.SHENPI_PROVINCE_URL || (c.SHENPI_PROVINCE_APP_ID && c.SHENPI_PROVINCE_APP_SECRET), { path: ['SHENPI_PROVINCE_APP_ID'], message: 'SHENPI_PROVINCE_URL 需要 SHENPI_PROVINCE_APP_ID 和 SHENPI_PROVINCE_APP_SECRET' })
  .refine((c) => !c.SHENPI_OIDC_ISSUER || (c.SHENPI_OIDC_CLIENT_ID && c.SHENPI_OIDC_CLIENT_SECRET), { path: ['SHENPI_OIDC_CLIENT_ID'], message: 'SHENPI_OIDC_ISSUER 需要 SHENPI_OIDC_CLIENT_ID 和 SHENPI_OIDC_CLIENT_SECRET' })
  .refine((c) => c.SHENPI_WECHAT !== 'mp' || (c.SHENPI_WECHAT_APP_ID && c.SHENPI_WECHAT_APP_SECRET), { path: ['SHENPI_WECHAT_APP_ID'], message: 'SHENPI_WECHAT=mp 需要 SHENPI_WECHAT_APP_ID 和 SHENPI_WECHAT_APP_SECRET' });

/** The parsed, typed configuration. */
export type Config = ReturnType<typeof loadConfig>;

/** Parse the environment once; a bad value stops the start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  // a variable set to the empty string counts as unset (VAR= in a unit file or a shell line)
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = (c.SHENPI_PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    sessionDatabaseUrl: c.SHENPI_SESSION_DATABASE_URL,
    dataDir: path.resolve(c.SHENPI_DATA_DIR),
    demo: c.SHENPI_DEMO,
    logLevel: c.LOG_LEVEL,
    secureCookies: c.SHENPI_SECURE_COOKIES ?? publicUrl.startsWith('https:'),
    trustProxy: c.SHENPI_TRUST_PROXY?.split(',').map((a) => a.trim()) ?? false,
    metricsToken: c.SHENPI_METRICS_TOKEN,
    sessionHours: c.SHENPI_SESSION_HOURS,
    lockoutAfter: c.SHENPI_LOCKOUT_AFTER,
    lockoutMinutes: c.SHENPI_LOCKOUT_MINUTES,
    loginRate: c.SHENPI_LOGIN_RATE,
    kioskTicketsPerMinute: c.SHENPI_KIOSK_TICKETS_PER_MINUTE,
    sweepSeconds: c.SHENPI_SWEEP_SECONDS,
    shutdownDrainSeconds: c.SHENPI_SHUTDOWN_DRAIN_SECONDS,
    publicUrl,
    signingKey: c.SHENPI_SIGNING_KEY,
    sm2SigningKey: c.SHENPI_SM2_SIGNING_KEY,
    exchangeAllowInsecure: c.SHENPI_EXCHANGE_ALLOW_INSECURE,
    exchangeAlertAfter: c.SHENPI_EXCHANGE_ALERT_AFTER,
    exchangePollMs: c.SHENPI_EXCHANGE_POLL_MS,
    exchangeLeaseMs: c.SHENPI_EXCHANGE_LEASE_SECONDS * 1000,
    exchangeConfirmRevocation: c.SHENPI_EXCHANGE_CONFIRM_REVOCATION,
    natsUrl: c.SHENPI_NATS_URL,
    clockStart: c.SHENPI_CLOCK ? new Date(c.SHENPI_CLOCK) : undefined,
    sms: {
      gateway: c.SHENPI_SMS,
      endpoint: c.SHENPI_SMS_ENDPOINT,
      accessKeyId: c.SHENPI_SMS_ACCESS_KEY_ID ?? '',
      accessKeySecret: c.SHENPI_SMS_ACCESS_KEY_SECRET ?? '',
      signName: c.SHENPI_SMS_SIGN_NAME,
      templateCodes: c.SHENPI_SMS_TEMPLATES ?? {},
      dailyCap: c.SHENPI_SMS_DAILY_CAP,
      codeTemplate: c.SHENPI_SMS_CODE_TEMPLATE,
    },
    /** unified identity (统一身份认证); null: off */
    oidc: c.SHENPI_OIDC_ISSUER
      ? {
          issuer: c.SHENPI_OIDC_ISSUER,
          clientId: c.SHENPI_OIDC_CLIENT_ID ?? '',
          clientSecret: c.SHENPI_OIDC_CLIENT_SECRET ?? '',
          redirectUri: c.SHENPI_OIDC_REDIRECT_URI ?? `${publicUrl}/api/v1/auth/oidc/callback`,
          postLogoutUri: c.SHENPI_OIDC_POST_LOGOUT_URI ?? `${publicUrl}/`,
          scopes: [...new Set(['openid', ...c.SHENPI_OIDC_SCOPES.split(/\s+/).filter(Boolean)])].join(' '),
          claims: {
            idNumber: c.SHENPI_OIDC_CLAIM_ID_NUMBER,
            creditCode: c.SHENPI_OIDC_CLAIM_CREDIT_CODE,
            orgName: c.SHENPI_OIDC_CLAIM_ORG_NAME,
            level: c.SHENPI_OIDC_CLAIM_LEVEL,
            authority: c.SHENPI_OIDC_CLAIM_AUTHORITY,
            name: c.SHENPI_OIDC_CLAIM_NAME,
          },
          allowInsecure: c.SHENPI_OIDC_ALLOW_INSECURE,
        }
      : null,
    wechat: {
      gateway: c.SHENPI_WECHAT,
      apiBase: c.SHENPI_WECHAT_API.replace(/\/+$/, ''),
      openBase: c.SHENPI_WECHAT_OPEN.replace(/\/+$/, ''),
      appId: c.SHENPI_WECHAT_APP_ID ?? '',
      appSecret: c.SHENPI_WECHAT_APP_SECRET ?? '',
      templateId: c.SHENPI_WECHAT_TEMPLATE_ID,
    },
    /** the unified public payment platform; null: off */
    pay:
      c.SHENPI_PAY_URL && c.SHENPI_PAY_SECRET
        ? { url: c.SHENPI_PAY_URL.replace(/\/+$/, ''), merchantId: c.SHENPI_PAY_MERCHANT_ID, secret: c.SHENPI_PAY_SECRET }
        : null,
    /** the provincial platform and its e-licence library; null: off */
    province: c.SHENPI_PROVINCE_URL
      ? {
          url: c.SHENPI_PROVINCE_URL.replace(/\/+$/, ''),
          libraryUrl: (c.SHENPI_PROVINCE_LIBRARY_URL ?? `${c.SHENPI_PROVINCE_URL.replace(/\/+$/, '')}/library`).replace(/\/+$/, ''),
          appId: c.SHENPI_PROVINCE_APP_ID ?? '',
          appSecret: c.SHENPI_PROVINCE_APP_SECRET ?? '',
        }
      : null,
  };
}
