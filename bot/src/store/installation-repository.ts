import type { Db } from './db';

/** Where a stored conversation lives. */
export type ConversationKind = 'channel' | 'personal' | 'groupChat';

/** A conversation reference the bot keeps to post later without being asked. */
export interface StoredReference {
  tenantId: string;
  conversationId: string;
  kind: ConversationKind;
  teamId?: string;
  name?: string;
  /** The Bot Framework `ConversationReference`, as the SDK gives it; opaque here. */
  reference: Record<string, unknown>;
  updatedAt: Date;
}

/** A team the app is (or was) installed in. */
export interface TeamInstallation {
  tenantId: string;
  teamId: string;
  name?: string;
  aadGroupId?: string;
  installed: boolean;
  installedAt: Date;
  uninstalledAt?: Date;
}

/** Inserts or refreshes a conversation reference. */
export async function saveReference(db: Db, ref: StoredReference): Promise<void> {
  await db.query(
    `insert into conversation_reference (tenant_id, conversation_id, kind, team_id, name, reference, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (tenant_id, conversation_id) do update
       set kind = excluded.kind, team_id = excluded.team_id, name = coalesce(excluded.name, conversation_reference.name),
           reference = excluded.reference, updated_at = excluded.updated_at`,
    [ref.tenantId, ref.conversationId, ref.kind, ref.teamId ?? null, ref.name ?? null, JSON.stringify(ref.reference), ref.updatedAt],
  );
}

/** Finds one stored conversation reference. */
export async function findReference(db: Db, tenantId: string, conversationId: string): Promise<StoredReference | undefined> {
  const rows = await db.query('select * from conversation_reference where tenant_id = $1 and conversation_id = $2', [tenantId, conversationId]);
  return rows[0] && toReference(rows[0]);
}

/** Lists the stored references of a team's channels. */
export async function listTeamReferences(db: Db, tenantId: string, teamId: string): Promise<StoredReference[]> {
  const rows = await db.query('select * from conversation_reference where tenant_id = $1 and team_id = $2 order by conversation_id', [
    tenantId,
    teamId,
  ]);
  return rows.map(toReference);
}

/** Records that the app is installed in a team (again). */
export async function markTeamInstalled(
  db: Db,
  team: Pick<TeamInstallation, 'tenantId' | 'teamId' | 'name' | 'aadGroupId'>,
  at: Date,
): Promise<void> {
  await db.query(
    `insert into team_installation (tenant_id, team_id, name, aad_group_id, installed, installed_at)
     values ($1, $2, $3, $4, true, $5)
     on conflict (tenant_id, team_id) do update
       set name = coalesce(excluded.name, team_installation.name),
           aad_group_id = coalesce(excluded.aad_group_id, team_installation.aad_group_id),
           installed = true, installed_at = excluded.installed_at, uninstalled_at = null`,
    [team.tenantId, team.teamId, team.name ?? null, team.aadGroupId ?? null, at],
  );
}

/** Records that the app was removed from a team; the rows stay. */
export async function markTeamUninstalled(db: Db, tenantId: string, teamId: string, at: Date): Promise<void> {
  await db.query(`update team_installation set installed = false, uninstalled_at = $3 where tenant_id = $1 and team_id = $2`, [tenantId, teamId, at]);
}

/** Finds a team's installation record. */
export async function findTeamInstallation(db: Db, tenantId: string, teamId: string): Promise<TeamInstallation | undefined> {
  const rows = await db.query('select * from team_installation where tenant_id = $1 and team_id = $2', [tenantId, teamId]);
  const row = rows[0];
  if (!row) return undefined;
  return {
    tenantId: String(row.tenant_id),
    teamId: String(row.team_id),
    name: (row.name as string | null) ?? undefined,
    aadGroupId: (row.aad_group_id as string | null) ?? undefined,
    installed: Boolean(row.installed),
    installedAt: new Date(row.installed_at as string),
    uninstalledAt: row.uninstalled_at ? new Date(row.uninstalled_at as string) : undefined,
  };
}

function toReference(row: Record<string, unknown>): StoredReference {
  return {
    tenantId: String(row.tenant_id),
    conversationId: String(row.conversation_id),
    kind: row.kind as ConversationKind,
    teamId: (row.team_id as string | null) ?? undefined,
    name: (row.name as string | null) ?? undefined,
    reference: row.reference as Record<string, unknown>,
    updatedAt: new Date(row.updated_at as string),
  };
}
