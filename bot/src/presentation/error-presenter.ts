/**
 * The one error presenter: what a user is told about any error, and the one log line it is worth.
 * Card actions, messages, tab API routes, signed links and jobs all come here, so a refusal reads the
 * same (code, status, Swedish or English text) wherever it happens.
 *
 * It lives in its own folder because of the dependency arrows: `api/`, `teams/` and `scheduler/` are
 * edges and may not import each other, so it cannot sit in one of them; `domain/` may not know the
 * strings; `i18n/` holds strings, not decisions about statuses and logs. This module imports only
 * `domain/` and `i18n/`, which every edge may import.
 */
import type { Logger } from 'pino';
import { DomainError, type ErrorCode } from '../domain/errors';
import { errorMessage, isMessageKey, type Translate } from '../i18n';

/** One log line about an error: its code and class, why (known errors) or its message (unknown ones). */
export interface ErrorLogLine {
  level: 'info' | 'warn' | 'error';
  fields: { code: ErrorCode; err: { name: string; message?: string }; reason?: string };
  msg: string;
}

/** An error as the edges answer it, without the words (jobs need no words). */
export interface ErrorDescription {
  status: number;
  code: ErrorCode;
  /** The input the message belongs to. */
  field?: string;
  /** Absent for plain refusals (a policy said no): they are the product working, not news for the log. */
  log?: ErrorLogLine;
}

/** An error as a user is told it. */
export interface PresentedError extends ErrorDescription {
  message: string;
}

/** Where the message is read. */
export interface PresentOptions {
  /** In a channel, where everyone reads it: errors with a `sharedMessageKey` say why without repeating what was typed. */
  shared?: boolean;
}

/**
 * Status, code, field and log line of any error. A `DomainError` answers its own; anything else is
 * `InternalError` (500) logged by name and message only: never a stack, never users' words.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof DomainError) {
    const log =
      error.reason === undefined
        ? undefined
        : {
            level: error.status === 401 ? ('info' as const) : ('warn' as const),
            fields: { code: error.code, err: { name: error.name }, reason: error.reason },
            msg: error.status === 401 ? 'request not signed in' : 'request refused',
          };
    return { status: error.status, code: error.code, ...(error.field ? { field: error.field } : {}), ...(log ? { log } : {}) };
  }
  const { name, message } = error instanceof Error ? error : { name: typeof error, message: String(error) };
  return {
    status: 500,
    code: 'InternalError',
    log: { level: 'error', fields: { code: 'InternalError', err: { name, message } }, msg: 'internal error' },
  };
}

/** `describeError` plus the message in the user's language: the catalogue's text, or "försök igen". */
export function presentError(error: unknown, tr: Translate, options: PresentOptions = {}): PresentedError {
  const described = describeError(error);
  if (!(error instanceof DomainError)) return { ...described, message: tr('error.tryAgain') };
  const shared = options.shared ? sharedKeyOf(error) : undefined;
  if (shared) return { ...described, message: tr(shared, error.params) };
  if (isMessageKey(error.messageKey)) return { ...described, message: errorMessage(tr, error) };
  // A key the strings do not have is our bug: the user still gets a sentence, the log says which key.
  return {
    ...described,
    message: tr('error.tryAgain'),
    log: { level: 'error', fields: { code: error.code, err: { name: error.name, message: error.messageKey } }, msg: 'error without a message' },
  };
}

/** Writes the error's log line, if it has one, with the edge's context (route, verb, post id); `msg` names what failed. */
export function logError(log: Logger, described: ErrorDescription, context: Record<string, unknown>, msg?: string): void {
  if (!described.log) return;
  log[described.log.level]({ ...described.log.fields, ...context }, msg ?? described.log.msg);
}

/**
 * Logs a background job's failure: always one line (a job has no user to tell), with the code, the
 * error's name (and reason, or message when unknown) and the job's context. The caller retries.
 */
export function logJobFailure(log: Logger, error: unknown, context: Record<string, unknown>, msg: string): void {
  const described = describeError(error);
  const line = described.log ?? { level: 'warn' as const, fields: { code: described.code, err: { name: (error as Error).name } }, msg };
  log[line.level]({ ...line.fields, ...context }, msg);
}

function sharedKeyOf(error: DomainError) {
  const key = error.sharedMessageKey;
  return key !== undefined && isMessageKey(key) ? key : undefined;
}
