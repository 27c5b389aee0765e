import { z } from 'zod';
import { renderProposalCard, type ProposalCardView } from '../../cards/proposal-card';
import { renderProposalFormCard } from '../../cards/proposal-form-card';
import { renderProposalReceiptCard } from '../../cards/proposal-receipt-card';
import type { AdaptiveCard } from '../../cards/render';
import type { Council } from '../../domain/council';
import { ConflictError, NotFoundError, PrivacyError, ValidationError } from '../../domain/errors';
import { can } from '../../domain/policies';
import { ProposalDraftSchema, type Proposal } from '../../domain/proposal';
import { parseOrThrow } from '../../domain/validation';
import { errorMessage } from '../../i18n';
import { handleOnce } from '../../services/activity-once';
import { submitProposal } from '../../services/proposal-submitter';
import { supportProposal } from '../../services/proposal-supporter';
import { triageProposal } from '../../services/proposal-triager';
import { findCouncilByChannel, findCouncilById } from '../../store/council-repository';
import { findProposal, hasSupported } from '../../store/proposal-repository';
import { cardForEveryone } from '../card-updates';
import { defineCardAction, type CardActionContext } from './card-action';

const text = (max: number) => z.preprocess((v) => v ?? '', z.string().max(max));
const ProposalRefSchema = z.object({ proposalId: z.uuid() });
const VersionedRefSchema = ProposalRefSchema.extend({ version: z.coerce.number().int().positive() });

/** `proposal.submit` data: the form's inputs (limits far above the card's, so a long text gets our message). */
export const ProposalFormInputSchema = z.object({
  title: text(20_000),
  problem: text(20_000),
  improvement: text(20_000),
  source: text(100),
  anonymous: z.preprocess((v) => v === true || v === 'true', z.boolean()),
});

/** `proposal.triage` data: the decision pressed, the reason typed, and the version the card showed. */
export const ProposalTriageInputSchema = VersionedRefSchema.extend({
  decision: z.enum(['accept', 'park', 'decline']),
  reason: text(20_000),
});

/** `proposal.form`: "Lämna förbättringsförslag"; the form, for the one who pressed. */
export const openProposalForm = defineCardAction(z.looseObject({}), async (ctx) => {
  const council = await councilOfChannel(ctx);
  return renderProposalFormCard(ctx.tr, council.unitName);
});

/**
 * `proposal.submit`: stores the proposal; the answer (seen only by the presser) is the receipt, and
 * the card goes to the channel through the outbox. A refusal answers the form again with the reason
 * and everything typed; a repeated delivery stores nothing twice and gets the same receipt.
 */
export const submitProposalAction = defineCardAction(ProposalFormInputSchema, async (ctx, input) => {
  const council = await councilOfChannel(ctx);
  const { db, clock } = ctx.deps;
  try {
    const draft = parseOrThrow(ProposalDraftSchema, input);
    // Not `handleOnce`: its record of the activity id would lead back to an anonymous author. The
    // submitter recognises a repeated delivery by its content instead.
    const proposal = await db.transaction((tx) => submitProposal({ db: tx, clock, actor: ctx.actor, council, draft, channel: { via: 'form' } }));
    return renderProposalReceiptCard(ctx.tr, proposal);
  } catch (error) {
    if (error instanceof ValidationError || error instanceof PrivacyError || error instanceof ConflictError) {
      return renderProposalFormCard(ctx.tr, council.unitName, input, errorMessage(ctx.tr, error));
    }
    throw error;
  }
});

/** `proposal.support`: "Jag stöder förslaget", pressed again to withdraw; the count changes for everyone. */
export const supportProposalAction = defineCardAction(ProposalRefSchema, async (ctx, data) => {
  const { proposal, council } = await proposalOf(ctx, data.proposalId);
  const { db, clock } = ctx.deps;
  try {
    const { repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, async (tx) => {
      const { supported } = await supportProposal({ db: tx, clock, actor: ctx.actor, council, proposalId: proposal.id });
      return { supported };
    });
    return await answer(ctx, council, proposal.id, { updateEveryone: !repeated });
  } catch (error) {
    if (error instanceof ConflictError) return answer(ctx, council, proposal.id, { notice: errorMessage(ctx.tr, error) });
    throw error;
  }
});

