import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from './db';

/** Arbitrary but fixed: every instance of the app takes the same advisory lock while migrating. */
const MIGRATION_LOCK = 0x4b76_5261; // "KvRa"

/** Where the versioned SQL files live (copied next to the compiled code by the build). */
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/**
 * Applies every migration not yet applied, in file-name order, in one transaction under an advisory
 * lock: two instances starting at once apply each file exactly once. Returns the versions applied now.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((f) => /^\d+_[\w-]+\.sql$/.test(f)).sort();
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('create table if not exists schema_migration (version text primary key, applied_at timestamptz not null default now())');
    const done = new Set((await tx.query<{ version: string }>('select version from schema_migration')).map((r) => r.version));
    const applied: string[] = [];
    for (const file of files) {
      const version = file.replace(/\.sql$/, '');
      if (done.has(version)) continue;
      await tx.exec(await readFile(path.join(dir, file), 'utf8'));
      await tx.query('insert into schema_migration (version) values ($1)', [version]);
      applied.push(version);
    }
    return applied;
  });
}
