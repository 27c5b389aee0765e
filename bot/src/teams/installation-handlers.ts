import { CardFactory, TeamsInfo, TurnContext } from 'botbuilder';
import { renderChannelCouncilCard } from '../cards/council-summary-card';
import { recordInstallation } from '../services/installation-recorder';
import { removeInstallation } from '../services/installation-remover';
import type { ConversationKind } from '../store/installation-repository';
import { errorSummary } from '../logger';
import type { BotDeps } from './deps';
import { channelDataOf, languageOf, tenantIdOf } from './turn';

/**
 * The app was added (installationUpdate "add", or the bot joined a team): keep the conversation
 * references of this conversation and of the team's channels, and, when `greet`, post the welcome card
 * here, or the council's summary if this channel already has one (a reinstall).
 */
export async function onInstalled(turn: TurnContext, deps: BotDeps, greet: boolean): Promise<void> {
  const { activity } = turn;
  const data = channelDataOf(activity);
  const team = data.team?.id ? { id: data.team.id, name: data.team.name, aadGroupId: data.team.aadGroupId } : undefined;
  const { council } = await recordInstallation({
    db: deps.db,
    clock: deps.clock,
    tenantId: tenantIdOf(activity),
    conversation: {
      id: activity.conversation.id.split(';')[0] ?? activity.conversation.id,
      kind: kindOf(activity.conversation.conversationType),
      name: activity.conversation.name,
    },
    reference: TurnContext.getConversationReference(activity),
    team,
    channels: team ? await teamChannels(turn, team.id, deps) : undefined,
  });
  deps.log.info(
    { activityId: activity.id, conversationType: activity.conversation.conversationType, teamInstall: Boolean(team), locale: activity.locale },
    'installation recorded',
  );
  if (!greet || !team) return;
  const { tr } = languageOf(turn, deps.locale);
  const card = renderChannelCouncilCard(tr, council);
  await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

/** The app was removed from a team: its councils become inactive; nothing is deleted. */
export async function onUninstalled(turn: TurnContext, deps: BotDeps): Promise<void> {
  const teamId = channelDataOf(turn.activity).team?.id;
  if (!teamId) return;
  const count = await removeInstallation({ db: deps.db, clock: deps.clock, tenantId: tenantIdOf(turn.activity), teamId });
  deps.log.info({ activityId: turn.activity.id, councils: count }, 'team uninstalled; councils inactive');
}

async function teamChannels(turn: TurnContext, teamId: string, deps: BotDeps): Promise<{ id: string; name?: string }[] | undefined> {
  try {
    const channels = await TeamsInfo.getTeamChannels(turn, teamId);
    return channels.flatMap((c) => (c.id ? [{ id: c.id, name: c.name ?? undefined }] : []));
  } catch (error) {
    deps.log.warn({ err: errorSummary(error), activityId: turn.activity.id }, 'could not list the team channels');
    return undefined;
  }
}

function kindOf(conversationType: string | undefined): ConversationKind {
  if (conversationType === 'channel') return 'channel';
  if (conversationType === 'groupChat') return 'groupChat';
  return 'personal';
}
