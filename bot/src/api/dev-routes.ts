import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { DevSignInSchema, type DevUser } from '../contract/common';

/** What the local-mode routes may touch. */
export interface DevRoutesDeps {
  /** Sets the simulated clock and runs what is due then; returns what was posted. */
  setClock(now: Date): Promise<{ now: string; posted: readonly object[] }>;
  /** The mock tenant's people the tab may sign in as outside Teams. */
  users(): Promise<DevUser[]>;
  /** A local sign-in token for one of `users()`; `undefined` for anyone else. */
  signIn(aadObjectId: string): Promise<string | undefined>;
}

const ClockBodySchema = z.object({ now: z.iso.datetime({ offset: true }) });

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Local-mode routes, registered only without a bot identity (the server then listens on loopback).
 * Each also checks that the caller is on this machine.
 */
export function registerDevRoutes(server: Server, deps: DevRoutesDeps): void {
  const local = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      res.json(404, { code: 'NotFound', message: 'Not found' });
      return;
    }
    await handler(req, res);
  };
  server.get(
    '/api/dev/users',
    local(async (_req, res) => {
      res.json(200, await deps.users());
    }),
  );
  server.post(
    '/api/dev/sign-in',
    local(async (req, res) => {
      const body = DevSignInSchema.safeParse(req.body);
      const token = body.success ? await deps.signIn(body.data.aadObjectId) : undefined;
      if (!token) {
        res.json(400, { code: 'BadRequest', message: 'Den användaren finns inte i testorganisationen.', field: 'aadObjectId' });
        return;
      }
      res.json(200, { token });
    }),
  );
  server.post(
    '/api/dev/clock',
    local(async (req: Request, res: Response) => {
      const body = ClockBodySchema.safeParse(req.body);
      if (!body.success) {
        res.json(400, { code: 'BadRequest', message: 'Ange "now" som tidpunkt i ISO 8601, t.ex. 2027-01-05T08:00:00+01:00.' });
        return;
      }
      res.json(200, await deps.setClock(new Date(body.data.now)));
    }),
  );
}
