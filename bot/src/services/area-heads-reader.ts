import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listAreaHeads, type AreaHeadRow } from '../store/area-repository';

/** What `readAreaHeads` needs. */
export interface ReadAreaHeadsProps {
  db: Db;
  actor: Actor;
  /** The tenant's app admins, by Entra object id (`APP_ADMIN_IDS`). */
  adminIds: readonly string[];
}

/** The area heads (områdeschefer) of the tenant, for its app admins (docs/domain.md#organisation-by-area). */
export async function readAreaHeads(props: ReadAreaHeadsProps): Promise<AreaHeadRow[]> {
  const { actor } = props;
  authorize(actor, 'administer', { tenantId: actor.tenantId, adminIds: props.adminIds });
  return listAreaHeads(props.db, actor.tenantId);
}
