/** A `date` column as the drivers hand it back (pg: a Date at UTC midnight or text; PGlite: text) → `YYYY-MM-DD`. */
export const dateText = (value: string | Date | null): string | undefined =>
  value === null ? undefined : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
