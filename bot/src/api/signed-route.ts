import type { Logger } from 'pino';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import { correlationIdOf } from '../correlation';
import { ForbiddenError } from '../domain/errors';
import { translator, type Locale, type MessageKey, type Translate } from '../i18n';
import { logError, presentError } from '../presentation/error-presenter';
import type { Clock } from '../services/ports';
import type { SignedLinks } from '../services/signed-links';
import { isFile, sendFile, type FileReply } from './api-handler';
import { HTML_PAGE_HEADERS } from './presenters/html-page';
import { renderRefusalPage } from './presenters/refusal-page';

/** What every signed-link route needs. */
export interface SignedRouteDeps {
  clock: Clock;
  /** The language of the pages and files: the channel's, where the link was posted. */
  locale: Locale;
  log: Logger;
  /** The link signer; known once the server has its address. */
  links: () => SignedLinks;
}

/** The parts of a signed link `/…/:tenantId/:id.:extension?exp&sig`. */
export interface SignedLink {
  tenantId: string;
  id: string;
  extension: string;
  exp: string;
  sig: string;
  now: Date;
}

/** A page to show instead of a download. */
export interface HtmlReply {
  html: string;
}

/** How one kind of signed link is read. */
export interface SignedRouteSpec {
  route: string;
  /** The file endings the route serves (`ics`; `docx`, `html`). */
  extensions: readonly string[];
  /** True when the link's signature is ours and it has not expired. */
  verify: (links: SignedLinks, link: SignedLink) => boolean;
  /** What a tampered or expired link is told (403). */
  forbidden: MessageKey;
}

type SignedHandler = (link: SignedLink, speech: { tr: Translate; locale: Locale }) => Promise<FileReply | HtmlReply>;

const ParamsSchema = z.object({ tenantId: z.string().min(1).max(100), file: z.string().regex(/^[0-9a-f-]{36}\.[a-z]{1,5}$/) });
const QuerySchema = z.object({ exp: z.string().max(20), sig: z.string().max(100) });

/**
 * Wraps a route opened from a card in a browser without a Teams sign-in, so the link itself is the
 * credential (an HMAC signature over tenant, id and expiry): verifies it, runs the handler (a file or
 * a page) and presents every refusal as a small HTML page in the link's language with the error
 * presenter's status and message. Tampered or expired: 403 and nothing about what it points to.
 */
export function signedRoute(deps: SignedRouteDeps, spec: SignedRouteSpec, handler: SignedHandler) {
  return async (req: Request, res: Response): Promise<void> => {
    const tr = translator(deps.locale);
    try {
      const link = linkOf(req, deps.clock.now(), spec);
      if (!link || !spec.verify(deps.links(), link)) throw new ForbiddenError(spec.forbidden);
      const reply = await handler(link, { tr, locale: deps.locale });
      if (isFile(reply)) sendFile(res, reply);
      else {
        res.writeHead(200, HTML_PAGE_HEADERS);
        res.end(reply.html);
      }
    } catch (error) {
      const presented = presentError(error, tr);
      logError(
        deps.log.child({ correlationId: correlationIdOf(req) }),
        presented,
        { route: spec.route },
        presented.code === 'InternalError' ? 'signed link failed' : undefined,
      );
      res.writeHead(presented.status, HTML_PAGE_HEADERS);
      res.end(renderRefusalPage(tr, deps.locale, presented));
    }
  };
}

function linkOf(req: Request, now: Date, spec: SignedRouteSpec): SignedLink | undefined {
  const params = ParamsSchema.safeParse(req.params);
  const query = QuerySchema.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://signed').searchParams));
  if (!params.success || !query.success) return undefined;
  const [id = '', extension = ''] = params.data.file.split('.');
  if (!spec.extensions.includes(extension)) return undefined;
  return { tenantId: params.data.tenantId, id, extension, exp: query.data.exp, sig: query.data.sig, now };
}
