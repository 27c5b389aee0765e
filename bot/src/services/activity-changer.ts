import type { ActivityPatch } from '../contract/follow-up';
import { ConflictError, NotFoundError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { findActivity, updateActivity, type Activity } from '../store/follow-up-repository';
import { councilPerson, lockSubAssignment } from './follow-up-access';
import type { Clock } from './ports';

/** What `changeActivity` needs. */
export interface ChangeActivityProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The activity (aktivitet). */
  id: string;
  /** Absent fields stay; `null` clears. Made against `change.version`. */
  change: ActivityPatch;
}

/**
 * The manager, or the member responsible, edits an activity or marks it done (or not done)
 * (docs/domain.md#the-stratsys-workflow). Returns the activity as saved; its `subAssignmentId` names
 * the work to show again.
 */
export async function changeActivity(props: ChangeActivityProps): Promise<Activity> {
  const { actor, change } = props;
  return props.db.transaction(async (tx) => {
    const activity = await findActivity(tx, actor.tenantId, props.id, { forUpdate: true });
    if (!activity) throw new NotFoundError('followUp.notFound');
    const { work, council } = await lockSubAssignment(tx, actor, activity.subAssignmentId);
    authorize(actor, 'editActivity', { council, responsibleAadObjectId: activity.responsible?.aadObjectId });
    guardPersonalNumbers({ name: change.name });
    if (activity.version !== change.version) throw new ConflictError('followUp.stale');
    if (work.status === 'completed') throw new ConflictError('followUp.completed');
    const responsible =
      change.responsibleAadObjectId === undefined
        ? activity.responsible
        : change.responsibleAadObjectId === null
          ? undefined
          : councilPerson(council, change.responsibleAadObjectId, 'responsibleAadObjectId');
    // A member hands an activity on only to themselves; reassigning is the manager's.
    if (responsible?.aadObjectId !== activity.responsible?.aadObjectId) authorize(actor, 'manageFollowUp', council);
    const now = props.clock.now();
    const doneAt = change.done === undefined ? activity.doneAt : change.done ? (activity.doneAt ?? now) : undefined;
    const next: Activity = {
      ...activity,
      name: change.name ?? activity.name,
      responsible,
      dueOn: change.dueOn === undefined ? activity.dueOn : (change.dueOn ?? undefined),
      doneAt,
    };
    if (!(await updateActivity(tx, next, change.version, now))) throw new ConflictError('followUp.stale');
    return { ...next, version: change.version + 1 };
  });
}
