import type { Proposal, ProposalSource, ProposalStatus } from '../domain/proposal';
import type { Db } from './db';

interface ProposalRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string;
  council_id: string;
  number: number;
  title: string;
  problem: string;
  improvement: string;
  source: ProposalSource;
  anonymous: boolean;
  author_aad_object_id: string | null;
  author_teams_user_id: string | null;
  author_name: string | null;
  status: ProposalStatus;
  reason: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  sub_assignment_id: string | null;
  card_activity_id: string | null;
  thread_root_id: string | null;
  version: number;
  created_at: Date;
  support_count: number | string;
}

const toProposal = (r: ProposalRow): Proposal => ({
  id: r.id,
  tenantId: r.tenant_id,
  councilId: r.council_id,
  number: r.number,
  title: r.title,
  problem: r.problem,
  improvement: r.improvement,
  source: r.source,
  anonymous: r.anonymous,
  author: r.author_aad_object_id
    ? { aadObjectId: r.author_aad_object_id, teamsUserId: r.author_teams_user_id ?? '', name: r.author_name ?? '' }
    : undefined,
  status: r.status,
  reason: r.reason ?? undefined,
  decidedByName: r.decided_by_name ?? undefined,
  decidedAt: r.decided_at ? new Date(r.decided_at) : undefined,
  subAssignmentId: r.sub_assignment_id ?? undefined,
  supportCount: Number(r.support_count),
  cardActivityId: r.card_activity_id ?? undefined,
  threadRootId: r.thread_root_id ?? undefined,
  version: r.version,
  createdAt: new Date(r.created_at),
});

const SELECT = `select p.*, (select count(*) from proposal_support s where s.tenant_id = p.tenant_id and s.proposal_id = p.id) as support_count
  from proposal p`;

/** A new proposal as stored: everything but what the store assigns (number, version, count). */
export type NewProposal = Omit<
  Proposal,
  'number' | 'version' | 'supportCount' | 'status' | 'decidedAt' | 'decidedByName' | 'reason' | 'subAssignmentId'
> & {
  /** Finds this submission again when it is delivered twice (see `findRecentSubmission`). */
  submissionKey: string;
};

/**
 * Inserts a proposal with the council's next number. Call `lockCouncilForProposal` first in the same
 * transaction, so two proposals of one unit never get the same number.
 */
export async function insertProposal(db: Db, p: NewProposal): Promise<Proposal> {
  const rows = await db.query<ProposalRow>(
    `insert into proposal (id, tenant_id, council_id, number, title, problem, improvement, source, anonymous,
                           author_aad_object_id, author_teams_user_id, author_name, status, card_activity_id, thread_root_id,
                           submission_key, version, created_at, updated_at)
     select $1, $2, $3, coalesce(max(number), 0) + 1, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12, $13, $15, 1, $14, $14
       from proposal where tenant_id = $2 and council_id = $3
     returning *, 0 as support_count`,
    [
      p.id,
      p.tenantId,
      p.councilId,
      p.title,
      p.problem,
      p.improvement,
      p.source,
      p.anonymous,
      p.author?.aadObjectId ?? null,
      p.author?.teamsUserId ?? null,
      p.author?.name ?? null,
      p.cardActivityId ?? null,
      p.threadRootId ?? null,
      p.createdAt,
      p.submissionKey,
    ],
  );
  const [row] = rows;
  if (!row) throw new Error('insert into proposal returned no row');
  return toProposal(row);
}

