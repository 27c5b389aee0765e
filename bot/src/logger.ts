import pino, { type Logger } from 'pino';

/**
 * JSON logs (pino). Log lines carry ids, types and counts, never message text or names: users' words
 * and identities stay out of the logs (privacy, DOMAIN.md).
 */
export function createLogger(level: pino.LevelWithSilent): Logger {
  return pino({
    level,
    base: { service: 'kvalitetsrad' },
    redact: { paths: ['text', '*.text', 'name', 'from', 'err.body'], remove: true },
  });
}
