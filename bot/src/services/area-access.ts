import type { Area } from '../domain/council';
import { can, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listAreaHeads } from '../store/area-repository';

/** The areas of the tenant the actor may follow as area head (områdeschef), by the one set of policies. */
export async function areasFollowedBy(db: Db, actor: Actor): Promise<Area[]> {
  const heads = await listAreaHeads(db, actor.tenantId);
  return [...new Set(heads.map((h) => h.area))].filter((area) =>
    can(actor, 'followArea', { tenantId: actor.tenantId, headIds: heads.filter((h) => h.area === area).map((h) => h.aadObjectId) }),
  );
}

/** Whether the actor is one of the tenant's app admins (`APP_ADMIN_IDS`). */
export function isAppAdmin(actor: Actor, adminIds: readonly string[]): boolean {
  return can(actor, 'administer', { tenantId: actor.tenantId, adminIds });
}
