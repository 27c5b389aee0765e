import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Teams' limits as the bench's connector enforces them: per thread, and per tenant. */
const THREAD_WINDOWS = [
  { limit: 7, ms: 1_000 },
  { limit: 8, ms: 2_000 },
  { limit: 60, ms: 30_000 },
  { limit: 1_800, ms: 3_600_000 },
];
const TENANT_WINDOW = { limit: 50, ms: 1_000 };

/** What one delivery run measured. */
export interface DeliveryResult {
  postsPerSecond: number;
  lost: number;
  duplicated: number;
  throttled: number;
  seconds: number;
}

/**
 * A Bot Connector on loopback (v3 REST) that enforces Teams' rate limits like the service: a request
 * over any window gets 429 with `Retry-After: 1`. It counts what it accepted, per post, to find
 * posts lost or made twice.
 */
export class ThrottlingConnector {
  private server?: http.Server;
  private readonly log = new Map<string, number[]>();
  /** Accepted posts: "conversation|text" → how many times. */
  readonly accepted = new Map<string, number>();
  readonly acceptedAt: number[] = [];
  throttled = 0;

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** What was delivered of `expected` posts (one per conversation and text): rate over the run, lost, twice. */
  resultOf(expected: number): DeliveryResult {
    const times = this.acceptedAt;
    const seconds = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
    const counts = [...this.accepted.values()];
    return {
      postsPerSecond: (times.length - 1) / Math.max(seconds, 0.001),
      lost: expected - counts.length,
      duplicated: counts.reduce((sum, n) => sum + n - 1, 0),
      throttled: this.throttled,
      seconds,
    };
  }

  private allowed(key: string, windows: { limit: number; ms: number }[], now: number): boolean {
    const times = this.log.get(key) ?? [];
    return windows.every(({ limit, ms }) => times.filter((t) => now - t < ms).length < limit);
  }

  private record(key: string, now: number): void {
    const times = (this.log.get(key) ?? []).filter((t) => now - t < 3_600_000);
    times.push(now);
    this.log.set(key, times);
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, raw: string): void {
    const parts = new URL(req.url ?? '/', 'http://c').pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // POST /v3/conversations: open (or find) a personal chat with one member, as Teams answers it.
    if (req.method === 'POST' && parts[0] === 'v3' && parts[1] === 'conversations' && parts.length === 2) {
      const member = (JSON.parse(raw) as { members?: { id?: string }[] }).members?.[0]?.id ?? 'unknown';
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `a:personal-${member}` }));
      return;
    }
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || parts[3] !== 'activities') {
      res.writeHead(404).end();
      return;
    }
    const thread = parts[2]!;
    const now = performance.now();
    if (!this.allowed(`thread:${thread}`, THREAD_WINDOWS, now) || !this.allowed('tenant', [TENANT_WINDOW], now)) {
      this.throttled++;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      res.end('{"error":{"code":"Throttled","message":"Too many requests"}}');
      return;
    }
    this.record(`thread:${thread}`, now);
    this.record('tenant', now);
    const body = JSON.parse(raw) as { text?: string };
    const key = `${thread}|${body.text ?? ''}`;
    this.accepted.set(key, (this.accepted.get(key) ?? 0) + 1);
    this.acceptedAt.push(now);
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `a${this.acceptedAt.length}` }));
  }
}
