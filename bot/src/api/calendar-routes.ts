import type { Server } from 'restify';
import { meetingCalendarFile } from '../services/calendar-file';
import type { Db } from '../store/db';
import { signedRoute, type SignedRouteDeps } from './signed-route';

/** What the calendar and minutes links read. */
export interface CalendarRoutesDeps extends SignedRouteDeps {
  db: Db;
}

/**
 * `GET /api/calendar/:tenantId/:meetingId.ics?exp&sig`: the "Lägg till i kalendern" button. A signed
 * link (see `signedRoute`): tampered or expired, 403; a meeting that is gone, 404; both as a page.
 */
export function registerCalendarRoutes(server: Server, deps: CalendarRoutesDeps): void {
  server.get(
    '/api/calendar/:tenantId/:file',
    signedRoute(
      deps,
      {
        route: 'calendar/ics',
        extensions: ['ics'],
        verify: (links, link) => links.verify(link.tenantId, link.id, link.exp, link.sig, link.now),
        forbidden: 'calendar.forbidden',
      },
      async (link, { tr }) => {
        const file = await meetingCalendarFile({ db: deps.db, now: link.now, tr, tenantId: link.tenantId, meetingId: link.id });
        return { file: file.ics, contentType: 'text/calendar; charset=utf-8', fileName: file.filename };
      },
    ),
  );
}