/** One proposal of the tenant with its support count; `forUpdate` locks it for the transaction. */
export async function findProposal(db: Db, tenantId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Proposal | undefined> {
  if (options.forUpdate) await db.query('select 1 from proposal where tenant_id = $1 and id = $2 for update', [tenantId, id]);
  const rows = await db.query<ProposalRow>(`${SELECT} where p.tenant_id = $1 and p.id = $2`, [tenantId, id]);
  return rows[0] && toProposal(rows[0]);
}

/** What `lockCouncilForProposal` finds: recent proposals for the spam limit, and this submission if made before. */
export interface ProposalIntake {
  /** New proposals since the window's start, in the unit and in the tenant. */
  council: number;
  tenant: number;
  /** The proposal with the same submission key made within the resubmission window, if any. */
  repeatedId?: string;
}

/**
 * Locks the council's row for the rest of the transaction (proposals of one unit are numbered one at
 * a time), then counts the new proposals since `since` in the unit and the tenant for the spam limit
 * and finds a proposal with `submissionKey` made at or after `resubmittedSince`. Two statements: one
 * that waited for the lock still reads with the snapshot it started with, so it would miss the
 * proposal whose transaction held the lock.
 */
export async function lockCouncilForProposal(
  db: Db,
  tenantId: string,
  councilId: string,
  window: { since: Date; submissionKey: string; resubmittedSince: Date },
): Promise<ProposalIntake> {
  await db.query('select 1 from council where tenant_id = $1 and id = $2 for update', [tenantId, councilId]);
  const [row] = await db.query<{ council: string | number; tenant: string | number; repeated_id: string | null }>(
    `select (select count(*) from proposal where tenant_id = $1 and council_id = $2 and created_at > $3) as council,
            (select count(*) from proposal where tenant_id = $1 and created_at > $3) as tenant,
            (select id from proposal where tenant_id = $1 and council_id = $2 and submission_key = $4 and created_at >= $5
              order by created_at desc limit 1) as repeated_id`,
    [tenantId, councilId, window.since, window.submissionKey, window.resubmittedSince],
  );
  return { council: Number(row?.council ?? 0), tenant: Number(row?.tenant ?? 0), repeatedId: row?.repeated_id ?? undefined };
}

/**
 * A council's proposals with the given statuses, newest first; `decidedSince` adds those decided
 * (accepted, parked or declined) at or after that instant, for feedback at the next meeting.
 */
export async function listProposals(
  db: Db,
  tenantId: string,
  councilId: string,
  options: { statuses: readonly ProposalStatus[]; decidedSince?: Date; limit?: number },
): Promise<Proposal[]> {
  const rows = await db.query<ProposalRow>(
    `${SELECT}
      where p.tenant_id = $1 and p.council_id = $2
        and (p.status = any($3::text[]) or ($4::timestamptz is not null and p.decided_at >= $4))
      order by p.number desc
      limit $5`,
    [tenantId, councilId, [...options.statuses], options.decidedSince ?? null, options.limit ?? 200],
  );
  return rows.map(toProposal);
}

/** Records where the proposal's card is in the channel. */
export async function setProposalCard(db: Db, tenantId: string, id: string, cardActivityId: string, threadRootId: string): Promise<void> {
  await db.query('update proposal set card_activity_id = $3, thread_root_id = $4 where tenant_id = $1 and id = $2', [
    tenantId,
    id,
    cardActivityId,
    threadRootId,
  ]);
}

/** A triage (or taking a parked proposal up again) as stored; bumps the version. */
export async function updateProposalStatus(
  db: Db,
  p: Pick<Proposal, 'tenantId' | 'id' | 'status' | 'reason' | 'decidedByName' | 'decidedAt' | 'subAssignmentId'>,
  at: Date,
): Promise<void> {
  await db.query(
    `update proposal set status = $3, reason = $4, decided_by_name = $5, decided_at = $6, sub_assignment_id = $7,
            version = version + 1, updated_at = $8
      where tenant_id = $1 and id = $2`,
    [p.tenantId, p.id, p.status, p.reason ?? null, p.decidedByName ?? null, p.decidedAt ?? null, p.subAssignmentId ?? null, at],
  );
}

/**
 * Adds this person's support, or withdraws it when they already gave it (pressing again). The
 * primary key keeps it to one row per person however many presses arrive at once.
 */
export async function toggleSupport(db: Db, tenantId: string, proposalId: string, aadObjectId: string, at: Date): Promise<'added' | 'withdrawn'> {
  const added = await db.query(
    `insert into proposal_support (tenant_id, proposal_id, aad_object_id, supported_at) values ($1, $2, $3, $4)
     on conflict do nothing returning 1`,
    [tenantId, proposalId, aadObjectId, at],
  );
  if (added.length > 0) return 'added';
  await db.query('delete from proposal_support where tenant_id = $1 and proposal_id = $2 and aad_object_id = $3', [
    tenantId,
    proposalId,
    aadObjectId,
  ]);
  return 'withdrawn';
}

/** Whether this person supports the proposal (their own view of the card says so). */
export async function hasSupported(db: Db, tenantId: string, proposalId: string, aadObjectId: string): Promise<boolean> {
  const rows = await db.query('select 1 from proposal_support where tenant_id = $1 and proposal_id = $2 and aad_object_id = $3', [
    tenantId,
    proposalId,
    aadObjectId,
  ]);
  return rows.length > 0;
}
