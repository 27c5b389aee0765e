import { ConflictError, NotFoundError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listAreaHeads, setGoodExample } from '../store/area-repository';
import { findCouncilById } from '../store/council-repository';
import { findSubAssignment, type SubAssignment } from '../store/sub-assignment-repository';
import type { Clock } from './ports';

/** What `chooseGoodExample` needs. */
export interface ChooseGoodExampleProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The completed improvement work (deluppdrag). */
  subAssignmentId: string;
  /** Pick it (true) or unpick it (false). */
  chosen: boolean;
}

/**
 * The area head picks a completed work of one of their units as a good example, or unpicks it
 * (docs/domain.md#year-end-and-good-examples). Returns the work.
 */
export async function chooseGoodExample(props: ChooseGoodExampleProps): Promise<SubAssignment> {
  const { actor } = props;
  return props.db.transaction(async (tx) => {
    const work = await findSubAssignment(tx, actor.tenantId, props.subAssignmentId);
    const council = work && (await findCouncilById(tx, actor.tenantId, work.councilId));
    if (!work || !council) throw new NotFoundError('followUp.notFound');
    const heads = (await listAreaHeads(tx, actor.tenantId)).filter((h) => h.area === council.area);
    authorize(actor, 'followArea', { tenantId: actor.tenantId, headIds: heads.map((h) => h.aadObjectId) });
    if (work.kind !== 'improvement' || work.status !== 'completed') throw new ConflictError('area.goodExample.notCompleted');
    await setGoodExample(tx, {
      tenantId: actor.tenantId,
      subAssignmentId: work.id,
      year: work.year,
      chosen: props.chosen,
      byName: actor.name,
      at: props.clock.now(),
    });
    return work;
  });
}
