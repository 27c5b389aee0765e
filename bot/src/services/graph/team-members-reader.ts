import type { TeamMember } from '../../contract/calendar';
import type { Actor } from '../../domain/policies';
import type { Db } from '../../store/db';
import { GraphPermissions, type GraphSession } from './graph-session';
import { councilWithGroup } from './team-group';

/** What it takes to list a council's team. */
export interface ReadTeamMembersProps {
  db: Db;
  actor: Actor;
  councilId: string;
  graph: GraphSession;
}

/** Graph's `aadUserConversationMember`, the fields read. */
interface ConversationMember {
  userId?: string | null;
  displayName?: string | null;
  email?: string | null;
}

/**
 * The people of the council's team as Microsoft 365 lists them (`GET /teams/{group id}/members`, every
 * page), for the council's members and managers to pick from; sorted by name the Swedish way.
 * Members without an Entra user id (none in practice) are left out.
 */
export async function readTeamMembers(props: ReadTeamMembersProps): Promise<TeamMember[]> {
  const { groupId } = await councilWithGroup(props.db, props.actor, props.councilId, 'readTeam');
  const client = await props.graph.client(GraphPermissions.teamMembers);
  const members = await client.list<ConversationMember>(`/teams/${encodeURIComponent(groupId)}/members?$top=999`);
  const people = members.flatMap((m): TeamMember[] =>
    m.userId ? [{ aadObjectId: m.userId, name: m.displayName || m.email || m.userId, ...(m.email ? { email: m.email } : {}) }] : [],
  );
  return people.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
