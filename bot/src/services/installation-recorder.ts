import type { Council } from '../domain/council';
import { setTeamCouncilsStatus, findCouncilByChannel } from '../store/council-repository';
import type { Db } from '../store/db';
import { markTeamInstalled, saveReference, type ConversationKind } from '../store/installation-repository';
import type { Clock } from './ports';

/** Where the app was installed, as the Teams layer read it off the activity. */
export interface InstallationProps {
  db: Db;
  clock: Clock;
  tenantId: string;
  conversation: { id: string; kind: ConversationKind; name?: string };
  /** The conversation reference of `conversation` (opaque Bot Framework object). */
  reference: Record<string, unknown>;
  /** Present when installed in a team. */
  team?: { id: string; name?: string; aadGroupId?: string };
  /** The team's other channels, when the Teams layer could list them. */
  channels?: { id: string; name?: string }[];
}

/**
 * Records an installation: keeps the conversation references of the conversation and of the team's
 * channels, marks the team installed and makes its councils active again. Returns the council already
 * set up in this channel, if any, so the caller can greet with it instead of the welcome card.
 */
export async function recordInstallation(props: InstallationProps): Promise<{ council?: Council }> {
  const { db, clock, tenantId, conversation, reference, team } = props;
  const now = clock.now();
  return db.transaction(async (tx) => {
    await saveReference(tx, {
      tenantId,
      conversationId: conversation.id,
      kind: conversation.kind,
      teamId: team?.id,
      name: conversation.name,
      reference,
      updatedAt: now,
    });
    if (!team) return {};
    await markTeamInstalled(tx, { tenantId, teamId: team.id, name: team.name, aadGroupId: team.aadGroupId }, now);
    for (const channel of props.channels ?? []) {
      if (channel.id === conversation.id) continue;
      await saveReference(tx, {
        tenantId,
        conversationId: channel.id,
        kind: 'channel',
        teamId: team.id,
        name: channel.name,
        reference: { ...reference, conversation: { ...(reference.conversation as object), id: channel.id, name: channel.name } },
        updatedAt: now,
      });
    }
    await setTeamCouncilsStatus(tx, tenantId, team.id, 'active', now);
    return { council: await findCouncilByChannel(tx, tenantId, conversation.id) };
  });
}
