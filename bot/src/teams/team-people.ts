import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Person } from '../domain/council';

/** The people who can be chosen for a council, and whether the team's roster could be read. */
export interface TeamPeople {
  people: Person[];
  complete: boolean;
}

/**
 * Reads the team's members from the Bot Connector (paged). If Teams does not answer, the caller still
 * gets `extra` (the acting user, the council's current people) and `complete: false`.
 */
export async function fetchTeamPeople(context: TurnContext, teamId: string, extra: readonly Person[]): Promise<TeamPeople> {
  const byId = new Map<string, Person>();
  let complete = true;
  try {
    let token: string | undefined;
    do {
      const page = await TeamsInfo.getPagedTeamMembers(context, teamId, 200, token);
      for (const m of page.members) {
        if (m.aadObjectId) byId.set(m.aadObjectId, { aadObjectId: m.aadObjectId, teamsUserId: m.id, name: m.name || m.aadObjectId });
      }
      token = page.continuationToken || undefined;
    } while (token);
  } catch {
    complete = false; // shown to the user as a notice on the card; the roster is optional for the form
  }
  for (const p of extra) if (!byId.has(p.aadObjectId)) byId.set(p.aadObjectId, p);
  const people = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { people, complete };
}
