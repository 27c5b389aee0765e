import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { correlationIdOf } from '../correlation';
import type { ApiError } from '../contract/common';
import { ActivitiesOpenError } from '../domain/follow-up';
import { DomainError, ValidationError } from '../domain/errors';
import type { Actor } from '../domain/policies';
import { errorMessage, localeOf, translator, type Locale, type LocaleSetting, type Speech } from '../i18n';
import { ConsentRequiredError, GraphRefusedError, GraphTokenRefusedError, GraphUnavailableError } from '../services/graph/graph-errors';
import { AuthenticationError, SignInUnavailableError, type TokenVerifier } from './teams-sso';

/** What every signed-in route needs. */
export interface ApiDeps {
  log: Logger;
  /** `auto`: each user's language from the tab's `Accept-Language` (their Teams locale). */
  locale: LocaleSetting;
  verifier: TokenVerifier;
}

/** A file to download instead of JSON. */
export interface FileReply {
  file: Buffer | string;
  contentType: string;
  fileName: string;
}

type Handler = (req: Request, actor: Actor, speech: Speech) => Promise<unknown>;

const CODES: Record<number, ApiError['code']> = {
  400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 422: 'BadRequest', 503: 'ServiceUnavailable',
};

const isFile = (value: unknown): value is FileReply => typeof value === 'object' && value !== null && 'file' in value && 'contentType' in value;

/**
 * Wraps a tab API handler: signs the request in (401 with a Swedish message and no detail otherwise;
 * 503 when Entra ID's keys are out of reach), answers the handler's value as JSON (or a file), and
 * turns refusals into `ApiError`s in the user's language with the field they belong to. Anything
 * unexpected is logged by name and answered 500 "försök igen", never with a stack.
 */
export function apiRoute(deps: ApiDeps, route: string, handler: Handler) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale: Locale = localeOf(req.headers['accept-language'], deps.locale);
    const tr = translator(locale);
    const log = deps.log.child({ correlationId: correlationIdOf(req) });
    const fail = (status: number, body: ApiError): void => {
      res.json(status, body);
    };
    const unauthorized = (reason: string): void => {
      log.info({ reason, route }, 'request not signed in');
      res.header('www-authenticate', 'Bearer');
      return fail(401, { code: 'Unauthorized', message: tr('api.unauthorized') });
    };
    let actor: Actor;
    try {
      actor = await deps.verifier.verify(req.headers.authorization);
    } catch (error) {
      if (error instanceof SignInUnavailableError) {
        log.warn({ reason: error.reason, route }, 'Entra ID keys unavailable');
        return fail(503, { code: 'ServiceUnavailable', message: tr('error.tryAgain') });
      }
      if (!(error instanceof AuthenticationError)) throw error;
      return unauthorized(error.reason);
    }
    try {
      const value = await handler(req, actor, { tr, locale });
      if (isFile(value)) {
        res.writeHead(200, {
          'content-type': value.contentType,
          'content-disposition': `attachment; filename="${value.fileName}"`,
          'cache-control': 'no-store',
        });
        res.end(value.file);
        return;
      }
      res.json(200, value);
    } catch (error) {
      // Entra ID refused the user's token for Graph: a sign-in failure like any other, the reason only logged.
      if (error instanceof GraphTokenRefusedError) return unauthorized(error.reason);
      if (error instanceof ConsentRequiredError || error instanceof GraphRefusedError || error instanceof GraphUnavailableError) {
        log.warn({ reason: error.reason, route }, 'Microsoft Graph not used');
      }
      if (error instanceof DomainError) {
        const field = error instanceof ValidationError ? error.field : typeof error.params.field === 'string' ? error.params.field : undefined;
        const code = error instanceof ActivitiesOpenError ? 'ActivitiesOpen'
          : error instanceof ConsentRequiredError ? 'ConsentRequired' : CODES[error.status] ?? 'BadRequest';
        return fail(error.status === 422 ? 400 : error.status, { code, message: errorMessage(tr, error), ...(field ? { field } : {}) });
      }
      log.error({ err: { name: (error as Error).name, message: (error as Error).message }, route }, 'tab API request failed');
      return fail(500, { code: 'InternalError', message: tr('error.tryAgain') });
    }
  };
}
