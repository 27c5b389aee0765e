import { setTeamCouncilsStatus } from '../store/council-repository';
import type { Db } from '../store/db';
import { markTeamUninstalled } from '../store/installation-repository';
import type { Clock } from './ports';

/**
 * Records that the app was removed from a team: the team is marked uninstalled and its councils
 * inactive. Nothing is deleted; reinstalling brings the councils back.
 */
export async function removeInstallation(props: { db: Db; clock: Clock; tenantId: string; teamId: string }): Promise<number> {
  const { db, clock, tenantId, teamId } = props;
  const now = clock.now();
  return db.transaction(async (tx) => {
    await markTeamUninstalled(tx, tenantId, teamId, now);
    return setTeamCouncilsStatus(tx, tenantId, teamId, 'inactive', now);
  });
}
