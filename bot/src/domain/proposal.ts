import { z } from 'zod';
import { ConflictError } from './errors';

/**
 * Underlag (docs/domain.md#sources-of-proposals): where an improvement idea comes from. Staff proposals first, as most come
 * from the floor; the others are the inputs listed there for the council's work.
 */
export const ProposalSources = ['staff', 'user-survey', 'quality-register', 'deviation', 'lex-sarah-maria', 'residents-relatives'] as const;
/** The source of a proposal. */
export type ProposalSource = (typeof ProposalSources)[number];

/** Where a proposal is: open until the manager triages it; parked ones may be taken up again. */
export type ProposalStatus = 'open' | 'accepted' | 'parked' | 'declined';

/** The manager's triage: accept (becomes an improvement work), park until later, or decline. */
export type ProposalDecision = 'accept' | 'park' | 'decline';

/** Field limits, in characters (a card stays small; a proposal is a few lines, not a report). */
export const PROPOSAL_LIMITS = { title: 120, problem: 2000, improvement: 2000, reason: 1000 } as const;

/** Förbättringsförslag: an improvement proposal from any staff member of the unit. */
export interface Proposal {
  id: string;
  tenantId: string;
  councilId: string;
  /** Shown as "Förslag 12"; counts per council. */
  number: number;
  title: string;
  /** What the problem or idea is. */
  problem: string;
  /** What it would improve; may be empty. */
  improvement: string;
  source: ProposalSource;
  /** An anonymous proposal stores no trace of its author: `author` is then absent. */
  anonymous: boolean;
  author?: { aadObjectId: string; teamsUserId: string; name: string };
  status: ProposalStatus;
  /** Why it was parked or declined (or a note on acceptance). */
  reason?: string;
  decidedByName?: string;
  decidedAt?: Date;
  /** The improvement work (deluppdrag) an accepted proposal became. */
  subAssignmentId?: string;
  supportCount: number;
  /** The proposal's card in the channel, once posted. */
  cardActivityId?: string;
  /** The channel message whose thread the card is in (the card itself when it starts the thread). */
  threadRootId?: string;
  version: number;
  createdAt: Date;
}

/** What a staff member fills in (the card's form, or the text after `förslag`). */
export const ProposalDraftSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'proposal.title.required' })
    .min(3, { error: 'proposal.title.tooShort' })
    .max(PROPOSAL_LIMITS.title, { error: 'proposal.title.tooLong' }),
  problem: z.string().trim().min(1, { error: 'proposal.problem.required' }).max(PROPOSAL_LIMITS.problem, { error: 'proposal.problem.tooLong' }),
  improvement: z.string().trim().max(PROPOSAL_LIMITS.improvement, { error: 'proposal.improvement.tooLong' }).default(''),
  source: z.enum(ProposalSources, { error: 'proposal.source.invalid' }),
  anonymous: z.boolean().default(false),
});
/** A validated proposal draft. */
export type ProposalDraft = z.infer<typeof ProposalDraftSchema>;

/** The manager's reason: required to park or decline, optional on acceptance. */
export const DecisionReasonSchema = z.string().trim().max(PROPOSAL_LIMITS.reason, { error: 'proposal.reason.tooLong' });

/** What a decision makes of a proposal. */
export const DECISION_STATUS: Record<ProposalDecision, ProposalStatus> = { accept: 'accepted', park: 'parked', decline: 'declined' };

/**
 * The state machine: open → accepted | parked | declined; parked → open (taken up again). Throws a
 * `ConflictError` naming the current status when the move is not allowed (already decided).
 */
export function nextStatus(current: ProposalStatus, move: ProposalDecision | 'reopen'): ProposalStatus {
  if (move === 'reopen') {
    if (current !== 'parked') throw new ConflictError(`proposal.notParked.${current}`);
    return 'open';
  }
  if (current !== 'open') throw new ConflictError(`proposal.decided.${current}`);
  return DECISION_STATUS[move];
}

/** Whether the reason the manager gave is enough for the decision (park and decline need one). */
export function reasonRequired(decision: ProposalDecision): boolean {
  return decision !== 'accept';
}

/** Support ("Jag stöder förslaget") is open while the proposal is undecided: open or parked. */
export function canBeSupported(status: ProposalStatus): boolean {
  return status === 'open' || status === 'parked';
}

/**
 * A title from free text (`@Kvalitetsråd förslag <text>`): its first sentence or line, cut at a word
 * boundary to fit the title limit, with "…" when cut.
 */
export function titleFromText(text: string, max = 80): string {
  const clean = text.trim();
  const sentence = /^(.+?)(?:[.!?](?:\s|$)|\n|$)/s.exec(clean)?.[1]?.trim() ?? clean;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Spam protection that identifies no one: at most this many new proposals per unit and per tenant in
 * a sliding window. Counted from the stored proposals, so it holds across instances and restarts.
 */
export const PROPOSAL_RATE_LIMITS = {
  windowMs: 10 * 60_000,
  perCouncil: 20,
  perTenant: 500,
} as const;

/** How long a decided proposal stays in the next meetings' feedback (återkoppling) at the latest. */
export const FEEDBACK_WINDOW_DAYS = 90;
