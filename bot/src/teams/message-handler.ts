import { CardFactory, type TurnContext } from 'botbuilder';
import { renderChannelCouncilCard } from '../cards/council-summary-card';
import { renderHelpCard } from '../cards/help-card';
import { ForbiddenError, ValidationError } from '../domain/errors';
import type { Council } from '../domain/council';
import { errorMessage, type Translate } from '../i18n';
import { draftSchedule } from '../services/schedule-drafter';
import { findCouncilByChannel } from '../store/council-repository';
import { formOfView } from './card-actions/schedule-actions';
import { parseCommand } from './commands';
import { onMinutesMessage } from './minutes-messages';
import { onListProposals, onProposeMessage } from './proposal-messages';
import type { BotDeps } from './deps';
import { actorOf, channelOf, languageOf } from './turn';

/** Answers a message: the command decides; anything not understood gets the help card. */
export async function onMessage(turn: TurnContext, deps: BotDeps): Promise<void> {
  const { tr, locale } = languageOf(turn, deps.locale);
  const command = parseCommand(turn.activity.text);
  deps.log.info({ activityId: turn.activity.id, command: command.name, conversationType: turn.activity.conversation.conversationType }, 'message');
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
      try {
        const view = await draftSchedule({ db: deps.db, clock: deps.clock, actor: actorOf(turn), council, year: command.year });
        await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(formOfView({ tr, locale }, view))] });
      } catch (error) {
        if (!(error instanceof ForbiddenError || error instanceof ValidationError)) throw error;
        await turn.sendActivity(errorMessage(tr, error));
      }
      return;
    }
    case 'propose':
      await onProposeMessage(turn, deps, command, { tr, locale });
      return;
    case 'proposals':
      await onListProposals(turn, deps, { tr, locale });
      return;
    case 'minutes':
      await onMinutesMessage(turn, deps, { tr, locale });
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