/**
 * `proposal.triage`: the manager accepts, parks or declines. A missing reason answers the manager's
 * card again with the message and what was typed; a decided or changed proposal answers the card as
 * it now stands with the reason; a non-manager gets 403.
 */
export const triageProposalAction = defineCardAction(ProposalTriageInputSchema, async (ctx, data) => {
  const { proposal, council } = await proposalOf(ctx, data.proposalId);
  return decide(ctx, council, proposal, data.decision, data.reason, data.version);
});

/** `proposal.reopen`: "Ta upp igen" on a parked proposal. */
export const reopenProposalAction = defineCardAction(VersionedRefSchema, async (ctx, data) => {
  const { proposal, council } = await proposalOf(ctx, data.proposalId);
  return decide(ctx, council, proposal, 'reopen', '', data.version);
});

/** `proposal.refresh`: Teams asks for the card as this user should see it (managers: with triage). */
export const refreshProposal = defineCardAction(ProposalRefSchema, async (ctx, data) => {
  const { proposal, council } = await proposalOf(ctx, data.proposalId);
  return answer(ctx, council, proposal.id, {});
});

async function decide(
  ctx: CardActionContext,
  council: Council,
  proposal: Proposal,
  move: 'accept' | 'park' | 'decline' | 'reopen',
  reason: string,
  version: number,
): Promise<AdaptiveCard> {
  const { db, clock } = ctx.deps;
  try {
    const { repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, async (tx) => {
      await triageProposal({ db: tx, clock, actor: ctx.actor, council, proposalId: proposal.id, move, reason, expectedVersion: version });
      return { move };
    });
    return await answer(ctx, council, proposal.id, { updateEveryone: !repeated });
  } catch (error) {
    if (error instanceof ValidationError || error instanceof PrivacyError) {
      return answer(ctx, council, proposal.id, { reason, error: errorMessage(ctx.tr, error) });
    }
    if (error instanceof ConflictError) return answer(ctx, council, proposal.id, { notice: errorMessage(ctx.tr, error) });
    throw error;
  }
}

/**
 * The card for the one who pressed, from the stored state: a manager's view with triage, or a staff
 * member's with their own support. `updateEveryone` also replaces the channel's card for all.
 */
async function answer(
  ctx: CardActionContext,
  council: Council,
  proposalId: string,
  options: { updateEveryone?: boolean; notice?: string; reason?: string; error?: string },
): Promise<AdaptiveCard> {
  const { db } = ctx.deps;
  const proposal = await findProposal(db, council.tenantId, proposalId);
  if (!proposal) throw new Error('the proposal answered is not in the store');
  const supported = await hasSupported(db, council.tenantId, proposal.id, ctx.actor.aadObjectId);
  const view: ProposalCardView = can(ctx.actor, 'triage', council)
    ? { kind: 'manager', supported, reason: options.reason, error: options.error }
    : { kind: 'person', supported };
  const render = (v: ProposalCardView, notice?: string) =>
    renderProposalCard({
      tr: ctx.tr,
      locale: ctx.locale,
      zone: council.timeZone,
      unitName: council.unitName,
      proposal,
      view: v,
      notice,
      managerIds: council.managers.map((m) => m.teamsUserId),
    });
  const cardId = proposal.cardActivityId ?? ctx.turn.activity.replyToId;
  if (options.updateEveryone && cardId) await cardForEveryone(ctx, cardId, render({ kind: 'everyone' }));
  return render(view, options.notice);
}

/** The proposal the card is about, reloaded from the store in the actor's tenant, and its council. */
async function proposalOf(ctx: CardActionContext, proposalId: string): Promise<{ proposal: Proposal; council: Council }> {
  const proposal = await findProposal(ctx.deps.db, ctx.actor.tenantId, proposalId);
  const council = proposal && (await findCouncilById(ctx.deps.db, ctx.actor.tenantId, proposal.councilId));
  if (!proposal || !council) throw new NotFoundError('proposal.notFound');
  return { proposal, council };
}

async function councilOfChannel(ctx: CardActionContext): Promise<Council> {
  if (!ctx.channel) throw new ValidationError('proposal.form.inPersonalChat');
  const council = await findCouncilByChannel(ctx.deps.db, ctx.channel.tenantId, ctx.channel.channelId);
  if (!council) throw new ValidationError('schedule.noCouncil');
  return council;
}
