import type { Request } from 'restify';
import type { z } from 'zod';
import { IdSchema, YearQuerySchema } from '../contract/common';
import { DEFAULT_TIME_ZONE } from '../domain/council';
import { NotFoundError, ValidationError } from '../domain/errors';
import { localPartsOf } from '../domain/local-time';
import type { MessageKey } from '../i18n';

/**
 * Parses a body or query with `schema`; the first issue becomes a `ValidationError` on its field with
 * a message that says what is wrong (required, too long, not a date) in the user's language.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ValidationError('validation.invalid');
  const field = issue.path.length > 0 ? String(issue.path.at(-1)) : undefined;
  const params: Record<string, string | number> = field ? { field } : {};
  if (issue.code === 'too_big' && typeof issue.maximum === 'number')
    throw new ValidationError('followUp.tooLong', { ...params, max: issue.maximum }, field);
  if (issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.input === undefined))
    throw new ValidationError('followUp.required', params, field);
  if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message)) throw new ValidationError(issue.message, params, field);
  throw new ValidationError('validation.invalid', params, field);
}

/** A request's query string as plain fields, for `parseInput`. */
export const queryOf = (req: Request): Record<string, string> => Object.fromEntries(new URL(req.url ?? '/', 'http://tab').searchParams);

/**
 * The id in path parameter `name`. An id that is not one of ours names nothing: 404 with `notFound`
 * (the message that names what was looked for), exactly as an id of another tenant.
 */
export function idParam(req: Request, name: string, notFound: MessageKey): string {
  const id = IdSchema.safeParse(paramOf(req, name));
  if (!id.success) throw new NotFoundError(notFound);
  return id.data;
}

/** Path parameter `name` as restify parsed it (its types say `any`), for a schema to check. */
export function paramOf(req: Request, name: string): unknown {
  const params: unknown = req.params;
  return typeof params === 'object' && params !== null ? (params as Record<string, unknown>)[name] : undefined;
}

/** The year a route means when none is asked for: this year in Sweden. */
export const thisYear = (now: Date): number => Number(localPartsOf(now, DEFAULT_TIME_ZONE).date.slice(0, 4));

/** `?year=YYYY` of the request, or this year in Sweden. */
export const yearOf = (req: Request, now: Date): number => parseInput(YearQuerySchema, queryOf(req)).year ?? thisYear(now);
