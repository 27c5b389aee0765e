/** At most `limit` requests in any `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

/**
 * Teams' documented limits for a bot posting into one conversation thread
 * (learn.microsoft.com: "Optimize your bot with rate limiting and best practices in Teams").
 */
export const TEAMS_THREAD_LIMITS: readonly RateWindow[] = [
  { limit: 7, windowMs: 1_000 },
  { limit: 8, windowMs: 2_000 },
  { limit: 60, windowMs: 30_000 },
  { limit: 1_800, windowMs: 3_600_000 },
];

/** Teams' limit for all of a bot's requests in one tenant: 50 per second. */
export const TEAMS_TENANT_LIMITS: readonly RateWindow[] = [{ limit: 50, windowMs: 1_000 }];

/**
 * Each window is widened by this much so that requests counted at our send time and at the
 * connector's arrival time (a few ms later) fall in the same window.
 */
const SAFETY_MS = 100;

/**
 * A sliding-log rate limiter over several windows per key. `acquire` waits until a request to every
 * key is allowed by all of that key's windows, then records it. In-process: each instance keeps its
 * own log, and 429 + Retry-After from the connector covers what several instances add up to.
 */
export class RateLimiter {
  private readonly logs = new Map<string, number[]>();

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Waits for a slot under every `(key, windows)` pair and takes it. */
  async acquire(keys: readonly { key: string; windows: readonly RateWindow[] }[]): Promise<void> {
    for (;;) {
      const wait = Math.max(0, ...keys.map(({ key, windows }) => this.waitFor(key, windows)));
      if (wait === 0) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    const at = this.now();
    for (const { key, windows } of keys) {
      const log = this.logs.get(key) ?? [];
      log.push(at);
      this.logs.set(key, log);
      this.prune(key, windows, at);
    }
  }

  /** Milliseconds until `key` may send again (0 = now). */
  private waitFor(key: string, windows: readonly RateWindow[]): number {
    const log = this.logs.get(key);
    if (!log) return 0;
    const now = this.now();
    let wait = 0;
    for (const { limit, windowMs } of windows) {
      const span = windowMs + SAFETY_MS;
      // The log is in time order: the request that must leave the window is `limit` from the end.
      const blocking = log.length >= limit ? log[log.length - limit] : undefined;
      if (blocking !== undefined && now - blocking < span) wait = Math.max(wait, Math.ceil(span - (now - blocking)));
    }
    return wait;
  }

  private prune(key: string, windows: readonly RateWindow[], now: number): void {
    const log = this.logs.get(key);
    if (!log) return;
    const longest = Math.max(...windows.map((w) => w.windowMs + SAFETY_MS));
    const keepFrom = log.findIndex((t) => now - t < longest);
    if (keepFrom > 0) log.splice(0, keepFrom);
    if (keepFrom === -1) this.logs.delete(key);
  }
}
