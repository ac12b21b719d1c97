/**
 * What the server needs from outside (configuration, the open database, a logger, the service
 * clock). Its own module so the composition root (services.ts), the app (app.ts) and the route
 * plugins can all name it without importing one another (docs/adr/0017).
 */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Clock } from './platform/clock.js';
import type { DbHandle } from './platform/db.js';

/** What the app needs from outside: configuration, the open database and a logger. */
export interface AppDeps {
  config: Config;
  database: DbHandle;
  logger: Logger;
  /** The service clock (platform/clock.ts); tests move it to check deadlines. */
  now: Clock;
}
