import type { z } from 'zod';

/**
 * A response body checked against its contract schema: it must parse, and hold nothing the schema
 * does not name (zod strips unknown keys, so an extra field makes the two differ). Returns it typed.
 */
export function contract<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.parse(body);
  expect(body).toEqual(parsed);
  return parsed;
}
