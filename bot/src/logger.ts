import pino, { type Logger } from 'pino';

/**
 * JSON logs (pino). Log lines carry ids, types and counts, never message text or names: users' words
 * and identities stay out of the logs (docs/domain.md#privacy). A tab API request's lines carry its
 * `correlationId`, a bot turn's its `activityId`, a scheduled post's its `postId`.
 */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({
    level,
    base: { service: 'kvalitetsrad' },
    redact: { paths: ['text', '*.text', 'name', 'from', 'err.body'], remove: true },
  });
}

/** An error as a log field without users' words: name, message, status code and stack. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const status = (error as { statusCode?: number }).statusCode;
  return { name: error.name, message: error.message, status, stack: error.stack };
}
