import type { Request, Response, Server } from 'restify';
import type { Db } from '../store/db';

const HEALTH_TIMEOUT_MS = 2_000;

/** `GET /healthz`: 200 `{"status":"ok"}` when the store answers within two seconds, 503 otherwise. */
export function registerHealthRoutes(server: Server, db: Db): void {
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
