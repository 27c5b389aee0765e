import { randomUUID } from 'node:crypto';
import type { Council } from '../domain/council';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import { localPartsOf } from '../domain/local-time';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import { nextStatus, reasonRequired, type Proposal, type ProposalDecision } from '../domain/proposal';
import type { Db } from '../store/db';
import { enqueuePosts } from '../store/outbox-repository';
import { findProposal, updateProposalStatus } from '../store/proposal-repository';
import { insertSubAssignment } from '../store/sub-assignment-repository';
import type { Clock } from './ports';

/** What `triageProposal` needs; `move` is a decision, or `reopen` for a parked proposal. */
export interface TriageProposalProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  proposalId: string;
  move: ProposalDecision | 'reopen';
  /** The manager's reason: required to park or decline. */
  reason: string;
  /** The version the manager saw; a stale one is refused. */
  expectedVersion: number;
}

/**
 * The manager's triage. Accept → the proposal becomes an improvement work (a deluppdrag under
 * "Kvalitetsråd" this year, linked to the proposal); park or decline → with a reason; reopen → a
 * parked proposal is open again. A named proposer gets the outcome in personal chat (enqueued in the
 * same transaction: run it in one). Refuses non-managers, decided proposals and stale versions.
 */
export async function triageProposal(props: TriageProposalProps): Promise<Proposal> {
  const { db, clock, actor, council, proposalId, move } = props;
  authorize(actor, 'triage', council);
  const current = await findProposal(db, council.tenantId, proposalId, { forUpdate: true });
  if (!current || current.councilId !== council.id) throw new NotFoundError('proposal.notFound');
  const status = nextStatus(current.status, move);
  if (current.version !== props.expectedVersion) throw new ConflictError('proposal.stale');
  const reason = props.reason.trim();
  if (move !== 'reopen' && reasonRequired(move) && reason.length < 3) throw new ValidationError(`proposal.reason.required.${move}`, {}, 'reason');
  guardPersonalNumbers({ reason });

  const now = clock.now();
  let subAssignmentId: string | undefined;
  if (move === 'accept') {
    const work = await insertSubAssignment(db, {
      id: randomUUID(),
      tenantId: council.tenantId,
      councilId: council.id,
      year: Number(localPartsOf(now, council.timeZone).date.slice(0, 4)),
      kind: 'improvement',
      name: current.title,
      purpose: [current.problem, current.improvement].filter(Boolean).join('\n\n'),
      startsOn: localPartsOf(now, council.timeZone).date,
      origin: { kind: 'proposal', id: current.id },
      status: 'ongoing',
      createdAt: now,
    });
    subAssignmentId = work?.id; // open → accepted happens once, so the work is new
  }
  const decided = move !== 'reopen';
  await updateProposalStatus(
    db,
    {
      tenantId: council.tenantId,
      id: current.id,
      status,
      reason: decided && reason ? reason : undefined,
      decidedByName: decided ? actor.name : undefined,
      decidedAt: decided ? now : undefined,
      subAssignmentId: subAssignmentId ?? current.subAssignmentId,
    },
    now,
  );
  if (!current.anonymous) {
    await enqueuePosts(
      db,
      [
        {
          tenantId: council.tenantId,
          key: `proposal:${current.id}:outcome:${current.version + 1}`,
          kind: 'proposal-outcome',
          councilId: council.id,
          proposalId: current.id,
          dueAt: now,
        },
      ],
      now,
    );
  }
  const triaged = await findProposal(db, council.tenantId, current.id);
  if (!triaged) throw new Error('the triaged proposal is not in the store');
  return triaged;
}
