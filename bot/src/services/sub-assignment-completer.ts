import type { CompleteInput } from '../contract/follow-up';
import { ConflictError } from '../domain/errors';
import { checkCompletable, monthOf } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { listActivities, upsertAssessment } from '../store/follow-up-repository';
import { updateSubAssignment, type SubAssignment } from '../store/sub-assignment-repository';
import { assessorOf, lockSubAssignment } from './follow-up-access';
import type { Clock } from './ports';

/** What `completeSubAssignment` needs. */
export interface CompleteSubAssignmentProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The sub-assignment (deluppdrag). */
  id: string;
  /** The final report's summary, made against `input.version`. */
  input: CompleteInput;
}

/**
 * The final report (docs/domain.md#final-report): refused while an activity is open; then the summary is
 * stored, the sub-assignment "klarmarkerad", and the month's assessment set to done with the summary.
 * Returns the completed sub-assignment.
 */
export async function completeSubAssignment(props: CompleteSubAssignmentProps): Promise<SubAssignment> {
  const { actor, input } = props;
  return props.db.transaction(async (tx) => {
    const { work, council } = await lockSubAssignment(tx, actor, props.id);
    authorize(actor, 'manageFollowUp', council);
    guardPersonalNumbers({ finalReport: input.finalReport });
    if (work.version !== input.version) throw new ConflictError('followUp.stale');
    const activities = await listActivities(tx, actor.tenantId, work.id);
    checkCompletable({ status: work.status, openActivities: activities.filter((a) => !a.doneAt).length });
    const now = props.clock.now();
    const today = localPartsOf(now, council.timeZone).date;
    const completed: SubAssignment = { ...work, status: 'completed', finalReport: input.finalReport, completedAt: now };
    if (!(await updateSubAssignment(tx, completed, input.version, now))) throw new ConflictError('followUp.stale');
    // The report is made in the work's year; one finished after New Year is reported in its last month.
    const month = today.startsWith(`${work.year}-`) ? monthOf(today) : `${work.year}-12`;
    await upsertAssessment(tx, {
      tenantId: actor.tenantId,
      councilId: council.id,
      year: work.year,
      targetKind: 'subAssignment',
      targetId: work.id,
      month,
      status: 'done',
      comment: input.finalReport,
      assessedBy: assessorOf(council, actor),
      assessedAt: now,
    });
    return { ...completed, version: input.version + 1 };
  });
}
