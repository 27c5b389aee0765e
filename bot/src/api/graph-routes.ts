import type { Request, Server } from 'restify';
import { translator, type Locale } from '../i18n';
import { syncTeamCalendar } from '../services/graph/calendar-syncer';
import { readCalendarStatus } from '../services/graph/calendar-status';
import { GraphUnavailableError } from '../services/graph/graph-errors';
import { graphSession, type GraphSession } from '../services/graph/graph-session';
import type { GraphTokens } from '../services/graph/graph-tokens';
import { readTeamMembers } from '../services/graph/team-members-reader';
import type { Clock } from '../services/ports';
import type { Db } from '../store/db';
import { CalendarSyncInputSchema, type CalendarStatusResponse, type CalendarSyncResponse, type TeamMembersResponse } from '../contract/calendar';
import { apiRoute, type ApiDeps } from './api-handler';
import { idParam, parseInput, thisYear, yearOf } from './request-input';
import type { Actor } from '../domain/policies';

/** Microsoft Graph as the server may use it; absent without a client secret. */
export interface GraphAccessDeps {
  tokens: GraphTokens;
  baseUrl: string;
}

/** What the Graph routes need. */
export interface GraphRoutesDeps extends ApiDeps {
  db: Db;
  clock: Clock;
  graph?: GraphAccessDeps;
  /** The language of what the whole team sees (the calendar events): the channel's. */
  postLocale: Locale;
}

/**
 * The tab's Microsoft Graph routes: the team's people, and the team's group calendar. Graph is called
 * on behalf of the signed-in user with their own tab token (on-behalf-of); without Graph access,
 * consent or a working Graph the answers say the invitations' .ics files still serve.
 */
export function registerGraphRoutes(server: Server, deps: GraphRoutesDeps): void {
  const route = (path: string, handler: Parameters<typeof apiRoute>[2]) => apiRoute(deps, path, handler);
  const sessionOf = (req: Request, actor: Actor): GraphSession => {
    // Without Graph access the use case still loads and authorizes first; only asking for a client fails.
    if (!deps.graph) return { client: () => Promise.reject(new GraphUnavailableError('no client secret configured', 'graph.off')) };
    // The verifier accepted this header a moment ago: the assertion is the user's own Teams SSO token.
    const assertion = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
    return graphSession(deps.graph.tokens, deps.graph.baseUrl, assertion, actor.tenantId);
  };

  server.get(
    '/api/councils/:councilId/team-members',
    route('councils/team-members', async (req, actor): Promise<TeamMembersResponse> => {
      const councilId = idParam(req, 'councilId', 'council.gone');
      return { members: await readTeamMembers({ db: deps.db, actor, councilId, graph: sessionOf(req, actor) }) };
    }),
  );

  server.get(
    '/api/councils/:councilId/calendar',
    route('councils/calendar', async (req, actor): Promise<CalendarStatusResponse> => {
      const councilId = idParam(req, 'councilId', 'council.gone');
      return readCalendarStatus({
        db: deps.db,
        clock: deps.clock,
        actor,
        councilId,
        year: yearOf(req, deps.clock.now()),
        graph: Boolean(deps.graph),
      });
    }),
  );

  server.post(
    '/api/councils/:councilId/calendar',
    route('councils/calendar/sync', async (req, actor): Promise<CalendarSyncResponse> => {
      const councilId = idParam(req, 'councilId', 'council.gone');
      const input = parseInput(CalendarSyncInputSchema, req.body ?? undefined);
      return syncTeamCalendar({
        db: deps.db,
        clock: deps.clock,
        actor,
        councilId,
        year: input?.year ?? thisYear(deps.clock.now()),
        graph: sessionOf(req, actor),
        tr: translator(deps.postLocale),
      });
    }),
  );
}
