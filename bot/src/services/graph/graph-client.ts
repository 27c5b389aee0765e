import { GraphNotFoundError, GraphRefusedError, GraphUnavailableError } from './graph-errors';

/** How patient the client is: each call is bounded, and throttling waits only briefly inline. */
export interface GraphClientOptions {
  /** `https://graph.microsoft.com/v1.0`. */
  baseUrl: string;
  /** A delegated Graph access token (on behalf of the signed-in user). */
  token: string;
  /** Per request; 10 s unless given. */
  timeoutMs?: number;
  /** Attempts per request when Graph answers 429, 503 or 504 (or does not answer); 3 unless given. */
  attempts?: number;
  /** The longest inline wait for `Retry-After`; a longer one ends the attempts. 3 s unless given. */
  maxWaitMs?: number;
}

/** A page of a Graph collection. */
interface Page<T> {
  value?: T[];
  '@odata.nextLink'?: string;
}

/** Graph's error body: `{ error: { code, message, innerError: { 'request-id' } } }`. */
interface GraphErrorBody {
  error?: { code?: string; innerError?: { 'request-id'?: string } };
}

const RETRIED = new Set([429, 503, 504]);
/** A collection is read to at most this many pages (999 members each): a team has at most 25,000 members. */
const MAX_PAGES = 30;

/**
 * A small Microsoft Graph client over `fetch`: JSON in and out, a timeout per call, retries on 429,
 * 503 and 504 that honour `Retry-After` (briefly: the user is waiting), and errors that say what the
 * caller can do: `GraphRefusedError` (403), `GraphNotFoundError` (404), `GraphUnavailableError` (the
 * rest). Reasons carry Graph's error code and request id, never bodies (they may hold names).
 */
export class GraphClient {
  private readonly origin: string;

  constructor(private readonly options: GraphClientOptions) {
    this.origin = new URL(options.baseUrl).origin;
  }

  /** One call; `path` is relative to the base URL (`/groups/…`). Answers the JSON body, if any. */
  async request<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T | undefined> {
    return this.send<T>(method, `${this.options.baseUrl}${path}`, body);
  }

  /** Every item of a collection, following `@odata.nextLink` (on Graph's own origin only). */
  async list<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = `${this.options.baseUrl}${path}`;
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const answer: Page<T> | undefined = await this.send<Page<T>>('GET', url);
      items.push(...(answer?.value ?? []));
      const next: string | undefined = answer?.['@odata.nextLink'];
      url = next && URL.canParse(next) && new URL(next).origin === this.origin ? next : undefined;
    }
    return items;
  }

  private async send<T>(method: string, url: string, body?: unknown): Promise<T | undefined> {
    const attempts = this.options.attempts ?? 3;
    const route = new URL(url).pathname.replace(/\/[^/]{20,}/g, '/…'); // ids out of the log line
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
      } catch (error) {
        last = `${method} ${route}: ${(error as Error).name}`;
        continue;
      }
      if (response.ok) {
        const text = await response.text();
        return text ? (JSON.parse(text) as T) : undefined;
      }
      const reason = `${method} ${route} answered ${response.status}${await describe(response)}`;
      if (response.status === 403) throw new GraphRefusedError(reason);
      if (response.status === 404) throw new GraphNotFoundError(reason);
      if (!RETRIED.has(response.status)) throw new GraphUnavailableError(reason);
      last = reason;
      const waitMs = retryAfterMs(response.headers.get('retry-after'));
      if (attempt === attempts || waitMs > (this.options.maxWaitMs ?? 3_000)) break;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
    throw new GraphUnavailableError(last);
  }
}

/** Graph's error code and request id, for the log. */
async function describe(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as GraphErrorBody;
    const code = body.error?.code;
    const requestId = body.error?.innerError?.['request-id'] ?? response.headers.get('request-id');
    return `${code ? ` ${code}` : ''}${requestId ? ` (request-id ${requestId})` : ''}`;
  } catch {
    return ''; // not JSON: the status says enough
  }
}

/** `Retry-After` in seconds or as an HTTP date; 1 s when absent. */
function retryAfterMs(header: string | null): number {
  if (!header) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1_000 : Math.max(0, at - Date.now());
}
