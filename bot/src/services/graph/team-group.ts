import type { Council } from '../../domain/council';
import { ConflictError, NotFoundError } from '../../domain/errors';
import { authorize, type Actor, type CouncilAction } from '../../domain/policies';
import { findCouncilById } from '../../store/council-repository';
import type { Db } from '../../store/db';
import { findTeamInstallation } from '../../store/installation-repository';

/**
 * The council (within the actor's tenant, authorized for `action`) and its team's Microsoft 365 group
 * id, which Teams sends as `channelData.team.aadGroupId` and the app keeps from the installation. A
 * team installed before the app kept it has none: the manager is asked to add the app again.
 */
export async function councilWithGroup(
  db: Db,
  actor: Actor,
  councilId: string,
  action: CouncilAction,
): Promise<{ council: Council; groupId: string }> {
  const council = await findCouncilById(db, actor.tenantId, councilId);
  if (!council) throw new NotFoundError('council.gone');
  authorize(actor, action, council);
  const installation = await findTeamInstallation(db, council.tenantId, council.teamId);
  if (!installation?.aadGroupId) throw new ConflictError('graph.teamUnknown');
  return { council, groupId: installation.aadGroupId };
}
