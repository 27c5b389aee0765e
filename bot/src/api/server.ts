import { existsSync } from 'node:fs';
import path from 'node:path';
import restify, { type Request, type Response } from 'restify';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { correlationOf, rememberCorrelation } from '../correlation';
import type { Db } from '../store/db';
import { registerAreaRoutes, type AreaRoutesDeps } from './area-routes';
import { registerCalendarRoutes, type CalendarRoutesDeps } from './calendar-routes';
import { registerConsentRoutes, type ConsentRoutesDeps } from './consent-routes';
import { registerDevRoutes, type DevRoutesDeps } from './dev-routes';
import { registerFollowUpRoutes, type FollowUpRoutesDeps } from './follow-up-routes';
import { registerGraphRoutes, type GraphRoutesDeps } from './graph-routes';
import { registerHealthRoutes, type Readiness } from './health-routes';
import { registerMeRoutes, type MeRoutesDeps } from './me-routes';
import { registerMinutesRoutes } from './minutes-routes';

/** Largest request body accepted; larger ones get 413 before any handler runs. */
export const MAX_BODY_BYTES = 256 * 1024;

/** What the HTTP server is built from. */
export interface HttpServerDeps {
  config: Pick<Config, 'port' | 'host' | 'localMode' | 'rootDir'>;
  db: Db;
  log: Logger;
  /** The bot endpoint (Teams layer). */
  messages: (req: Request, res: Response) => Promise<void>;
  dev: DevRoutesDeps;
  calendar: CalendarRoutesDeps;
  /** The tab API's signed-in routes. */
  me: MeRoutesDeps;
  followUp: FollowUpRoutesDeps;
  areas: AreaRoutesDeps;
  /** The team's people and group calendar through Microsoft Graph. */
  graph: GraphRoutesDeps;
  /** The Teams consent flow's pages, when Graph is on. */
  consent?: ConsentRoutesDeps;
  readiness: () => Readiness;
}

/** A started server and how to stop it. */
export interface RunningHttpServer {
  server: restify.Server;
  port: number;
  /** Stops accepting connections and waits for open requests to finish. */
  close(): Promise<void>;
}

/** Builds and starts the one HTTP server: bot endpoint, health, tab files and (local mode) dev routes. */
export async function startHttpServer(deps: HttpServerDeps): Promise<RunningHttpServer> {
  const { config, log } = deps;
  const server = restify.createServer({ name: 'kvalitetsrad', handleUncaughtExceptions: false });
  // Every request gets a correlation id (the caller's, or a new one), echoed in the answer; the tab
  // API's log lines carry it (bot turns carry their activity id, posts their post id).
  server.pre((req: Request, res: Response, next: restify.Next) => {
    const id = correlationOf(req.headers['x-correlation-id'] ?? req.headers['x-ms-request-id']);
    rememberCorrelation(req, id);
    res.header('x-correlation-id', id);
    next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.post('/api/messages', deps.messages);
  registerHealthRoutes(server, deps.db, deps.readiness);
  registerCalendarRoutes(server, deps.calendar);
  registerMinutesRoutes(server, deps.calendar);
  registerMeRoutes(server, deps.me);
  registerFollowUpRoutes(server, deps.followUp);
  registerAreaRoutes(server, deps.areas);
  registerGraphRoutes(server, deps.graph);
  if (deps.consent) registerConsentRoutes(server, deps.consent);
  if (config.localMode) registerDevRoutes(server, deps.dev);
  registerTab(server, config.rootDir);

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) log.error({ err: { name: error.name, message: error.message }, route: req.getPath() }, 'request failed');
    callback();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = server.address().port;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections(); // idle keep-alive sockets would hold the close open
      }),
  };
}

function registerTab(server: restify.Server, rootDir: string): void {
  const built = path.join(rootDir, 'tab', 'dist');
  const directory = existsSync(built) ? built : path.join(rootDir, 'tab', 'public');
  server.get('/tab', (_req: Request, res: Response, next: restify.Next) => {
    res.redirect(301, '/tab/', next);
  });
  server.get('/tab/*', restify.plugins.serveStaticFiles(directory, { maxAge: 0 }));
}
