import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { bodyOf, type EntraStandIn } from './entra-stand-in';
import { loopbackServer } from './loopback-tls';

/** Loads `jose` (ES modules only) into the tests' CommonJS world. */
const jose = () => import('jose');

/** A team member as Graph lists it (`aadUserConversationMember`). */
export interface StandInMember {
  userId: string;
  displayName: string;
  email: string;
}

/** A group event as the stand-in keeps it: what was sent, plus what Graph adds. */
export interface StandInEvent {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  location?: { displayName: string };
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  transactionId?: string;
}

/** A request as the stand-in received it. */
export interface GraphRequest {
  method: string;
  path: string;
  body?: Record<string, unknown>;
  /** The `scp` of the token it carried. */
  scopes: string[];
}

/** Failures to answer with instead of the real thing: `status` for `times` requests, after `after` good ones. */
export interface GraphFailure {
  status: 403 | 429 | 503;
  times: number;
  after?: number;
  retryAfterS?: number;
}

const MEMBERS = /^\/v1\.0\/teams\/([^/]+)\/members$/;
const EVENTS = /^\/v1\.0\/groups\/([^/]+)\/events$/;
const EVENT = /^\/v1\.0\/groups\/([^/]+)\/events\/([^/]+)$/;
const PERMISSIONS = { members: 'TeamMember.Read.All', events: 'Group.ReadWrite.All' };

/**
 * A loopback stand-in for the part of Microsoft Graph v1.0 the app uses, in Graph's wire format: a
 * team's members (`GET /teams/{id}/members`, two to a page so `@odata.nextLink` is followed) and a
 * group's calendar events (`POST`, `PATCH`, `DELETE /groups/{id}/events[/{id}]`, with `transactionId`
 * de-duplicating creates and a Teams `joinUrl` for online meetings). Every request must carry a token
 * the Entra ID stand-in signed for Graph's audience (this server's origin) with the needed scope.
 */
export class GraphStandIn {
  private server = loopbackServer(true, (req, res) => void this.answer(req, res));
  /** Members per team (group id). */
  members = new Map<string, StandInMember[]>();
  /** Events per group id, by event id. */
  events = new Map<string, Map<string, StandInEvent>>();
  requests: GraphRequest[] = [];
  private failures: GraphFailure[] = [];
  private served = 0;

