import { ForbiddenError, UnauthorizedError, UnavailableError, type ErrorCode } from '../../domain/errors';
import type { MessageKey } from '../../i18n';

/**
 * Microsoft Graph may not be used for this user yet: nobody has consented to the app's delegated
 * permissions (AADSTS65001), or Entra ID wants the user to act (a claims challenge). The tab runs the
 * Teams consent flow; meanwhile the invitations keep their .ics files. Answered 403 `ConsentRequired`.
 */
export class ConsentRequiredError extends ForbiddenError {
  override readonly code: ErrorCode = 'ConsentRequired';
  constructor(override readonly reason: string) {
    super('graph.consentRequired');
  }
}

/** Graph or Entra ID did not answer as they should (down, throttled past our patience, misconfigured). 503. */
export class GraphUnavailableError extends UnavailableError {
  constructor(
    override readonly reason: string,
    messageKey: MessageKey = 'graph.unavailable',
  ) {
    super(messageKey);
  }
}

/** Graph refused this user the team (not a member, or the calendar is not theirs to change). 403. */
export class GraphRefusedError extends ForbiddenError {
  constructor(override readonly reason: string) {
    super('graph.refused');
  }
}

/**
 * Entra ID refused the user's own token for the on-behalf-of exchange (expired, revoked, not for this
 * app): a failed sign-in like any other (401 `Unauthorized`), the reason only in the log.
 */
export class GraphTokenRefusedError extends UnauthorizedError {}

/** A Graph resource that is not there (an event deleted in Outlook): the caller decides what that means. */
export class GraphNotFoundError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'GraphNotFoundError';
  }
}
