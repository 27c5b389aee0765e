import type { Server } from 'restify';
import type { MinutesFormat } from '../services/signed-links';
import { renderMinutesDocx } from '../services/minutes-document';
import { readMinutesDocument } from '../services/minutes-document-reader';
import type { CalendarRoutesDeps } from './calendar-routes';
import { renderMinutesPage } from './presenters/minutes-page';
import { signedRoute } from './signed-route';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * `GET /api/minutes/:tenantId/:minutesId.(docx|html)?exp&sig`: the whole minutes as a Word document
 * following the minutes template (to attach in Stratsys) or as a page ("Visa allt"). A signed link
 * (see `signedRoute`): tampered or expired, 403; minutes that are gone, 404; both as a page.
 */
export function registerMinutesRoutes(server: Server, deps: CalendarRoutesDeps): void {
  server.get(
    '/api/minutes/:tenantId/:file',
    signedRoute(
      deps,
      {
        route: 'minutes/document',
        extensions: ['docx', 'html'],
        verify: (links, link) => links.verifyMinutes(link.tenantId, link.id, link.extension as MinutesFormat, link.exp, link.sig, link.now),
        forbidden: 'minutes.document.forbidden',
      },
      async (link, { tr, locale }) => {
        const minutes = await readMinutesDocument({ db: deps.db, tenantId: link.tenantId, minutesId: link.id });
        if (link.extension === 'html') return { html: renderMinutesPage({ tr, locale, minutes }) };
        return {
          file: await renderMinutesDocx({ tr, locale, ...minutes }),
          contentType: DOCX,
          fileName: `minnesanteckningar-${minutes.heldAt.toISOString().slice(0, 10)}.docx`,
        };
      },
    ),
  );
}
