/**
 * The error catalogue. Each error has a stable id and an HTTP status; its `messageKey` names the
 * user-facing text in `i18n/`. Anything that is not a `DomainError` is an internal error: users get a
 * generic message and the log gets the details.
 */
export type ErrorId = 'validation' | 'forbidden' | 'not_found' | 'conflict' | 'privacy' | 'unavailable';

/** Base of every error a user may be told about. */
export abstract class DomainError extends Error {
  abstract readonly id: ErrorId;
  abstract readonly status: number;
  /** Values for the user-facing message (field names, limits); never personal data. */
  readonly params: Record<string, string | number>;
  constructor(readonly messageKey: string, params: Record<string, string | number> = {}) {
    super(messageKey);
    this.name = new.target.name;
    this.params = params;
  }
}

/** Input that breaks a rule; `field` names the input when one is to blame. */
export class ValidationError extends DomainError {
  readonly id = 'validation' as const;
  readonly status = 400;
  constructor(messageKey: string, params: Record<string, string | number> = {}, readonly field?: string) {
    super(messageKey, params);
  }
}

/** The actor may not do this. */
export class ForbiddenError extends DomainError {
  readonly id = 'forbidden' as const;
  readonly status = 403;
}

/** The thing asked for does not exist in this tenant. */
export class NotFoundError extends DomainError {
  readonly id = 'not_found' as const;
  readonly status = 404;
}

/** The request collides with the current state (stale version, already exists). */
export class ConflictError extends DomainError {
  readonly id = 'conflict' as const;
  readonly status = 409;
}

/** Text carries personal data that must not be stored (personnummer, samordningsnummer). */
export class PrivacyError extends DomainError {
  readonly id = 'privacy' as const;
  readonly status = 422;
  /** `params.text` holds the characters found: shown to the one who typed them, never logged. */
  constructor(messageKey: string, params: Record<string, string | number> = {}, readonly field?: string) {
    super(messageKey, params);
  }
}

/** A dependency (the store) did not answer; the user should try again. */
export class UnavailableError extends DomainError {
  readonly id = 'unavailable' as const;
  readonly status = 503;
}
