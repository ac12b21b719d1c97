/**
 * Structured JSON logs (pino) with every 身份证号 and phone number masked, and the 查询码 of a progress
 * lookup redacted from URLs, before a line leaves the process.
 */
import pino, { type Logger } from 'pino';
import { maskPersonalData } from '../../domain/identifiers.js';

/** Secrets that travel in a query string (the progress lookup's 查询码 `code`, any `token`), as they appear in logged URLs. */
const QUERY_SECRET = /([?&](?:code|token)=)[^&"\s]*/g;

/** A log line with the values of secret query parameters replaced. */
export function redactQuerySecrets(line: string): string {
  return line.replace(QUERY_SECRET, '$1[redacted]');
}

/** The process logger; every written line passes through the personal-data mask. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'shenpi' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], censor: '[redacted]' },
      hooks: { streamWrite: (line) => redactQuerySecrets(maskPersonalData(line)) },
    },
    destination,
  );
}
