import type { Council } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { findCouncilByChannel } from '../store/council-repository';
import { followUpPermissions, type FollowUpPermissions } from './follow-up-facts';

/** What `readCouncilOfChannel` needs. */
export interface ReadCouncilOfChannelProps {
  db: Db;
  actor: Actor;
  /** The Teams channel the tab is opened in. */
  channelId: string;
}

/** The council of a Teams channel, for a tab opened in it, and what the reader may do there. */
export async function readCouncilOfChannel(props: ReadCouncilOfChannelProps): Promise<{ council: Council; permissions: FollowUpPermissions }> {
  const { db, actor } = props;
  const council = await findCouncilByChannel(db, actor.tenantId, props.channelId);
  if (!council) throw new NotFoundError('followUp.noCouncil');
  authorize(actor, 'view', council);
  return { council, permissions: followUpPermissions(actor, council) };
}
