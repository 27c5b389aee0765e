import { CardFactory, type TurnContext } from 'botbuilder';
import { mentionsOf, withMentionLine } from '../cards/mentions';
import { renderProposalCard } from '../cards/proposal-card';
import { EMPTY_PROPOSAL_FORM, renderProposalFormCard } from '../cards/proposal-form-card';
import { renderProposalListCard } from '../cards/proposal-list-card';
import type { Council } from '../domain/council';
import { ProposalDraftSchema, titleFromText, type Proposal } from '../domain/proposal';
import { parseOrThrow } from '../domain/validation';
import type { Locale, Translate } from '../i18n';
import { submitProposal } from '../services/proposal-submitter';
import { findCouncilByChannel } from '../store/council-repository';
import { listProposals, setProposalCard } from '../store/proposal-repository';
import type { Command } from './commands';
import type { BotDeps } from './deps';
import { actorOf, channelOf } from './turn';

type Language = { tr: Translate; locale: Locale };

/** The council of the channel the message came from; outside one, the user is told why and where to go. */
async function councilOfMessage(turn: TurnContext, deps: BotDeps, { tr }: Language): Promise<Council | undefined> {
  const channel = channelOf(turn.activity);
  if (!channel) {
    await turn.sendActivity(tr('proposal.form.inPersonalChat'));
    return undefined;
  }
  const council = await findCouncilByChannel(deps.db, channel.tenantId, channel.channelId);
  if (!council) await turn.sendActivity(tr('schedule.noCouncil'));
  return council;
}

/** The message that starts the thread this message is in (itself, when it is a new post). */
function threadRootOf(turn: TurnContext): string {
  return turn.activity.conversation.id.split(';messageid=')[1] ?? turn.activity.id ?? '';
}

/**
 * `@Kvalitetsråd förslag <text>`: a named proposal from the message (its first sentence the title),
 * answered with the proposal's card in the message's thread; a receipt goes to personal chat. Without
 * text, or asking for anonymity (a channel message shows its author), the form is answered instead.
 * Refusals are thrown to the message handler, which says why; nothing is stored, and a personal
 * identity number is not repeated in the channel.
 */
export async function onProposeMessage(
  turn: TurnContext,
  deps: BotDeps,
  command: Extract<Command, { name: 'propose' }>,
  language: Language,
): Promise<void> {
  const { tr, locale } = language;
  const council = await councilOfMessage(turn, deps, language);
  if (!council) return;
  const form = (anonymous: boolean) => CardFactory.adaptiveCard(renderProposalFormCard(tr, council.unitName, { ...EMPTY_PROPOSAL_FORM, anonymous }));
  if (command.anonymous) {
    await turn.sendActivity({ text: tr('proposal.anonymousInChannel'), attachments: [form(true)] });
    return;
  }
  if (!command.text) {
    await turn.sendActivity({ attachments: [form(false)] });
    return;
  }

  const draft = parseOrThrow(ProposalDraftSchema, { title: titleFromText(command.text), problem: command.text, source: 'staff', anonymous: false });
  const { db, clock } = deps;
  // A repeated delivery is recognised by the submitter (same author, same words), not by `handleOnce`:
  // one round trip less on the turn every proposal makes.
  const proposal: Proposal = await db.transaction((tx) =>
    submitProposal({
      db: tx,
      clock,
      actor: actorOf(turn),
      council,
      draft,
      channel: { via: 'message', threadRootId: threadRootOf(turn) },
    }),
  );

  if (proposal.cardActivityId) {
    // Made before. In this thread (Teams delivered the message again) the card is already here; from
    // a new message, say where it is.
    if (proposal.threadRootId !== threadRootOf(turn)) {
      await turn.sendActivity(tr('proposal.alreadySubmitted', { number: proposal.number, title: proposal.title }));
    }
    return;
  }
  const shown = renderProposalCard({
    tr,
    locale,
    zone: council.timeZone,
    unitName: council.unitName,
    proposal,
    view: { kind: 'everyone' },
    managerIds: council.managers.map((m) => m.teamsUserId),
  });
  // The managers triage new proposals: they are the ones told (docs/domain.md#proposals).
  const card = withMentionLine(shown, (names) => tr('attendance.to', { people: names }), mentionsOf(council.managers, tr('attendance.and')));
  const sent = await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  if (sent?.id) await setProposalCard(deps.db, council.tenantId, proposal.id, sent.id, threadRootOf(turn));
}

/** `@Kvalitetsråd förslag lista`: the unit's open and parked proposals. */
export async function onListProposals(turn: TurnContext, deps: BotDeps, language: Language): Promise<void> {
  const council = await councilOfMessage(turn, deps, language);
  if (!council) return;
  const proposals = await listProposals(deps.db, council.tenantId, council.id, { statuses: ['open', 'parked'] });
  const card = renderProposalListCard({ ...language, zone: council.timeZone, unitName: council.unitName, proposals });
  await turn.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
