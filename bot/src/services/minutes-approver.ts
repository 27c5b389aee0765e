import type { Council } from '../domain/council';
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '../domain/errors';
import { localPartsOf } from '../domain/local-time';
import { decidedWorks } from '../domain/minutes-works';
import type { Minutes } from '../domain/minutes';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { findMinutes, saveMinutesVersion } from '../store/minutes-repository';
import { insertSubAssignment } from '../store/sub-assignment-repository';
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
 * the database refuses later changes other than a correction. The works decided in the minutes become
 * deluppdrag (returned: how many). Run in a transaction.
 */
export async function approveMinutes(props: ApproveMinutesProps): Promise<{ minutes: Minutes; works: number }> {
  const { db, clock, actor, council } = props;
  authorize(actor, 'approveMinutes', council);
  const current = await findMinutes(db, council.tenantId, props.minutesId, { forUpdate: true });
  if (!current || current.councilId !== council.id) throw new NotFoundError('minutes.notFound');
  if (current.status === 'approved') throw new ConflictError('minutes.approvedAlready');
  if (current.version !== props.expectedVersion) throw new ConflictError('minutes.stale', { version: current.version });
  const now = clock.now();
  const version = current.version + 1;
  await saveMinutesVersion(db, council.tenantId, current.id, {
    version,
    kind: 'approved',
    content: current.content,
    byName: actor.name,
    savedAt: now,
    approvedByName: actor.name,
  });
  const works = await createDecidedWorks(db, council, current, now);
  return { minutes: { ...current, version, status: 'approved', approvedByName: actor.name, approvedAt: now, updatedAt: now }, works };
}

/**
 * The improvement works the approved minutes decided ("vad – vem – när", one per line) become
 * deluppdrag under "Kvalitetsråd" of the meeting's year, linked to the minutes; each line once.
 */
async function createDecidedWorks(db: Db, council: Council, minutes: Minutes, now: Date): Promise<number> {
  const held = localPartsOf(minutes.heldAt, council.timeZone).date;
  const works = decidedWorks(minutes.content.fields.newWorks, [...council.managers, ...council.members]);
  for (const work of works) {
    await insertSubAssignment(db, {
      id: randomUUID(),
      tenantId: council.tenantId,
      councilId: council.id,
      year: Number(held.slice(0, 4)),
      kind: 'improvement',
      name: work.name,
      purpose: '',
      responsible: work.responsible,
      startsOn: held,
      endsOn: work.due,
      origin: { kind: 'minutes', id: minutes.id, line: work.line },
      status: 'ongoing',
      createdAt: now,
    });
  }
  return works.length;
}
