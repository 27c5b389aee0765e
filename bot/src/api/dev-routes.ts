import type { Request, Response, Server } from 'restify';
import { z } from 'zod';

/** What the local-mode routes may touch. */
export interface DevRoutesDeps {
  /** Sets the simulated clock and runs what is due then; returns what was posted. */
  setClock(now: Date): Promise<{ now: string; posted: readonly object[] }>;
}

const ClockBodySchema = z.object({ now: z.iso.datetime({ offset: true }) });

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Local-mode routes, registered only without a bot identity (the server then listens on loopback).
 * Each also checks that the caller is on this machine.
 */
export function registerDevRoutes(server: Server, deps: DevRoutesDeps): void {
  server.post('/api/dev/clock', async (req: Request, res: Response) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      res.json(404, { code: 'NotFound', message: 'Not found' });
      return;
    }
    const body = ClockBodySchema.safeParse(req.body);
    if (!body.success) {
      res.json(400, { code: 'BadRequest', message: 'Ange "now" som tidpunkt i ISO 8601, t.ex. 2027-01-05T08:00:00+01:00.' });
      return;
    }
    res.json(200, await deps.setClock(new Date(body.data.now)));
  });
}
