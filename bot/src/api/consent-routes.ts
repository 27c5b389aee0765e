import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { GraphPermissions } from '../services/graph/graph-session';

/** What the consent pages need: the tab's Entra app and where Graph is. */
export interface ConsentRoutesDeps {
  clientId: string;
  authorityHost: string;
  graphBaseUrl: string;
  /** The address users reach the app at; the redirect URI registered in aad.manifest.json is `<it>/auth/consent-end`. */
  publicUrl?: string;
  rootDir: string;
}

const StartQuery = z.object({
  tenantId: z
    .string()
    .regex(/^[0-9a-f-]{36}$/i)
    .optional(),
  loginHint: z.string().max(320).optional(),
});
const EndQuery = z.object({
  error: z
    .string()
    .regex(/^[a-z_]{1,64}$/)
    .optional(),
});

/** The popup's last page: tells teams-js how it went (Entra's error code only, never its description). */
const endPage = (error: string | undefined) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Kvalitetsråd</title><script src="/auth/teams-js.js"></script></head>
<body><p>${error ? 'Behörigheten gavs inte. Du kan stänga fönstret.' : 'Klart. Du kan stänga fönstret.'}</p>
<script>
  microsoftTeams.app.initialize().then(function () {
    ${error ? `microsoftTeams.authentication.notifyFailure(${JSON.stringify(error)});` : 'microsoftTeams.authentication.notifySuccess();'}
  });
</script></body></html>`;

/**
 * The Teams consent flow's pages. The tab, told `ConsentRequired`, calls teams-js
 * `authentication.authenticate({ url: '/auth/consent-start?tenantId=…&loginHint=…' })`; this page sends
 * the popup to Entra ID's authorize endpoint with `prompt=consent` for the Graph permissions the app
 * uses; Entra ID comes back to `/auth/consent-end`, which reports success or the error code to the tab
 * through teams-js. The authorization code is not redeemed: the consent is what counts, and the tab
 * then repeats its call (the on-behalf-of exchange now succeeds). Permissions that need an admin
 * (TeamMember.Read.All, Group.ReadWrite.All) can be granted here by an admin for the organisation.
 */
export function registerConsentRoutes(server: Server, deps: ConsentRoutesDeps): void {
  const graph = new URL(deps.graphBaseUrl).origin;
  const scopes = [GraphPermissions.teamMembers, GraphPermissions.groupCalendar].map((p) => `${graph}/${p}`);

  // eslint-disable-next-line @typescript-eslint/require-await -- restify requires a (req, res) handler to be an async function
  server.get('/auth/consent-start', async (req: Request, res: Response) => {
    const query = StartQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://auth').searchParams));
    const { tenantId, loginHint } = query.success ? query.data : {};
    const base = deps.publicUrl ?? `https://${req.headers.host ?? 'localhost'}`;
    const params = new URLSearchParams({
      client_id: deps.clientId,
      response_type: 'code',
      response_mode: 'query',
      redirect_uri: `${base}/auth/consent-end`,
      scope: scopes.join(' '),
      prompt: 'consent',
      ...(loginHint ? { login_hint: loginHint } : {}),
    });
    res.writeHead(302, {
      location: `${deps.authorityHost}/${tenantId ?? 'organizations'}/oauth2/v2.0/authorize?${params.toString()}`,
      'cache-control': 'no-store',
    });
    res.end();
  });

  // eslint-disable-next-line @typescript-eslint/require-await -- restify requires a (req, res) handler to be an async function
  server.get('/auth/consent-end', async (req: Request, res: Response) => {
    const query = EndQuery.safeParse(Object.fromEntries(new URL(req.url ?? '/', 'http://auth').searchParams));
    const error = query.success ? query.data.error : 'invalid_request';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(endPage(error));
  });

  server.get('/auth/teams-js.js', async (_req: Request, res: Response) => {
    const file = path.join(deps.rootDir, 'node_modules', '@microsoft', 'teams-js', 'dist', 'umd', 'MicrosoftTeams.min.js');
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' });
    res.end(await readFile(file));
  });
}
