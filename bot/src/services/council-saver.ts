import { randomUUID } from 'node:crypto';
import { assignRoles, sizeAdvice, type Council, type CouncilDraft, type Person } from '../domain/council';
import { ConflictError, ValidationError } from '../domain/errors';
import { authorize, type Actor, type ChannelScope } from '../domain/policies';
import { findCouncilByChannel, insertCouncil, updateCouncil } from '../store/council-repository';
import type { Db } from '../store/db';
import type { Clock } from './ports';

/** What it takes to set up or change the council of a channel. */
export interface SaveCouncilProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  channel: ChannelScope;
  /** Validated input (`CouncilDraftSchema`). */
  draft: CouncilDraft;
  /** The version the user edited; required to change an existing council, absent to create one. */
  expectedVersion?: number;
  /** Everyone who may be chosen: the team's members, by Entra object id. */
  people: ReadonlyMap<string, Person>;
  /** The channel message showing the council, to update later. */
  cardActivityId?: string;
}

/** The saved council, whether it was created now, and the size advice (6–10) to show. */
export interface SaveCouncilResult {
  council: Council;
  created: boolean;
  advice: ReturnType<typeof sizeAdvice>;
}

/**
 * Sets up the channel's council, or changes it. Anyone of the team may set up a channel's first
 * council; afterwards only its managers may change it, and only from the version they saw.
 */
export async function saveCouncil(props: SaveCouncilProps): Promise<SaveCouncilResult> {
  const { db, clock, actor, channel, draft, people } = props;
  const { managers, members, unknownIds } = assignRoles(draft, people);
  if (unknownIds.length > 0) throw new ValidationError('council.people.unknown', {}, 'managerIds');
  const advice = sizeAdvice(draft.managerIds, draft.memberIds);
  const now = clock.now();

  return db.transaction(async (tx) => {
    const existing = await findCouncilByChannel(tx, channel.tenantId, channel.channelId);
    if (!existing) {
      authorize(actor, 'createCouncil', channel);
      const council: Council = {
        id: randomUUID(),
        tenantId: channel.tenantId,
        teamId: channel.teamId,
        channelId: channel.channelId,
        unitName: draft.unitName,
        area: draft.area,
        timeZone: draft.timeZone,
        status: 'active',
        managers,
        members,
        version: 1,
        cardActivityId: props.cardActivityId,
        createdAt: now,
        updatedAt: now,
      };
      await insertCouncil(tx, council);
      return { council, created: true, advice };
    }
    authorize(actor, 'update', existing);
    if (props.expectedVersion !== existing.version) throw new ConflictError('council.stale');
    const council: Council = {
      ...existing,
      unitName: draft.unitName,
      area: draft.area,
      timeZone: draft.timeZone,
      status: 'active',
      managers,
      members,
      version: existing.version + 1,
      cardActivityId: props.cardActivityId ?? existing.cardActivityId,
      updatedAt: now,
    };
    await updateCouncil(tx, council, existing.version);
    return { council, created: false, advice };
  });
}
