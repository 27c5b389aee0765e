import { GraphClient } from './graph-client';
import type { GraphTokens } from './graph-tokens';

/** The delegated permissions the product uses, as named in aad.manifest.json. */
export const GraphPermissions = {
  /** GET /teams/{id}/members (admin consent). */
  teamMembers: 'TeamMember.Read.All',
  /** Events of a Microsoft 365 group's calendar: create, update, delete (admin consent). */
  groupCalendar: 'Group.ReadWrite.All',
} as const;

/** Microsoft Graph for one request, on behalf of the user who signed it in. */
export interface GraphSession {
  /** A client whose token carries `permission`; Entra ID is asked only when MSAL has none cached. */
  client(permission: (typeof GraphPermissions)[keyof typeof GraphPermissions]): Promise<GraphClient>;
}

/**
 * A session for the user whose tab token is `assertion`. Scopes are named on Graph's own origin
 * (`https://graph.microsoft.com/Group.ReadWrite.All`), so another cloud's `GRAPH_BASE_URL` asks that
 * cloud's Graph for its token.
 */
export function graphSession(tokens: GraphTokens, baseUrl: string, assertion: string, tenantId: string): GraphSession {
  const resource = new URL(baseUrl).origin;
  return {
    async client(permission) {
      const token = await tokens.onBehalfOf(assertion, tenantId, [`${resource}/${permission}`]);
      return new GraphClient({ baseUrl, token });
    },
  };
}
