import type { Council } from '../domain/council';
import { ConflictError, NotFoundError } from '../domain/errors';
import { checkMinutesContent, type Minutes, type MinutesContent, type MinutesField } from '../domain/minutes';
import { mergeMinutes } from '../domain/minutes-merge';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { findMinutes, findMinutesVersion, saveMinutesVersion } from '../store/minutes-repository';
import type { Clock } from './ports';

/** What `saveMinutes` needs: the content as the saver sent it, and the version their card showed. */
export interface SaveMinutesProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  minutesId: string;
  content: MinutesContent;
  expectedVersion: number;
}

/** How a save went: stored as sent, or merged with a save made meanwhile (whose author is named). */
export interface SavedMinutes {
  minutes: Minutes;
  mergedWith?: string;
}

/**
 * Saves the minutes during the meeting (council members and managers). The content is checked first
 * (lengths, personal identity numbers, attendance), so a refusal stores nothing. A save on an older
 * version is merged with what was saved meanwhile when the two touched different sections; when both
 * changed the same section, `MinutesConflictError` carries the sections and nothing is stored.
 * Approved minutes are locked. Run in a transaction: the minutes are locked while saving.
 */
export async function saveMinutes(props: SaveMinutesProps): Promise<SavedMinutes> {
  const { db, clock, actor, council } = props;
  authorize(actor, 'writeMinutes', council);
  checkMinutesContent(
    props.content,
    [...council.managers, ...council.members].map((p) => p.aadObjectId),
  );
  const current = await findMinutes(db, council.tenantId, props.minutesId, { forUpdate: true });
  if (!current || current.councilId !== council.id) throw new NotFoundError('minutes.notFound');
  if (current.status === 'approved') throw new ConflictError('minutes.approvedAlready');

  let content = props.content;
  let mergedWith: string | undefined;
  if (props.expectedVersion !== current.version) {
    const base = await findMinutesVersion(db, council.tenantId, current.id, props.expectedVersion);
    const latest = await findMinutesVersion(db, council.tenantId, current.id, current.version);
    if (!base || props.expectedVersion > current.version) throw new ConflictError('minutes.stale', { version: current.version });
    const { merged, conflicts } = mergeMinutes(base.content, props.content, current.content);
    if (conflicts.length > 0) throw new MinutesConflictError(conflicts, latest?.byName ?? '', current);
    content = merged;
    mergedWith = latest?.byName;
  }
  const version = current.version + 1;
  const now = clock.now();
  await saveMinutesVersion(db, council.tenantId, current.id, { version, kind: 'saved', content, byName: actor.name, savedAt: now });
  return { minutes: { ...current, content, version, updatedAt: now }, mergedWith };
}

/** Two savers changed the same sections: the sections, who saved first, and the minutes as stored. */
export class MinutesConflictError extends ConflictError {
  constructor(
    readonly fields: readonly MinutesField[],
    readonly byName: string,
    readonly current: Minutes,
  ) {
    super('minutes.conflict', { name: byName });
  }
}
