import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { correlationIdOf } from '../correlation';
import type { ApiError } from '../contract/common';
import type { Actor } from '../domain/policies';
import { localeOf, translator, type Locale, type LocaleSetting, type Speech } from '../i18n';
import { logError, presentError } from '../presentation/error-presenter';
import type { TokenVerifier } from './teams-sso';

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

/** True when a handler answered a file rather than JSON. */
export const isFile = (value: unknown): value is FileReply =>
  typeof value === 'object' && value !== null && 'file' in value && 'contentType' in value;

/** Sends a file as a download nobody caches. */
export function sendFile(res: Response, reply: FileReply): void {
  res.writeHead(200, {
    'content-type': reply.contentType,
    'content-disposition': `attachment; filename="${reply.fileName}"`,
    'cache-control': 'no-store',
  });
  res.end(reply.file);
}

/**
 * Wraps a tab API handler: signs the request in, answers the handler's value as JSON (or a file), and
 * answers every refusal (sign-in included: 401, or 503 when Entra ID's keys are out of reach) as the
 * error presenter has it: an `ApiError` in the user's language with its stable code and the field it
 * belongs to. Anything unexpected is logged by name and answered 500 "försök igen", never with a stack.
 */
export function apiRoute(deps: ApiDeps, route: string, handler: Handler) {
  return async (req: Request, res: Response): Promise<void> => {
    const locale: Locale = localeOf(req.headers['accept-language'], deps.locale);
    const tr = translator(locale);
    const log = deps.log.child({ correlationId: correlationIdOf(req) });
    try {
      const actor = await deps.verifier.verify(req.headers.authorization);
      const value = await handler(req, actor, { tr, locale });
      if (isFile(value)) sendFile(res, value);
      else res.json(200, value);
    } catch (error) {
      const presented = presentError(error, tr);
      logError(log, presented, { route }, presented.code === 'InternalError' ? 'tab API request failed' : undefined);
      if (presented.code === 'Unauthorized') res.header('www-authenticate', 'Bearer');
      const body: ApiError = { code: presented.code, message: presented.message, ...(presented.field ? { field: presented.field } : {}) };
      res.json(presented.status, body);
    }
  };
}
