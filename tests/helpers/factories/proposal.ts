import { randomUUID } from 'node:crypto';
import type { Council, Person } from '../../../bot/src/domain/council';
import type { Proposal, ProposalSource, ProposalStatus } from '../../../bot/src/domain/proposal';
import type { Db } from '../../../bot/src/store/db';
import { findProposal, insertProposal, lockCouncilForProposal, updateProposalStatus } from '../../../bot/src/store/proposal-repository';
import { createCouncil } from './council';
import { createSubAssignment } from './follow-up';
import { FACTORY_NOW } from './in-memory';

/** What `createProposal` takes. */
export interface ProposalOverrides {
  /** Created when absent. */
  council?: Council;
  title?: string;
  problem?: string;
  improvement?: string;
  source?: ProposalSource;
  /** An anonymous proposal stores no author (docs/domain.md#privacy). */
  anonymous?: boolean;
  /** Who proposed it when named; defaults to the council's first member. */
  author?: Person;
  /** Anything but `open` is decided by the council's first manager at `decidedAt`. */
  status?: ProposalStatus;
  reason?: string;
  decidedAt?: Date;
  /** The channel message whose thread its card is in (a proposal made by `@Kvalitetsråd förslag`). */
  threadRootId?: string;
  createdAt?: Date;
}

/**
 * Förbättringsförslag stored through the proposal repository with the council's next number
 * (docs/domain.md#proposals): named by the first member unless `anonymous`. An `accepted` one gets its
 * improvement work (deluppdrag) as the triage makes it. Returns the proposal as the repository reads it.
 */
export async function createProposal(db: Db, overrides: ProposalOverrides = {}): Promise<Proposal> {
  const council = overrides.council ?? (await createCouncil(db));
  const createdAt = overrides.createdAt ?? FACTORY_NOW;
  const anonymous = overrides.anonymous ?? false;
  const author = anonymous ? undefined : (overrides.author ?? council.members[0] ?? council.managers[0]!);
  const inserted = await db.transaction(async (tx) => {
    await lockCouncilForProposal(tx, council.tenantId, council.id, { since: createdAt, submissionKey: '', resubmittedSince: createdAt });
    return insertProposal(tx, {
      id: randomUUID(),
      tenantId: council.tenantId,
      councilId: council.id,
      submissionKey: `factory:${randomUUID()}`,
      title: overrides.title ?? 'Fler sittplatser längs promenadslingan',
      problem: overrides.problem ?? 'Många boende orkar inte gå hela slingan utan att vila.',
      improvement: overrides.improvement ?? 'Fler kommer ut på promenad varje dag.',
      source: overrides.source ?? 'staff',
      anonymous,
      author,
      threadRootId: overrides.threadRootId,
      createdAt,
    });
  });
  const status = overrides.status ?? 'open';
  if (status === 'open') return inserted;
  const decidedAt = overrides.decidedAt ?? createdAt;
  const work =
    status === 'accepted'
      ? await createSubAssignment(db, {
          council,
          name: inserted.title,
          purpose: inserted.problem,
          origin: { kind: 'proposal', id: inserted.id },
          createdAt: decidedAt,
        })
      : undefined;
  await updateProposalStatus(
    db,
    {
      tenantId: council.tenantId,
      id: inserted.id,
      status,
      reason: overrides.reason ?? (status === 'accepted' ? undefined : 'Tas upp efter ombyggnaden.'),
      decidedByName: council.managers[0]!.name,
      decidedAt,
      subAssignmentId: work?.id,
    },
    decidedAt,
  );
  return (await findProposal(db, council.tenantId, inserted.id))!;
}
