import type { Request, Response, Server } from 'restify';
import type { Db } from '../store/db';

const HEALTH_TIMEOUT_MS = 2_000;

/** Where the process is in its life: `/readyz` sends traffic only while it is `ready`. */
export type Readiness = 'starting' | 'ready' | 'draining';

/**
 * `GET /healthz` (liveness, and App Service's health check): 200 `{"status":"ok"}` when the store
 * answers within two seconds, 503 otherwise. `GET /readyz`: 200 `{"status":"ready"}` once the
 * scheduler runs and while the store answers; 503 with `starting`, `draining` (after SIGTERM) or
 * `unavailable`, so a load balancer sends no new work.
 */
export function registerHealthRoutes(server: Server, db: Db, readiness: () => Readiness): void {
  server.get('/readyz', async (_req: Request, res: Response) => {
    const state = readiness();
    if (state !== 'ready') {
      res.json(503, { status: state });
      return;
    }
    try {
      await withTimeout(db.query('select 1 as ok'), HEALTH_TIMEOUT_MS);
      res.json(200, { status: 'ready' });
    } catch {
      res.json(503, { status: 'unavailable' });
    }
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    const started = Date.now();
    try {
      await withTimeout(db.query('select 1 as ok'), HEALTH_TIMEOUT_MS);
      res.json(200, { status: 'ok', store: db.driver, storeMs: Date.now() - started });
    } catch {
      res.json(503, { status: 'unavailable', store: db.driver }); // the reason goes to no one: health is public
    }
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
