import type { z } from 'zod';
import { ValidationError } from './errors';

/**
 * Parses `input` with `schema`; the first issue becomes a `ValidationError` whose message key is the
 * issue's message when it names one of ours (`council.unitName.tooLong`), else `validation.invalid`.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) return throwValidation('validation.invalid', undefined);
  const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
  const key = /^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : 'validation.invalid';
  return throwValidation(key, field);
}

function throwValidation(key: string, field: string | undefined): never {
  throw new ValidationError(key, field ? { field } : {}, field);
}
