import { createHash, randomUUID } from 'node:crypto';
import type { Council } from '../domain/council';
import { ConflictError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import { PROPOSAL_RATE_LIMITS, type Proposal, type ProposalDraft } from '../domain/proposal';
import type { Db } from '../store/db';
import { enqueuePosts } from '../store/outbox-repository';
import { findProposal, insertProposal, lockCouncilForProposal } from '../store/proposal-repository';
import type { Clock } from './ports';

/** How the proposal came in, which decides where its card goes and how the proposer hears back. */
export type ProposalChannel =
  /** The form: the bot posts the card at the top of the channel; the form's answer is the private receipt. */
  | { via: 'form' }
  /** `@Kvalitetsråd förslag <text>`: the card replies in the thread of the message; a receipt goes to personal chat. */
  | { via: 'message'; threadRootId: string };

/** What `submitProposal` needs. */
export interface SubmitProposalProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  draft: ProposalDraft;
  channel: ProposalChannel;
}

/** A submission delivered again (Teams retries, a double click) within this time is the same one. */
const RESUBMISSION_WINDOW_MS = 24 * 3_600_000;

/**
 * Förbättringsförslag: stores a staff member's proposal. Refuses text with a personal identity number
 * (`PrivacyError` naming the field) and a flood of proposals (`ConflictError`, counted per unit and
 * tenant, identifying no one). An anonymous proposal stores no author; a named one stores who, so they
 * can hear back. The same submission again within a day returns the stored proposal and changes
 * nothing; it is recognised by its content (and, when named, its author), never by an activity id.
 * Posts are enqueued in the same transaction (pass one as `db`).
 */
export async function submitProposal(props: SubmitProposalProps): Promise<Proposal> {
  const { db, clock, actor, council, draft, channel } = props;
  authorize(actor, 'propose', council);
  guardPersonalNumbers({ title: draft.title, problem: draft.problem, improvement: draft.improvement });
  const now = clock.now();
  const submissionKey = submissionKeyOf(council, draft, draft.anonymous ? undefined : actor);
  const recent = await lockCouncilForProposal(db, council.tenantId, council.id, {
    since: new Date(now.getTime() - PROPOSAL_RATE_LIMITS.windowMs),
    submissionKey,
    resubmittedSince: new Date(now.getTime() - RESUBMISSION_WINDOW_MS),
  });
  if (recent.repeatedId) {
    const repeated = await findProposal(db, council.tenantId, recent.repeatedId);
    if (!repeated) throw new Error('the repeated proposal is not in the store');
    return repeated;
  }
  if (recent.council >= PROPOSAL_RATE_LIMITS.perCouncil || recent.tenant >= PROPOSAL_RATE_LIMITS.perTenant) {
    throw new ConflictError('proposal.rateLimited', { minutes: PROPOSAL_RATE_LIMITS.windowMs / 60_000 });
  }
  const proposal = await insertProposal(db, {
    submissionKey,
    id: randomUUID(),
    tenantId: council.tenantId,
    councilId: council.id,
    title: draft.title,
    problem: draft.problem,
    improvement: draft.improvement,
    source: draft.source,
    anonymous: draft.anonymous,
    author: draft.anonymous ? undefined : { aadObjectId: actor.aadObjectId, teamsUserId: actor.teamsUserId, name: actor.name },
    threadRootId: channel.via === 'message' ? channel.threadRootId : undefined,
    createdAt: now,
  });
  const post = (kind: 'proposal' | 'proposal-receipt') => ({
    tenantId: council.tenantId,
    key: `proposal:${proposal.id}:${kind}`,
    kind,
    councilId: council.id,
    proposalId: proposal.id,
    dueAt: now,
  });
  if (channel.via === 'form') await enqueuePosts(db, [post('proposal')], now);
  else if (!proposal.anonymous) await enqueuePosts(db, [post('proposal-receipt')], now);
  return proposal;
}

/** A digest of what was submitted where (and by whom, when named): it reveals nothing the row does not hold. */
function submissionKeyOf(council: Council, draft: ProposalDraft, author: Actor | undefined): string {
  const parts = [council.id, author?.aadObjectId ?? '', draft.title, draft.problem, draft.improvement, draft.source];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
