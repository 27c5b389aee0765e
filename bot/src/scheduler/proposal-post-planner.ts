import { mentionsOf, withMentionLine } from '../cards/mentions';
import { renderProposalCard } from '../cards/proposal-card';
import type { MessageKey } from '../i18n';
import type { PostTarget } from '../services/ports';
import { findProposal, setProposalCard } from '../store/proposal-repository';
import { endPost, type PlanContext, type PostPlan, type PostSend } from './post-plan';

/**
 * Plans a proposal's post: its card at the top of the council's channel, or a receipt or outcome in
 * a named proposer's personal chat (falling back to the card's thread when Teams cannot reach them).
 * Anonymous proposals get neither: there is no one stored to send to.
 */
export async function planProposalPost(ctx: PlanContext): Promise<PostPlan> {
  const { db, post, council, tr } = ctx;
  const proposal = post.proposalId ? await findProposal(db, post.tenantId, post.proposalId) : undefined;
  if (!proposal) return endPost('failed', 'proposal not found');
  const channelTarget: PostTarget = { reference: ctx.channel.reference };

  if (post.kind === 'proposal') {
    if (proposal.cardActivityId) return endPost('dropped', 'the card is already in the channel');
    return {
      action: 'send',
      target: channelTarget,
      message: {
        // The managers triage new proposals: they are the ones told (docs/domain.md#proposals).
        card: withMentionLine(
          renderProposalCard({
            tr,
            locale: ctx.locale,
            zone: council.timeZone,
            unitName: council.unitName,
            proposal,
            view: { kind: 'everyone' },
            managerIds: council.managers.map((m) => m.teamsUserId),
          }),
          (names) => tr('attendance.to', { people: names }),
          mentionsOf(council.managers, tr('attendance.and')),
        ),
      },
      limitKey: council.channelId,
      afterSent: async (tx, activityId) => {
        if (activityId) await setProposalCard(tx, post.tenantId, proposal.id, activityId, activityId);
      },
    };
  }

  if (!proposal.author) return endPost('dropped', 'anonymous: no one to tell');
  const params = {
    unit: council.unitName,
    number: proposal.number,
    title: proposal.title,
    name: proposal.decidedByName ?? '',
    reason: proposal.reason ?? '',
  };
  let text: string;
  if (post.kind === 'proposal-receipt') {
    text = tr('proposal.receipt.personal', params);
  } else {
    text = tr(`proposal.outcome.${proposal.status}` as MessageKey, params);
    if (proposal.status === 'accepted' && proposal.reason) text += ` ${tr('proposal.outcome.comment', params)}`;
  }
  const inThread: Omit<PostSend, 'fallback'> | undefined = proposal.threadRootId
    ? {
        action: 'send',
        target: { ...channelTarget, replyToActivityId: proposal.threadRootId },
        message: { text },
        limitKey: `${council.channelId};messageid=${proposal.threadRootId}`,
      }
    : undefined;
  return {
    action: 'send',
    target: { ...channelTarget, person: { teamsUserId: proposal.author.teamsUserId, tenantId: post.tenantId } },
    message: { text },
    limitKey: `personal:${proposal.author.teamsUserId}`,
    fallback: inThread,
  };
}
