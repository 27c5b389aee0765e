import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { translator, type Locale } from '../i18n';
import type { SignedLinks } from '../services/signed-links';
import { meetingCalendarFile } from '../services/calendar-file';
import type { Clock } from '../services/ports';
import type { Db } from '../store/db';

/** What the calendar route reads. */
export interface CalendarRoutesDeps {
  db: Db;
  clock: Clock;
  locale: Locale;
  /** The link signer; known once the server has its address. */
  links: () => SignedLinks;
}

const ParamsSchema = z.object({ tenantId: z.string().min(1).max(100), file: z.string().regex(/^[0-9a-f-]{36}\.ics$/) });
const QuerySchema = z.object({ exp: z.string().max(20), sig: z.string().max(100) });

/**
 * `GET /api/calendar/:tenantId/:meetingId.ics?exp&sig`: the "Lägg till i kalendern" button. Opened
 * from a card in a browser without a Teams sign-in, so the link itself is the credential: an HMAC
 * signature over tenant, meeting and expiry. Tampered or expired: 403, and nothing about the meeting.
 */
export function registerCalendarRoutes(server: Server, deps: CalendarRoutesDeps): void {
  server.get('/api/calendar/:tenantId/:file', async (req: Request, res: Response) => {
    const params = ParamsSchema.safeParse(req.params);
    const query = QuerySchema.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://calendar').searchParams));
    const tr = translator(deps.locale);
    const meetingId = params.success ? params.data.file.slice(0, 36) : '';
    const now = deps.clock.now();
    if (!params.success || !query.success || !deps.links().verify(params.data.tenantId, meetingId, query.data.exp, query.data.sig, now)) {
      res.json(403, { code: 'Forbidden', message: tr('calendar.forbidden') });
      return;
    }
    const file = await meetingCalendarFile({ db: deps.db, now, tr, tenantId: params.data.tenantId, meetingId });
    if (!file) {
      res.json(404, { code: 'NotFound', message: tr('calendar.notFound') });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${file.filename}"`,
      'cache-control': 'no-store',
    });
    res.end(file.ics);
  });
}
