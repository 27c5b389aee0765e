import type { Db } from '../store/db';
import { claimActivity, findActivityResponse, saveActivityResponse } from '../store/processed-activity-repository';
import type { Clock } from './ports';

/** The outcome of `handleOnce`: the result, and whether it is a replay of an earlier delivery. */
export type OnceResult<T> = { result: T; repeated: boolean };

/**
 * Runs `fn` once per (tenant, activity id), in one transaction with the claim, and stores its result.
 * A repeated delivery of the same activity gets the stored result and changes nothing. If `fn` throws,
 * nothing is kept (the claim included), so a retry is handled afresh.
 */
export async function handleOnce<T>(
  props: { db: Db; clock: Clock; tenantId: string; activityId: string },
  fn: (tx: Db) => Promise<T>,
): Promise<OnceResult<T>> {
  const { db, clock, tenantId, activityId } = props;
  return db.transaction(async (tx) => {
    if (!(await claimActivity(tx, tenantId, activityId, clock.now()))) {
      return { result: (await findActivityResponse(tx, tenantId, activityId)) as T, repeated: true };
    }
    const result = await fn(tx);
    await saveActivityResponse(tx, tenantId, activityId, result);
    return { result, repeated: false };
  });
}
