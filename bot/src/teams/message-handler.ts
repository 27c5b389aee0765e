import { CardFactory, type TurnContext } from 'botbuilder';
import { renderChannelCouncilCard } from '../cards/council-summary-card';
import { renderHelpCard } from '../cards/help-card';
import type { Council } from '../domain/council';
import type { Locale, MessageKey, Translate } from '../i18n';
import { logError, presentError } from '../presentation/error-presenter';
import { draftSchedule } from '../services/schedule-drafter';
import { findCouncilByChannel } from '../store/council-repository';
import { formOfView } from './card-actions/schedule-actions';
import { parseCommand, type Command } from './commands';
import { onMinutesMessage } from './minutes-messages';
import { onListProposals, onProposeMessage } from './proposal-messages';
import type { BotDeps } from './deps';
import { actorOf, channelOf, languageOf } from './turn';

/** How a command's refusal is framed when the refusal alone would not say what was not done. */
const REFUSAL_FRAMES: Partial<Record<Command['name'], MessageKey>> = { propose: 'proposal.refused' };

/**
 * Answers a message: the command decides; anything not understood gets the help card. Every command's
 * refusal is answered here, as the error presenter has it (the channel's readers never see what was
 * typed; anything unexpected: "försök igen" and one log line).
 */
export async function onMessage(turn: TurnContext, deps: BotDeps): Promise<void> {
  const { tr, locale } = languageOf(turn, deps.locale);
  const command = parseCommand(turn.activity.text);
  const activityId = turn.activity.id;
  deps.log.info({ activityId, command: command.name, conversationType: turn.activity.conversation.conversationType }, 'message');
  try {
    await answerCommand(turn, deps, command, { tr, locale });
  } catch (error) {
    const presented = presentError(error, tr, { shared: channelOf(turn.activity) !== undefined });
    logError(deps.log, presented, { activityId, command: command.name }, presented.code === 'InternalError' ? 'command failed' : undefined);
    const frame = presented.code === 'InternalError' ? undefined : REFUSAL_FRAMES[command.name];
    await turn.sendActivity(frame ? tr(frame, { reason: presented.message }) : presented.message);
  }
}

async function answerCommand(turn: TurnContext, deps: BotDeps, command: Command, language: { tr: Translate; locale: Locale }): Promise<void> {
  const { tr, locale } = language;
  switch (command.name) {
    case 'help':
      await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(renderHelpCard(tr))] });
      return;
    case 'council': {
      const found = await channelCouncil(turn, deps, tr);
      if (!found) return;
      await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(renderChannelCouncilCard(tr, found.council))] });
      return;
    }
    case 'plan': {
      const council = (await channelCouncil(turn, deps, tr))?.council;
      if (!council) {
        await turn.sendActivity(tr('schedule.noCouncil'));
        return;
      }
      const view = await draftSchedule({ db: deps.db, clock: deps.clock, actor: actorOf(turn), council, year: command.year });
      await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(formOfView({ tr, locale }, view))] });
      return;
    }
    case 'propose':
      await onProposeMessage(turn, deps, command, language);
      return;
    case 'proposals':
      await onListProposals(turn, deps, language);
      return;
    case 'minutes':
      await onMinutesMessage(turn, deps, language);
      return;
    case 'unknown':
      await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(renderHelpCard(tr, command.text || undefined))] });
  }
}

/** The council of the channel the message came from; outside a channel the user is told, and nothing is returned. */
async function channelCouncil(turn: TurnContext, deps: BotDeps, tr: Translate): Promise<{ council?: Council } | undefined> {
  const channel = channelOf(turn.activity);
  if (!channel) {
    await turn.sendActivity(tr('council.channelOnly'));
    return undefined;
  }
  return { council: await findCouncilByChannel(deps.db, channel.tenantId, channel.channelId) };
}
