import path from 'node:path';
import type { Db } from '../bot/src/store/db';
import { migrate } from '../bot/src/store/migrator';
import { openPgDb } from '../bot/src/store/pg-db';
import { openPgliteDb } from '../bot/src/store/pglite-db';

/** The PostgreSQL the benchmarks use (each run in its own schema, dropped afterwards). */
export const BENCH_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
export const BENCH_TENANT = '6f1a2b3c-0000-4000-8000-00000000b001';

/** A fresh, migrated schema. */
export async function freshSchema(name: string): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const admin = await openPgDb({ connectionString: BENCH_POSTGRES_URL, max: 1 });
  await admin.exec(`drop schema if exists ${name} cascade; create schema ${name}`);
  const db = await openPgDb({ connectionString: BENCH_POSTGRES_URL, schema: name, max: 4 });
  await migrate(db);
  return {
    db,
    url: `${BENCH_POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${name}`)}`,
    drop: async () => {
      await db.close();
      await admin.exec(`drop schema if exists ${name} cascade`);
      await admin.close();
    },
  };
}

/** `councils` councils of one tenant, each with a channel whose conversation reference points at `serviceUrl`. */
export async function seedCouncils(db: Db, councils: number, serviceUrl: string): Promise<void> {
  await db.query(
    `insert into council (id, tenant_id, team_id, channel_id, unit_name, area, time_zone, status, version, created_at, updated_at)
     select gen_random_uuid(), $1, '19:team-' || i || '@thread.tacv2', '19:channel-' || i || '@thread.tacv2', 'Enhet ' || i,
            'hemvard', 'Europe/Stockholm', 'active', 1, now(), now()
       from generate_series(1, $2::int) as i`,
    [BENCH_TENANT, councils],
  );
  await db.query(
    `insert into conversation_reference (tenant_id, conversation_id, kind, team_id, reference, updated_at)
     select tenant_id, channel_id, 'channel', team_id,
            jsonb_build_object('serviceUrl', $2::text, 'channelId', 'msteams', 'bot', jsonb_build_object('id', '28:bench-bot'),
              'conversation', jsonb_build_object('id', channel_id, 'conversationType', 'channel', 'isGroup', true, 'tenantId', tenant_id)),
            now()
       from council where tenant_id = $1`,
    [BENCH_TENANT, serviceUrl],
  );
}

/** `people` people on every council (the first its manager), each with a Teams id of their own. */
export async function seedCouncilPeople(db: Db, people: number): Promise<void> {
  await db.query(
    `insert into council_person (tenant_id, council_id, aad_object_id, teams_user_id, name, role, position)
     select c.tenant_id, c.id, gen_random_uuid()::text, '29:' || c.id || '-' || k, 'Person ' || k,
            case when k = 1 then 'manager' else 'member' end, k
       from council c cross join generate_series(1, $1::int) as k`,
    [people],
  );
}

/** Where a benchmark seeds: PGlite in `<dataDir>/pglite` (as `openDb` opens it), or a fresh PostgreSQL schema. */
export type SeedStore = { dataDir: string } | { schema: string };

/**
 * Opens the store a benchmark server will then open, migrated. `done` closes PGlite (the server needs
 * its files) and keeps a PostgreSQL schema until `drop`; `databaseUrl` is what the server gets.
 */
export async function openSeedStore(
  store: SeedStore,
): Promise<{ db: Db; done: () => Promise<void>; databaseUrl?: string; drop?: () => Promise<void> }> {
  if ('dataDir' in store) {
    const db = await openPgliteDb(path.join(store.dataDir, 'pglite'));
    await migrate(db);
    return { db, done: () => db.close() };
  }
  const fresh = await freshSchema(store.schema);
  return { db: fresh.db, done: async () => {}, databaseUrl: fresh.url, drop: fresh.drop };
}
