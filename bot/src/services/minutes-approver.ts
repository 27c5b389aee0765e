import type { Council } from '../domain/council';
import { ConflictError, NotFoundError } from '../domain/errors';
import type { Minutes } from '../domain/minutes';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { findMinutes, saveMinutesVersion } from '../store/minutes-repository';
import type { Clock } from './ports';

/** What `approveMinutes` needs: the version the manager read. */
export interface ApproveMinutesProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  minutesId: string;
  expectedVersion: number;
}

/**
 * A manager approves the minutes as they read them: a stale version is refused (someone saved
 * since), approved ones are not approved twice. The approval is a new version that locks the minutes;
 * the database refuses later changes other than a correction. Run in a transaction.
 */
export async function approveMinutes(props: ApproveMinutesProps): Promise<Minutes> {
  const { db, clock, actor, council } = props;
  authorize(actor, 'approveMinutes', council);
  const current = await findMinutes(db, council.tenantId, props.minutesId, { forUpdate: true });
  if (!current || current.councilId !== council.id) throw new NotFoundError('minutes.notFound');
  if (current.status === 'approved') throw new ConflictError('minutes.approvedAlready');
  if (current.version !== props.expectedVersion) throw new ConflictError('minutes.stale', { version: current.version });
  const now = clock.now();
  const version = current.version + 1;
  await saveMinutesVersion(db, council.tenantId, current.id, {
    version, kind: 'approved', content: current.content, byName: actor.name, savedAt: now, approvedByName: actor.name,
  });
  return { ...current, version, status: 'approved', approvedByName: actor.name, approvedAt: now, updatedAt: now };
}
