import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import type { Db } from './db';
import { migrate } from './migrator';
import { openPgDb } from './pg-db';
import { openPgliteDb } from './pglite-db';

/** Opens the configured store (PostgreSQL when `DATABASE_URL` is set, else PGlite) and migrates it. */
export async function openDb(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Db> {
  let db: Db;
  if (config.databaseUrl) {
    db = await openPgDb({ connectionString: config.databaseUrl });
  } else {
    await mkdir(config.dataDir, { recursive: true });
    db = await openPgliteDb(path.join(config.dataDir, 'pglite'));
  }
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
