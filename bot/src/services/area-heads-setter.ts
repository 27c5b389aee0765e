import type { Area } from '../domain/council';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listAreaHeads, replaceAreaHeads, type AreaHeadRow } from '../store/area-repository';
import type { Clock } from './ports';

/** What `setAreaHeads` needs. */
export interface SetAreaHeadsProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The tenant's app admins, by Entra object id (`APP_ADMIN_IDS`). */
  adminIds: readonly string[];
  area: Area;
  /** The area's heads from now on; the same person twice counts once. */
  heads: { aadObjectId: string; name: string }[];
}

/**
 * An app admin names the heads of one area, replacing the ones named before
 * (docs/domain.md#organisation-by-area). Returns every area head of the tenant as they now are.
 */
export async function setAreaHeads(props: SetAreaHeadsProps): Promise<AreaHeadRow[]> {
  const { actor } = props;
  authorize(actor, 'administer', { tenantId: actor.tenantId, adminIds: props.adminIds });
  const unique = [...new Map(props.heads.map((h) => [h.aadObjectId, h])).values()];
  return props.db.transaction(async (tx) => {
    await replaceAreaHeads(tx, actor.tenantId, props.area, unique, actor.name, props.clock.now());
    return listAreaHeads(tx, actor.tenantId);
  });
}
