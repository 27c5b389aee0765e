/**
 * The error catalogue. Every error a user may be told about is a `DomainError` and carries, itself,
 * its stable `code` (one set for card actions, messages, the tab API and jobs), its HTTP status, the
 * key of its user-facing text in `i18n/` and, when one input is to blame, its `field`. A subclass
 * that needs another code declares it (`ActivitiesOpenError`, `ConsentRequiredError`), so no presenter
 * has to know the class. Anything that is not a `DomainError` is an internal error: users get a
 * generic message and the log gets its name and message (`presentation/error-presenter.ts`).
 */

/** The stable codes of refusals, as the tab API's `ApiError` carries them (`contract/common.ts`). */
export const ERROR_CODES = [
  'BadRequest',
  'Unauthorized',
  'Forbidden',
  'NotFound',
  'Conflict',
  'ActivitiesOpen',
  'ServiceUnavailable',
  'InternalError',
  'ConsentRequired',
] as const;

/** One stable error code. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values for a user-facing message (field names, limits); never logged. */
export type ErrorParams = Record<string, string | number>;

/** Base of every error a user may be told about. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
  /** Values for the user-facing message (field names, limits); never personal data in the log. */
  readonly params: ErrorParams;
  /** The input the message belongs to: the one given, else `params.field`. */
  readonly field?: string;
  /** Why, for the log only (e.g. what Entra ID or Graph answered); never shown to the user. */
  readonly reason?: string;
  /** The message for a channel, where everyone reads it, when the own one repeats what the user typed. */
  readonly sharedMessageKey?: string;
  /** `messageKey` is an i18n key; the domain cannot import `MessageKey`, so the presenter checks it. */
  constructor(
    readonly messageKey: string,
    params: ErrorParams = {},
    field?: string,
  ) {
    super(messageKey);
    this.name = new.target.name;
    this.params = params;
    this.field = field ?? (typeof params.field === 'string' ? params.field : undefined);
  }
}

/** Input that breaks a rule; `field` names the input when one is to blame. 400 `BadRequest`. */
export class ValidationError extends DomainError {
  readonly code: ErrorCode = 'BadRequest';
  readonly status: number = 400;
}

/** The actor may not do this. 403 `Forbidden`. */
export class ForbiddenError extends DomainError {
  readonly code: ErrorCode = 'Forbidden';
  readonly status: number = 403;
}

/** The thing asked for does not exist in this tenant. 404 `NotFound`. */
export class NotFoundError extends DomainError {
  readonly code: ErrorCode = 'NotFound';
  readonly status: number = 404;
}

/** The request collides with the current state (stale version, already exists). 409 `Conflict`. */
export class ConflictError extends DomainError {
  readonly code: ErrorCode = 'Conflict';
  readonly status: number = 409;
}

/**
 * Text carries personal data that must not be stored (personnummer, samordningsnummer): a bad request
 * like any other (400 `BadRequest`) with its own message. `params.text` holds the characters found:
 * shown to the one who typed them, never logged, never repeated where others read (`sharedMessageKey`).
 */
export class PrivacyError extends DomainError {
  readonly code: ErrorCode = 'BadRequest';
  readonly status: number = 400;
  override readonly sharedMessageKey = 'privacy.inChannel';
}

/** A dependency (the store, Entra ID, Graph) did not answer; the user should try again. 503. */
export class UnavailableError extends DomainError {
  readonly code: ErrorCode = 'ServiceUnavailable';
  readonly status: number = 503;
}

/** The caller is not signed in (no token, or one refused); `reason` only for the log. 401. */
export class UnauthorizedError extends DomainError {
  readonly code: ErrorCode = 'Unauthorized';
  readonly status: number = 401;
  constructor(override readonly reason: string) {
    super('api.unauthorized');
  }
}
