import type { Server } from 'restify';
import type { Db } from '../store/db';
import { listCouncilsOfPerson } from '../store/council-repository';
import { apiRoute, type ApiDeps } from './api-handler';
import type { MeResponse } from '../contract/common';

/** What the signed-in routes need. */
export interface MeRoutesDeps extends ApiDeps {
  db: Db;
}

/**
 * `GET /api/me`: who the tab's user is (from their Teams SSO token, or local mode's sign-in) and the
 * councils they lead or sit in, scoped to their tenant. No token, or one that does not pass: 401 with
 * a Swedish message and no detail (the reason goes to the log, never the token); Entra ID's keys out
 * of reach: 503, try again.
 */
export function registerMeRoutes(server: Server, deps: MeRoutesDeps): void {
  server.get(
    '/api/me',
    apiRoute(deps, '/api/me', async (_req, actor): Promise<MeResponse> => {
      const councils = await listCouncilsOfPerson(deps.db, actor.tenantId, actor.aadObjectId);
      return {
        name: actor.name,
        tenantId: actor.tenantId,
        councils: councils.map(({ council, role }) => ({ id: council.id, unitName: council.unitName, area: council.area, role })),
      };
    }),
  );
}
