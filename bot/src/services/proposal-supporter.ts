import type { Council } from '../domain/council';
import { ConflictError, NotFoundError } from '../domain/errors';
import { authorize, type Actor } from '../domain/policies';
import { canBeSupported, type Proposal } from '../domain/proposal';
import type { Db } from '../store/db';
import { findProposal, toggleSupport } from '../store/proposal-repository';
import type { Clock } from './ports';

/** What `supportProposal` needs. */
export interface SupportProposalProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  proposalId: string;
}

/**
 * "Jag stöder förslaget": adds the actor's support, or withdraws it when pressed again. One per person;
 * refused (`ConflictError`) once the proposal is accepted or declined. Run it in a transaction: the
 * proposal row is locked so a triage and a press do not cross.
 */
export async function supportProposal(props: SupportProposalProps): Promise<{ proposal: Proposal; supported: boolean }> {
  const { db, clock, actor, council, proposalId } = props;
  authorize(actor, 'propose', council);
  const current = await findProposal(db, council.tenantId, proposalId, { forUpdate: true });
  if (!current || current.councilId !== council.id) throw new NotFoundError('proposal.notFound');
  if (!canBeSupported(current.status)) throw new ConflictError(`proposal.support.closed.${current.status}`);
  const change = await toggleSupport(db, council.tenantId, proposalId, actor.aadObjectId, clock.now());
  const proposal = await findProposal(db, council.tenantId, proposalId);
  if (!proposal) throw new Error('the supported proposal is not in the store');
  return { proposal, supported: change === 'added' };
}