  constructor(private readonly entra: EntraStandIn) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get origin(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** `GRAPH_BASE_URL`. */
  get baseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  /** Answers the next requests with a failure (counting from now). */
  fail(failure: GraphFailure): void {
    this.failures.push({ ...failure, after: this.served + (failure.after ?? 0) });
  }

  /** The group's events, in creation order. */
  eventsOf(groupId: string): StandInEvent[] {
    return [...(this.events.get(groupId)?.values() ?? [])];
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const text = await bodyOf(req);
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const send = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': randomUUID(), ...headers });
      res.end(json === undefined ? undefined : JSON.stringify(json));
    };
    const error = (status: number, code: string, message: string, headers?: Record<string, string>) =>
      send(
        status,
        { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': randomUUID() } } },
        headers,
      );

    const scopes = await this.scopesOf(req.headers.authorization);
    this.requests.push({ method: req.method ?? '', path: `${url.pathname}${url.search}`, body, scopes: scopes ?? [] });
    if (!scopes) {
      error(401, 'InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.');
      return;
    }
    const index = this.served++;
    const failure = this.failures.find((f) => index >= f.after! && f.times > 0);
    if (failure) {
      failure.times--;
      if (failure.status === 403) {
        error(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        return;
      }
      if (failure.status === 429) {
        error(429, 'TooManyRequests', 'Too many requests.', { 'retry-after': String(failure.retryAfterS ?? 0) });
        return;
      }
      error(503, 'ServiceNotAvailable', 'Service unavailable.', { 'retry-after': String(failure.retryAfterS ?? 0) });
      return;
    }

    const members = MEMBERS.exec(url.pathname);
    if (members && req.method === 'GET') {
      if (!scopes.includes(PERMISSIONS.members)) {
        error(403, 'Forbidden', 'Missing role permissions on the request.');
        return;
      }
      const all = this.members.get(decodeURIComponent(members[1]!));
      if (!all) {
        error(404, 'NotFound', 'No team found with Group Id.');
        return;
      }
      const skip = Number(url.searchParams.get('$skiptoken') ?? 0);
      const page = all.slice(skip, skip + 2).map((m) => ({
        '@odata.type': '#microsoft.graph.aadUserConversationMember',
        id: Buffer.from(`${members[1]}##${m.userId}`).toString('base64'),
        roles: [],
        displayName: m.displayName,
        userId: m.userId,
        email: m.email,
        tenantId: randomUUID(),
        visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
      }));
      const next = skip + 2 < all.length ? `${this.baseUrl}/teams/${members[1]}/members?$skiptoken=${skip + 2}` : undefined;
      send(200, {
        '@odata.context': `${this.baseUrl}/$metadata#teams('${members[1]}')/members`,
        ...(next ? { '@odata.nextLink': next } : {}),
        value: page,
      });
      return;
    }

    const events = EVENTS.exec(url.pathname) ?? EVENT.exec(url.pathname);
    if (events) {
      if (!scopes.includes(PERMISSIONS.events)) {
        error(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
        return;
      }
      const groupId = decodeURIComponent(events[1]!);
      const calendar = this.events.get(groupId) ?? new Map<string, StandInEvent>();
      this.events.set(groupId, calendar);
      const eventId = events[2] && decodeURIComponent(events[2]);
      if (!eventId && req.method === 'POST') {
        const repeated = [...calendar.values()].find((e) => body?.transactionId && e.transactionId === body.transactionId);
        if (repeated) {
          send(201, repeated);
          return;
        }
        const made = this.eventFrom(randomUUID(), body ?? {});
        calendar.set(made.id, made);
        send(201, made);
        return;
      }
      const existing = eventId ? calendar.get(eventId) : undefined;
      if (!existing) {
        error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
        return;
      }
      if (req.method === 'PATCH') {
        const updated = this.eventFrom(
          existing.id,
          { ...existing, ...body, isOnlineMeeting: existing.isOnlineMeeting || body?.isOnlineMeeting === true },
          existing,
        );
        calendar.set(existing.id, updated);
        send(200, updated);
        return;
      }
      if (req.method === 'DELETE') {
        calendar.delete(existing.id);
        send(204);
        return;
      }
    }
    error(400, 'BadRequest', 'Resource not found for the segment.');
  }

  /** A Graph event: what was sent, an online meeting once asked for (kept for good, as Outlook does). */
  private eventFrom(id: string, body: Record<string, unknown>, before?: StandInEvent): StandInEvent {
    const online = body.isOnlineMeeting === true;
    return {
      id,
      subject: typeof body.subject === 'string' ? body.subject : '',
      body: body.body as StandInEvent['body'],
      start: body.start as StandInEvent['start'],
      end: body.end as StandInEvent['end'],
      ...(body.location ? { location: body.location as StandInEvent['location'] } : {}),
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: online
        ? (before?.onlineMeeting ?? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0` })
        : null,
      ...(typeof body.transactionId === 'string' && body.transactionId ? { transactionId: body.transactionId } : {}),
    };
  }

  /** The scopes of a bearer token the Entra stand-in signed for this Graph; `undefined` if it is not one. */
  private async scopesOf(authorization: string | undefined): Promise<string[] | undefined> {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token) return undefined;
    try {
      const { payload } = await (await jose()).jwtVerify(token, this.entra.publicKey, { algorithms: ['RS256'], audience: this.origin });
      if (typeof payload.iss !== 'string' || !payload.iss.startsWith('https://sts.windows.net/')) return undefined;
      return typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    } catch {
      return undefined;
    }
  }
}
