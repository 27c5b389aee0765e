import { randomBytes } from 'node:crypto';
import type { Db } from './db';

/**
 * The named secret every instance shares, made on first use (32 random bytes, base64url). Two
 * instances racing both end up with the one that was inserted first.
 */
export async function sharedSecret(db: Db, name: string, at: Date): Promise<string> {
  await db.query('insert into app_secret (name, value, created_at) values ($1, $2, $3) on conflict (name) do nothing', [
    name,
    randomBytes(32).toString('base64url'),
    at,
  ]);
  const rows = await db.query<{ value: string }>('select value from app_secret where name = $1', [name]);
  const [row] = rows;
  if (!row) throw new Error(`app_secret ${name} is missing after its insert`);
  return row.value;
}
