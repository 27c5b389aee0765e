import { CardFactory, type ChannelAccount, type TurnContext } from 'botbuilder';
import { openMinutes } from '../services/minutes-opener';
import { findCouncilByChannel } from '../store/council-repository';
import { setMinutesCard } from '../store/minutes-repository';
import { minutesCard } from './minutes-card-view';
import { cardDeps } from './card-actions/minutes-actions';
import type { BotDeps } from './deps';
import type { Locale, Translate } from '../i18n';
import { channelOf } from './turn';

/**
 * `@Kvalitetsråd anteckningar`: posts the minutes card of today's meeting (opened if not yet), or of an
 * extra meeting held now. The card in the channel is the readers' view; the council's people get
 * their own (write, approve) when Teams refreshes it, or when they press "Skriv i anteckningarna".
 */
export async function onMinutesMessage(turn: TurnContext, deps: BotDeps, language: { tr: Translate; locale: Locale }): Promise<void> {
  const channel = channelOf(turn.activity);
  const council = channel && (await findCouncilByChannel(deps.db, channel.tenantId, channel.channelId));
  if (!channel || !council) {
    await turn.sendActivity(language.tr(channel ? 'schedule.noCouncil' : 'minutes.channelOnly'));
    return;
  }
  const sender: Partial<ChannelAccount> = turn.activity.from; // as sent: the name may be missing
  const minutes = await openMinutes({ db: deps.db, clock: deps.clock, council, byName: sender.name ?? '' });
  const card = await minutesCard(cardDeps({ deps, ...language }), council, minutes, 'reader');
  const sent = await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  if (sent?.id) await setMinutesCard(deps.db, council.tenantId, minutes.id, sent.id);
}
