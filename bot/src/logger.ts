import pino, { type Logger } from 'pino';
import { correlationId } from './correlation';

/**
 * JSON logs (pino). Log lines carry ids, types and counts, never message text or names: users' words
 * and identities stay out of the logs (privacy, DOMAIN.md). Each line of a request, activity or post
 * carries its `correlationId`.
 */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({
    level,
    base: { service: 'kvalitetsrad' },
    // The request, activity or post a line belongs to, so one user's trouble can be followed across lines.
    mixin: () => {
      const id = correlationId();
      return id ? { correlationId: id } : {};
    },
    redact: { paths: ['text', '*.text', 'name', 'from', 'err.body'], remove: true },
  });
}

/** An error as a log field without users' words: name, message, status code and stack. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const status = (error as { statusCode?: number }).statusCode;
  return { name: error.name, message: error.message, status, stack: error.stack };
}
