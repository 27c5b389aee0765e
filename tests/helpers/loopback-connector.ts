import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A member of the loopback team, in the Bot Connector's `TeamsChannelAccount` shape. */
export interface ConnectorMember {
  id: string;
  name: string;
  aadObjectId: string;
}

/** One call the bot made to the connector. */
export interface ConnectorCall {
  method: string;
  conversationId: string;
  activityId?: string;
  body?: Record<string, unknown>;
}

/**
 * A Bot Connector on loopback that speaks the real REST wire format (v3): the bot's replies, proactive
 * posts and card updates land here, and team rosters and channel lists are answered from `team`. Used
 * where the real service (or the Agents Playground's mock connector) is not reachable.
 */
export class LoopbackConnector {
  readonly calls: ConnectorCall[] = [];
  private server?: http.Server;
  /** Set to make every request fail with this status (e.g. 503). */
  failWith?: number;
  /** Answers for the next posts and updates, in order, before normal service resumes (e.g. 429 + Retry-After). */
  readonly failures: { status: number; retryAfterSeconds?: number }[] = [];
  /** While set, posts are received but answered only once it resolves (a slow Teams); `held` counts them. */
  hold?: Promise<void>;
  held = 0;
  /** Teams user ids the bot cannot open a personal chat with (blocked the app): 403 on create. */
  readonly unreachable = new Set<string>();

  constructor(readonly team: { members: ConnectorMember[]; channels: { id: string; name?: string }[] }) {}

  /** The `serviceUrl` to put on activities. */
  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  /** Posts and replies (not updates) the bot sent. */
  get posts(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'POST');
  }

  /** Messages the bot sent to a person's personal chat. */
  personalPosts(teamsUserId: string): ConnectorCall[] {
    return this.posts.filter((c) => c.conversationId === `a:personal-${teamsUserId}`);
  }

  /** Card updates the bot made. */
  get updates(): ConnectorCall[] {
    return this.calls.filter((c) => c.method === 'PUT');
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://connector');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (this.failWith) {
      send(this.failWith, { error: { code: 'ServiceError', message: 'unavailable' } });
      return;
    }

    // /v3/teams/{teamId}/conversations: the team's channels.
    if (parts[0] === 'v3' && parts[1] === 'teams' && parts[3] === 'conversations') {
      send(200, { conversations: this.team.channels });
      return;
    }
    // POST /v3/conversations: open (or find) a personal chat with a member.
    if (req.method === 'POST' && parts[0] === 'v3' && parts[1] === 'conversations' && !parts[2]) {
      const body = JSON.parse(raw || '{}') as { members?: { id: string }[] };
      const memberId = body.members?.[0]?.id ?? '';
      if (this.unreachable.has(memberId)) {
        this.calls.push({ method: 'CREATE 403', conversationId: '', body });
        send(403, { error: { code: 'Forbidden', message: 'the user has blocked the app' } });
        return;
      }
      const id = `a:personal-${memberId}`;
      this.calls.push({ method: 'CREATE', conversationId: id, body });
      send(201, { id });
      return;
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || !parts[2]) {
      send(404, { error: { code: 'NotFound' } });
      return;
    }
    const conversationId = parts[2];
    if (req.method === 'GET' && parts[3] === 'pagedmembers') {
      send(200, { members: this.team.members });
      return;
    }
    if (req.method === 'GET' && parts[3] === 'members') {
      const member = this.team.members.find((m) => m.id === parts[4]);
      if (member) send(200, member);
      else send(404, { error: { code: 'MemberNotFound' } });
      return;
    }
    if (parts[3] === 'activities') {
      const failure = this.failures.shift();
      if (failure) {
        this.calls.push({ method: `${req.method ?? 'POST'} ${failure.status}`, conversationId, activityId: parts[4] });
        if (failure.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(failure.retryAfterSeconds));
        send(failure.status, { error: { code: failure.status === 429 ? 'Throttled' : 'ServiceError', message: 'try later' } });
        return;
      }
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
      if (this.hold && req.method === 'POST') {
        this.held += 1;
        await this.hold;
      }
      this.calls.push({ method: req.method ?? 'POST', conversationId, activityId: parts[4], body });
      send(req.method === 'PUT' ? 200 : 201, { id: req.method === 'PUT' ? parts[4] : randomUUID() });
      return;
    }
    send(404, { error: { code: 'NotFound' } });
  }
}

/** The `text` of the activity a call carried, or '' when it has none. */
export function textOfCall(call: ConnectorCall | undefined): string {
  const text = call?.body?.text;
  return typeof text === 'string' ? text : '';
}
