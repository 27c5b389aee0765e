import type { Db } from './db';

/**
 * Claims an activity id for handling. Returns `true` the first time; a repeated delivery (Teams and
 * the Bot Connector retry) gets `false`. Inside a transaction, a concurrent duplicate waits for the
 * first to commit or roll back.
 */
export async function claimActivity(db: Db, tenantId: string, activityId: string, at: Date): Promise<boolean> {
  const rows = await db.query(
    `insert into processed_activity (tenant_id, activity_id, processed_at) values ($1, $2, $3)
     on conflict (tenant_id, activity_id) do nothing returning activity_id`,
    [tenantId, activityId, at],
  );
  return rows.length === 1;
}

/** Stores the answer given to a claimed activity, so a repeated delivery can get it again. */
export async function saveActivityResponse(db: Db, tenantId: string, activityId: string, response: unknown): Promise<void> {
  await db.query('update processed_activity set response = $3 where tenant_id = $1 and activity_id = $2', [
    tenantId,
    activityId,
    JSON.stringify(response ?? null),
  ]);
}

/** The answer stored for an activity handled before, if any. */
export async function findActivityResponse(db: Db, tenantId: string, activityId: string): Promise<unknown> {
  const rows = await db.query<{ response: unknown }>('select response from processed_activity where tenant_id = $1 and activity_id = $2', [
    tenantId,
    activityId,
  ]);
  return rows[0]?.response ?? undefined;
}
