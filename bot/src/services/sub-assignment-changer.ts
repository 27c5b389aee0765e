import type { SubAssignmentPatch } from '../contract/follow-up';
import { ConflictError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { updateSubAssignment, type SubAssignment } from '../store/sub-assignment-repository';
import { checkDates, councilPerson, lockSubAssignment } from './follow-up-access';
import type { Clock } from './ports';

/** What `changeSubAssignment` needs. */
export interface ChangeSubAssignmentProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The sub-assignment (deluppdrag). */
  id: string;
  /** Absent fields stay; `null` clears. Made against `change.version`. */
  change: SubAssignmentPatch;
}

/**
 * The manager edits a sub-assignment's name, purpose, goal, measure, responsible and dates
 * (docs/domain.md#the-stratsys-workflow). Refused when it changed since (`followUp.stale`) or is
 * completed. Returns the sub-assignment as saved.
 */
export async function changeSubAssignment(props: ChangeSubAssignmentProps): Promise<SubAssignment> {
  const { actor, change } = props;
  return props.db.transaction(async (tx) => {
    const { work, council } = await lockSubAssignment(tx, actor, props.id);
    authorize(actor, 'manageFollowUp', council);
    guardPersonalNumbers({ name: change.name, purpose: change.purpose, goal: change.goal, measure: change.measure });
    if (work.version !== change.version) throw new ConflictError('followUp.stale');
    if (work.status === 'completed') throw new ConflictError('followUp.completed');
    const next: SubAssignment = {
      ...work,
      name: change.name ?? work.name,
      purpose: change.purpose ?? work.purpose,
      goal: change.goal ?? work.goal,
      measure: change.measure ?? work.measure,
      responsible:
        change.responsibleAadObjectId === undefined
          ? work.responsible
          : change.responsibleAadObjectId === null
            ? undefined
            : councilPerson(council, change.responsibleAadObjectId, 'responsibleAadObjectId'),
      startsOn: change.startsOn === undefined ? work.startsOn : (change.startsOn ?? undefined),
      endsOn: change.endsOn === undefined ? work.endsOn : (change.endsOn ?? undefined),
    };
    checkDates(next.startsOn, next.endsOn);
    if (!(await updateSubAssignment(tx, next, change.version, props.clock.now()))) throw new ConflictError('followUp.stale');
    return { ...next, version: change.version + 1 };
  });
}
