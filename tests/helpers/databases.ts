import { randomUUID } from 'node:crypto';
import type { Db } from '../../bot/src/store/db';
import { migrate } from '../../bot/src/store/migrator';
import { openPgDb } from '../../bot/src/store/pg-db';
import { openPgliteDb } from '../../bot/src/store/pglite-db';

/** The real PostgreSQL of the test machine (trust auth); `TEST_DATABASE_URL` overrides it. */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The engines every store test runs on. */
export const drivers = ['pglite', 'postgres'] as const;
export type Driver = (typeof drivers)[number];

/** A fresh, migrated database: PGlite in memory, or an own schema on PostgreSQL (dropped by `drop`). */
export interface TestDatabase {
  db: Db;
  schema?: string;
  drop(): Promise<void>;
}

/** Opens an isolated database on `driver`. An unreachable PostgreSQL fails the test: it is never skipped. */
export async function openTestDatabase(driver: Driver, options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  if (driver === 'pglite') {
    const db = await openPgliteDb();
    if (migrated) await migrate(db);
    return { db, drop: () => db.close() };
  }
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = await openPgDb({ connectionString: POSTGRES_URL, max: 1 });
  await admin.query(`create schema ${schema}`);
  const db = await openPgDb({ connectionString: POSTGRES_URL, schema, max: 4 });
  if (migrated) await migrate(db);
  return {
    db,
    schema,
    async drop() {
      await db.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.close();
    },
  };
}
