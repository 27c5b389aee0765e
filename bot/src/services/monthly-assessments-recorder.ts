import type { AssessmentTarget, StatusColour } from '../domain/follow-up';
import type { Actor } from '../domain/policies';
import type { Db } from '../store/db';
import type { StatusAssessment } from '../store/follow-up-repository';
import { recordAssessment } from './assessment-recorder';
import type { Clock } from './ports';

/** What `recordMonthlyAssessments` needs. */
export interface RecordMonthlyAssessmentsProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  councilId: string;
  /** `YYYY-MM`: the month every item is for. */
  month: string;
  items: { target: AssessmentTarget; status: StatusColour; comment: string }[];
}

/**
 * The monthly card's save (docs/domain.md#monthly-status-assessment): the month's status and comment
 * of several targets of one council (the assignment and sub-assignments) at once, all or nothing.
 * Each is authorized as `recordAssessment` authorizes it.
 */
export async function recordMonthlyAssessments(props: RecordMonthlyAssessmentsProps): Promise<StatusAssessment[]> {
  const { clock, actor, councilId, month } = props;
  return props.db.transaction(async (tx) => {
    const saved: StatusAssessment[] = [];
    // Each recording reuses this transaction: every assessment is saved, or none.
    for (const item of props.items) saved.push(await recordAssessment({ db: tx, clock, actor, councilId, entry: { ...item, month } }));
    return saved;
  });
}
