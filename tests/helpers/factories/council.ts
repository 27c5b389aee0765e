import type { Council } from '../../../bot/src/domain/council';
import { findCouncilById, insertCouncil } from '../../../bot/src/store/council-repository';
import type { Db } from '../../../bot/src/store/db';
import {
  findReference,
  findTeamInstallation,
  markTeamInstalled,
  saveReference,
  type StoredReference,
  type TeamInstallation,
} from '../../../bot/src/store/installation-repository';
import { FACTORY_NOW, buildCouncil } from './in-memory';

/** A stored council with its manager and members (`buildCouncil`'s defaults), as the repository reads it back. */
export async function createCouncil(db: Db, overrides: Partial<Council> = {}): Promise<Council> {
  const council = buildCouncil(overrides);
  await insertCouncil(db, council);
  return (await findCouncilById(db, council.tenantId, council.id))!;
}

/** What `createChannelReference` takes: the council whose channel it is (created when absent), and fields to change. */
export type ChannelReferenceOverrides = Partial<Omit<StoredReference, 'tenantId' | 'conversationId' | 'teamId'>> & {
  council?: Council;
  serviceUrl?: string;
};

/**
 * The stored conversation reference of a council's channel, as the bot keeps it to post there later;
 * `serviceUrl` points it at a loopback connector.
 */
export async function createChannelReference(db: Db, overrides: ChannelReferenceOverrides = {}): Promise<StoredReference> {
  const { council = await createCouncil(db), serviceUrl = 'https://smba.trafficmanager.net/emea/', ...fields } = overrides;
  await saveReference(db, {
    tenantId: council.tenantId,
    conversationId: council.channelId,
    kind: 'channel',
    teamId: council.teamId,
    name: 'Kvalitetsråd',
    updatedAt: FACTORY_NOW,
    reference: {
      serviceUrl,
      channelId: 'msteams',
      bot: { id: '28:bot' },
      conversation: { id: council.channelId, conversationType: 'channel', isGroup: true, tenantId: council.tenantId },
    },
    ...fields,
  });
  return (await findReference(db, council.tenantId, council.channelId))!;
}

/** What `createInstallation` takes: the council whose team has the app (created when absent), and fields to change. */
export type InstallationOverrides = Partial<Pick<TeamInstallation, 'name' | 'aadGroupId' | 'installedAt'>> & { council?: Council };

/** The app installed in a council's team (the team's record; the council stays as it is). */
export async function createInstallation(db: Db, overrides: InstallationOverrides = {}): Promise<TeamInstallation> {
  const { council = await createCouncil(db), name = 'Solgården', aadGroupId, installedAt = FACTORY_NOW } = overrides;
  await markTeamInstalled(db, { tenantId: council.tenantId, teamId: council.teamId, name, aadGroupId }, installedAt);
  return (await findTeamInstallation(db, council.tenantId, council.teamId))!;
}
