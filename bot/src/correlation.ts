import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const current = new AsyncLocalStorage<string>();

/** The correlation id of the request, activity or post being handled, if any: every log line carries it. */
export function correlationId(): string | undefined {
  return current.getStore();
}

/** Runs `fn` (and everything it starts) under `id`. */
export function withCorrelation<T>(id: string, fn: () => T): T {
  return current.run(id, fn);
}

/** Makes `id` the correlation id of the rest of this request's handling. */
export function enterCorrelation(id: string): void {
  current.enterWith(id);
}

/** An id from the caller (`x-correlation-id`, or Azure's `x-ms-request-id`) when it is sane, else a new one. */
export function correlationOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID();
}
