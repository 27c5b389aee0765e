import type { Logger } from 'pino';
import type { Request, Response, Server } from 'restify';
import { translator, type Locale } from '../i18n';
import type { Db } from '../store/db';
import { listCouncilsOfPerson } from '../store/council-repository';
import { AuthenticationError, SignInUnavailableError, type TokenVerifier } from './teams-sso';

/** What the signed-in routes need. */
export interface MeRoutesDeps {
  db: Db;
  log: Logger;
  locale: Locale;
  /** Absent until the tab's Entra app is configured: then nobody is signed in. */
  verifier?: TokenVerifier;
}

/** The answer of `GET /api/me`. */
export interface MeResponse {
  name: string;
  tenantId: string;
  councils: { id: string; unitName: string; area: string; role: 'manager' | 'member' }[];
}

/**
 * `GET /api/me`: who the tab's user is (from their Teams SSO token) and the councils they lead or sit
 * in, scoped to their tenant. No token, or one that does not pass: 401 with a Swedish message and no
 * detail (the reason goes to the log, never the token); Entra ID's keys out of reach: 503, try again.
 */
export function registerMeRoutes(server: Server, deps: MeRoutesDeps): void {
  server.get('/api/me', async (req: Request, res: Response) => {
    const tr = translator(deps.locale);
    try {
      if (!deps.verifier) throw new AuthenticationError('Teams sign-in is not configured (AAD_APP_CLIENT_ID)');
      const actor = await deps.verifier.verify(req.headers.authorization);
      const councils = await listCouncilsOfPerson(deps.db, actor.tenantId, actor.aadObjectId);
      const body: MeResponse = {
        name: actor.name, tenantId: actor.tenantId,
        councils: councils.map(({ council, role }) => ({ id: council.id, unitName: council.unitName, area: council.area, role })),
      };
      res.json(200, body);
    } catch (error) {
      if (error instanceof SignInUnavailableError) {
        deps.log.warn({ reason: error.reason, route: '/api/me' }, 'Entra ID keys unavailable');
        res.json(503, { code: 'ServiceUnavailable', message: tr('error.tryAgain') });
        return;
      }
      if (!(error instanceof AuthenticationError)) throw error;
      deps.log.info({ reason: error.reason, route: '/api/me' }, 'request not signed in');
      res.header('www-authenticate', 'Bearer');
      res.json(401, { code: 'Unauthorized', message: tr('api.unauthorized') });
    }
  });
}
