/**
 * Structured JSON logs (pino) with every 身份证号 and phone number masked before a line leaves the process.
 */
import pino, { type Logger } from 'pino';
import { maskPersonalData } from '../../domain/identifiers.js';

/** The process logger; every written line passes through the personal-data mask. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'shenpi' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: ['req.headers.cookie', 'req.headers.authorization', 'password', '*.password'], censor: '[redacted]' },
      hooks: { streamWrite: (line) => maskPersonalData(line) },
    },
    destination,
  );
}
