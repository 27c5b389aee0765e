import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { MinutesFields, type MinutesField } from '../domain/minutes';
import { translator, type MessageKey } from '../i18n';
import { formatDateTime } from '../domain/date-format';
import type { CalendarRoutesDeps } from './calendar-routes';
import { renderMinutesDocx } from '../services/minutes-document';
import { findCouncilById } from '../store/council-repository';
import { findMinutes, listMinutesCorrections } from '../store/minutes-repository';
import { findMeeting } from '../store/schedule-repository';

const ParamsSchema = z.object({ tenantId: z.string().min(1).max(100), file: z.string().regex(/^[0-9a-f-]{36}\.(docx|html)$/) });
const QuerySchema = z.object({ exp: z.string().max(20), sig: z.string().max(100) });

/**
 * `GET /api/minutes/:tenantId/:minutesId.(docx|html)?exp&sig`: the whole minutes as a Word document
 * following the minutes template (to attach in Stratsys) or as a page ("Visa allt"). Opened from the
 * card in a browser, so the signed link is the credential; tampered or expired: 403 and nothing else.
 */
export function registerMinutesRoutes(server: Server, deps: CalendarRoutesDeps): void {
  server.get('/api/minutes/:tenantId/:file', async (req: Request, res: Response) => {
    const params = ParamsSchema.safeParse(req.params);
    const query = QuerySchema.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://minutes').searchParams));
    const tr = translator(deps.locale);
    const [minutesId = '', format = 'html'] = params.success ? params.data.file.split('.') : [];
    const now = deps.clock.now();
    const signed = params.success && query.success
      && deps.links().verifyMinutes(params.data.tenantId, minutesId, format as 'docx' | 'html', query.data.exp, query.data.sig, now);
    if (!signed) {
      res.json(403, { code: 'Forbidden', message: tr('minutes.document.forbidden') });
      return;
    }
    const minutes = await findMinutes(deps.db, params.data.tenantId, minutesId);
    const council = minutes && (await findCouncilById(deps.db, minutes.tenantId, minutes.councilId));
    if (!minutes || !council) {
      res.json(404, { code: 'NotFound', message: tr('minutes.notFound') });
      return;
    }
    const meeting = minutes.meetingId ? await findMeeting(deps.db, minutes.tenantId, minutes.meetingId) : undefined;
    const people = [...council.managers, ...council.members];
    const input = {
      tr, locale: deps.locale, unitName: council.unitName, heldAt: minutes.heldAt, timeZone: council.timeZone, place: meeting?.place || undefined,
      present: people.filter((p) => minutes.content.attendance[p.aadObjectId]).map((p) => p.name),
      absent: people.filter((p) => !minutes.content.attendance[p.aadObjectId]).map((p) => p.name),
      content: minutes.content, approvedByName: minutes.approvedByName, approvedAt: minutes.approvedAt, version: minutes.version,
      corrections: (await listMinutesCorrections(deps.db, minutes.tenantId, minutes.id)).map((c) => ({ version: c.version, byName: c.byName, at: c.savedAt, reason: c.reason ?? '' })),
    };
    const day = formatDateTime(minutes.heldAt, council.timeZone, deps.locale);
    if (format === 'docx') {
      const file = await renderMinutesDocx(input);
      res.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'content-disposition': `attachment; filename="minnesanteckningar-${minutes.heldAt.toISOString().slice(0, 10)}.docx"`,
        'cache-control': 'no-store',
      });
      res.end(file);
      return;
    }
    const section = (f: MinutesField) => `<h2>${escape(tr(`field.${f}` as MessageKey))}</h2>${paragraphs(minutes.content.fields[f] || tr('minutes.empty'))}`;
    const html = `<!doctype html><html lang="${deps.locale}"><head><meta charset="utf-8"><title>${escape(tr('minutes.title', { unit: council.unitName }))}</title>`
      + '<meta name="viewport" content="width=device-width, initial-scale=1"><style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head><body>'
      + `<h1>${escape(tr('minutes.title', { unit: council.unitName }))}</h1><p>${escape(day)}</p>`
      + `<h2>${escape(tr('field.present'))}</h2><p>${escape(input.present.join(', ') || tr('minutes.empty'))}</p>`
      + MinutesFields.map(section).join('')
      + `<p><em>${escape(minutes.status === 'approved'
        ? tr('minutes.status.approved', { name: minutes.approvedByName ?? '', date: formatDateTime(minutes.approvedAt ?? minutes.updatedAt, council.timeZone, deps.locale) })
        : tr('minutes.status.draft', { version: minutes.version }))}</em></p>`
      + input.corrections.map((c) => `<p><em>${escape(tr('minutes.correction', { name: c.byName, date: formatDateTime(c.at, council.timeZone, deps.locale), version: c.version, reason: c.reason }))}</em></p>`).join('')
      + '</body></html>';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" });
    res.end(html);
  });
}


function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function paragraphs(text: string): string {
  return text.split(/\n{2,}/).map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`).join('');
}
