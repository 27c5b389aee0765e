import { checkAssessmentMonth, type AssessmentTarget, type StatusColour } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { upsertAssessment, type StatusAssessment } from '../store/follow-up-repository';
import { assessmentTargetOf, assessorOf } from './follow-up-access';
import type { Clock } from './ports';

/** One month's assessment of one target, as the manager makes it. */
export interface AssessmentEntry {
  target: AssessmentTarget;
  /** `YYYY-MM`. */
  month: string;
  status: StatusColour;
  comment: string;
}

/** What `recordAssessment` needs. */
export interface RecordAssessmentProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The council the target belongs to. */
  councilId: string;
  entry: AssessmentEntry;
}

/**
 * Lägesbedömning: the manager records the month's status and comment of the council's assignment, one
 * of its sub-assignments or activities (docs/domain.md#monthly-status-assessment); a second one for the
 * same month replaces the first. Months from January of the year up to the current one.
 */
export async function recordAssessment(props: RecordAssessmentProps): Promise<StatusAssessment> {
  const { actor, entry } = props;
  return props.db.transaction(async (tx) => {
    const { council, year, targetId } = await assessmentTargetOf(tx, actor, props.councilId, entry.target);
    authorize(actor, 'manageFollowUp', council);
    guardPersonalNumbers({ comment: entry.comment });
    const now = props.clock.now();
    checkAssessmentMonth(entry.month, year, localPartsOf(now, council.timeZone).date);
    const assessment: StatusAssessment = {
      tenantId: actor.tenantId,
      councilId: council.id,
      year,
      targetKind: entry.target.kind,
      targetId,
      month: entry.month,
      status: entry.status,
      comment: entry.comment,
      assessedBy: assessorOf(council, actor),
      assessedAt: now,
    };
    await upsertAssessment(tx, assessment);
    return assessment;
  });
}
