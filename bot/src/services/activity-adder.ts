import { randomUUID } from 'node:crypto';
import type { ActivityInput } from '../contract/follow-up';
import { ConflictError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { insertActivity, type Activity } from '../store/follow-up-repository';
import { councilPerson, lockSubAssignment } from './follow-up-access';
import type { Clock } from './ports';

/** What `addActivity` needs. */
export interface AddActivityProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The sub-assignment (deluppdrag) the activity belongs to. */
  subAssignmentId: string;
  input: ActivityInput;
}

/**
 * Aktivitet: a council person adds an activity to an ongoing work; members may make only themselves
 * responsible (docs/domain.md#the-stratsys-workflow). Returns the activity as stored.
 */
export async function addActivity(props: AddActivityProps): Promise<Activity> {
  const { actor, input } = props;
  return props.db.transaction(async (tx) => {
    const { work, council } = await lockSubAssignment(tx, actor, props.subAssignmentId);
    authorize(actor, 'contribute', council);
    guardPersonalNumbers({ name: input.name });
    if (work.status === 'completed') throw new ConflictError('followUp.completed');
    const responsible = input.responsibleAadObjectId ? councilPerson(council, input.responsibleAadObjectId, 'responsibleAadObjectId') : undefined;
    if (responsible) authorize(actor, 'editActivity', { council, responsibleAadObjectId: responsible.aadObjectId });
    const activity: Omit<Activity, 'version'> = {
      id: randomUUID(),
      tenantId: actor.tenantId,
      councilId: council.id,
      subAssignmentId: work.id,
      name: input.name,
      responsible,
      dueOn: input.dueOn,
      createdAt: props.clock.now(),
    };
    await insertActivity(tx, activity);
    return { ...activity, version: 1 };
  });
}
