import type { Council } from '../domain/council';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import { checkMinutesContent, type Minutes, type MinutesContent } from '../domain/minutes';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { findMinutes, saveMinutesVersion } from '../store/minutes-repository';
import type { Clock } from './ports';

/** The longest reason a correction takes. */
export const CORRECTION_REASON_MAX = 500;

/** What `correctMinutes` needs: the corrected content, why, and the version the manager corrected. */
export interface CorrectMinutesProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  minutesId: string;
  content: MinutesContent;
  reason: string;
  expectedVersion: number;
}

/**
 * Rättelse: approved minutes are a record, so a manager corrects them with a new version that says who
 * and why; earlier versions stay as they were. A reason is required, the content passes the same
 * checks as a save, and a stale version is refused. Run in a transaction.
 */
export async function correctMinutes(props: CorrectMinutesProps): Promise<Minutes> {
  const { db, clock, actor, council } = props;
  authorize(actor, 'approveMinutes', council);
  const reason = props.reason.trim();
  if (!reason) throw new ValidationError('minutes.correction.reasonRequired', { field: 'reason' }, 'reason');
  if (reason.length > CORRECTION_REASON_MAX) throw new ValidationError('minutes.correction.reasonTooLong', { field: 'reason' }, 'reason');
  guardPersonalNumbers({ reason });
  checkMinutesContent(
    props.content,
    [...council.managers, ...council.members].map((p) => p.aadObjectId),
  );
  const current = await findMinutes(db, council.tenantId, props.minutesId, { forUpdate: true });
  if (!current || current.councilId !== council.id) throw new NotFoundError('minutes.notFound');
  if (current.status !== 'approved') throw new ConflictError('minutes.correction.notApproved');
  if (current.version !== props.expectedVersion) throw new ConflictError('minutes.stale', { version: current.version });
  const now = clock.now();
  const version = current.version + 1;
  await saveMinutesVersion(db, council.tenantId, current.id, {
    version,
    kind: 'corrected',
    content: props.content,
    byName: actor.name,
    reason,
    savedAt: now,
  });
  return { ...current, content: props.content, version, updatedAt: now };
}
