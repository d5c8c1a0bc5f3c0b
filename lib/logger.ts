import pino from 'pino';
import { env } from './env';

/**
 * Structured JSON logs. Every critical operation logs through a child logger that carries the request
 * id (`logger.child({ requestId })`), so one id ties an HTTP answer to its log lines.
 */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { app: 'botica' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ['password', '*.password', 'passwordHash', '*.passwordHash', 'headers.cookie', 'headers.authorization'],
    remove: true,
  },
});

export type Logger = pino.Logger;

/** Error fields safe to log: drizzle's wrapper message carries bound parameters (emails, tokens). */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const isDrizzleWrapper = error.name === 'DrizzleQueryError';
  return {
    errName: error.name,
    errMessage: isDrizzleWrapper ? 'Failed query (parameters redacted)' : error.message,
    errCode: (error as { code?: unknown }).code ?? cause?.code,
    causeMessage: typeof cause?.message === 'string' ? cause.message : undefined,
    stack: error.stack?.split('\n').slice(0, 6).join('\n'),
  };
}
