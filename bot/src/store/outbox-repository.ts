import type { PostKind } from '../domain/meeting';
import type { Db } from './db';

/** Where a post is in its life. */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'dropped' | 'skipped';

/** A post to make: what, about which meeting, when, under which idempotency key. */
export interface NewPost {
  tenantId: string;
  key: string;
  kind: PostKind;
  councilId: string;
  meetingId?: string;
  /** The proposal a proposal post is about. */
  proposalId?: string;
  /** The person a personal post goes to, in their chat with the bot (Entra object id). */
  recipientAadObjectId?: string;
  revision?: number;
  dueAt: Date;
}

/** A row of the outbox. */
export interface OutboxPost extends NewPost {
  id: string;
  status: OutboxStatus;
  attempts: number;
  lastError?: string;
  activityId?: string;
  finishedAt?: Date;
}

interface OutboxRow {
  [key: string]: unknown;
  /** bigint: text from pg, a number from PGlite. */
  id: string | number;
  tenant_id: string;
  idempotency_key: string;
  kind: PostKind;
  council_id: string;
  meeting_id: string | null;
  proposal_id: string | null;
  recipient_aad_object_id: string | null;
  revision: number | null;
  due_at: Date;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  activity_id: string | null;
  finished_at: Date | null;
}

const toPost = (r: OutboxRow): OutboxPost => ({
  id: String(r.id),
  tenantId: r.tenant_id,
  key: r.idempotency_key,
  kind: r.kind,
  councilId: r.council_id,
  meetingId: r.meeting_id ?? undefined,
  proposalId: r.proposal_id ?? undefined,
  recipientAadObjectId: r.recipient_aad_object_id ?? undefined,
  revision: r.revision ?? undefined,
  dueAt: new Date(r.due_at),
  status: r.status,
  attempts: r.attempts,
  lastError: r.last_error ?? undefined,
  activityId: r.activity_id ?? undefined,
  finishedAt: r.finished_at ? new Date(r.finished_at) : undefined,
});

/** Adds posts; a key already in the outbox is left as it is. Returns how many were new. */
export async function enqueuePosts(db: Db, posts: readonly NewPost[], at: Date): Promise<number> {
  if (posts.length === 0) return 0;
  if (posts.length === 1 && posts[0]) return enqueuePost(db, posts[0], at);
  // Counted in the database: a planning pass may add tens of thousands of rows, and their ids are not needed.
  const rows = await db.query<{ added: number }>(
    `with added as (
       insert into outbox (tenant_id, idempotency_key, kind, council_id, meeting_id, revision, due_at, status, created_at, proposal_id,
                           recipient_aad_object_id)
       select t, k, kind, c::uuid, m::uuid, r, d, 'pending', $8, pr::uuid, rc
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[], $9::text[], $10::text[])
           as p(t, k, kind, c, m, r, d, pr, rc)
       on conflict (tenant_id, idempotency_key) do nothing
       returning 1)
     select count(*)::int as added from added`,
    [
      posts.map((p) => p.tenantId),
      posts.map((p) => p.key),
      posts.map((p) => p.kind),
      posts.map((p) => p.councilId),
      posts.map((p) => p.meetingId ?? null),
      posts.map((p) => p.revision ?? null),
      posts.map((p) => p.dueAt),
      at,
      posts.map((p) => p.proposalId ?? null),
      posts.map((p) => p.recipientAadObjectId ?? null),
    ],
  );
  return rows[0]?.added ?? 0;
}

/** One post (a proposal's): a plain insert, cheaper to plan than the arrays of `enqueuePosts`. */
async function enqueuePost(db: Db, p: NewPost, at: Date): Promise<number> {
  const rows = await db.query(
    `insert into outbox (tenant_id, idempotency_key, kind, council_id, meeting_id, revision, due_at, status, created_at, proposal_id,
                         recipient_aad_object_id)
     values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $9, $10)
     on conflict (tenant_id, idempotency_key) do nothing
     returning id`,
    [
      p.tenantId,
      p.key,
      p.kind,
      p.councilId,
      p.meetingId ?? null,
      p.revision ?? null,
      p.dueAt,
      at,
      p.proposalId ?? null,
      p.recipientAadObjectId ?? null,
    ],
  );
  return rows.length;
}

/** Drops a meeting's posts not yet made (it moved or was cancelled); returns how many. */
export async function dropPendingPosts(db: Db, tenantId: string, meetingId: string, at: Date): Promise<number> {
  const rows = await db.query(
    `update outbox set status = 'dropped', finished_at = $3, last_error = null
      where tenant_id = $1 and meeting_id = $2 and status = 'pending' returning id`,
    [tenantId, meetingId, at],
  );
  return rows.length;
}

/**
 * Claims up to `limit` due posts for this worker: pending ones due by `now`, and ones another worker
 * claimed but whose lease ran out (it died between claim and send). Rows locked by a concurrent claim
 * are skipped, so two workers never get the same row.
 */
export async function claimDuePosts(db: Db, now: Date, limit: number, leaseMs: number): Promise<OutboxPost[]> {
  const rows = await db.query<OutboxRow>(
    `with due as (
       select id from outbox
        where (status = 'pending' and due_at <= $1) or (status = 'sending' and locked_until <= $1)
        order by due_at, id
        limit $2
        for update skip locked)
     update outbox o set status = 'sending', attempts = o.attempts + 1, locked_until = $3
       from due where o.id = due.id
     returning o.*`,
    [now, limit, new Date(now.getTime() + leaseMs)],
  );
  return rows.map(toPost).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || Number(a.id) - Number(b.id));
}

/** Records a post as made, with the channel message it became. */
export async function markPostSent(db: Db, id: string, activityId: string | undefined, at: Date): Promise<void> {
  await db.query(`update outbox set status = 'sent', activity_id = $2, finished_at = $3, locked_until = null, last_error = null where id = $1`, [
    id,
    activityId ?? null,
    at,
  ]);
}

/** Ends a post without making it: `failed` (gave up), `skipped` (too late) or `dropped` (superseded). */
export async function finishPost(db: Db, id: string, status: 'failed' | 'skipped' | 'dropped', reason: string, at: Date): Promise<void> {
  await db.query(`update outbox set status = $2, last_error = $3, finished_at = $4, locked_until = null where id = $1`, [
    id,
    status,
    reason.slice(0, 500),
    at,
  ]);
}

/** Puts a claimed post back to wait until `dueAt`; `countAttempt = false` undoes the claim's attempt. */
export async function retryPostAt(db: Db, id: string, dueAt: Date, reason: string, countAttempt = true): Promise<void> {
  await db.query(
    `update outbox set status = 'pending', due_at = $2, last_error = $3, locked_until = null,
            attempts = attempts - case when $4 then 0 else 1 end
      where id = $1`,
    [id, dueAt, reason.slice(0, 500), countAttempt],
  );
}

/** A meeting's posts of one kind, newest first (to find the invitation and its state). */
export async function findMeetingPosts(db: Db, tenantId: string, meetingId: string, kind: PostKind): Promise<OutboxPost[]> {
  const rows = await db.query<OutboxRow>('select * from outbox where tenant_id = $1 and meeting_id = $2 and kind = $3 order by id desc', [
    tenantId,
    meetingId,
    kind,
  ]);
  return rows.map(toPost);
}

/** Posts of a council that ended as failed, newest first: shown to the manager. */
export async function listFailedPosts(db: Db, tenantId: string, councilId: string, limit = 20): Promise<OutboxPost[]> {
  const rows = await db.query<OutboxRow>(
    `select * from outbox where tenant_id = $1 and council_id = $2 and status = 'failed' order by finished_at desc limit $3`,
    [tenantId, councilId, limit],
  );
  return rows.map(toPost);
}

/** Every post of a council in due order: for the manager's overview and for tests. */
export async function listCouncilPosts(db: Db, tenantId: string, councilId: string): Promise<OutboxPost[]> {
  const rows = await db.query<OutboxRow>('select * from outbox where tenant_id = $1 and council_id = $2 order by due_at, id', [tenantId, councilId]);
  return rows.map(toPost);
}

/**
 * Hands back claimed posts this instance will not make after all (it is shutting down): pending
 * again, due as they were, the attempt not counted, so another instance takes them at once instead of
 * after the claim's lease.
 */
export async function releaseClaims(db: Db, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `update outbox set status = 'pending', attempts = attempts - 1, locked_until = null where id = any($1::bigint[]) and status = 'sending'`,
    [ids],
  );
}

/** One person's post about a meeting: the meeting, the revision it was planned for, and the person (Entra object id). */
export interface PersonalMeetingPost {
  meetingId: string;
  /** The meeting's revision the post was planned for (a later move supersedes it). */
  revision: number;
  recipientAadObjectId: string;
}

/**
 * Adds personal posts of one kind about meetings, due at `at`, taking tenant and council from each
 * meeting's row: three short arrays instead of one per column, for a planning pass of tens of
 * thousands. The idempotency key is `meetingPostKey` (`meeting:<id>:<kind>:<revision>`) and the person,
 * `meeting:<id>:<kind>:<revision>:<aadObjectId>`, made here so the pass sends no strings it need not:
 * once per person, meeting and revision. A key already in the outbox is left as it is. Returns how many were new.
 */
export async function enqueuePersonalMeetingPosts(db: Db, kind: PostKind, posts: readonly PersonalMeetingPost[], at: Date): Promise<number> {
  if (posts.length === 0) return 0;
  const rows = await db.query<{ added: number }>(
    `with added as (
       insert into outbox (tenant_id, idempotency_key, kind, council_id, meeting_id, revision, due_at, status, created_at, recipient_aad_object_id)
       select m.tenant_id, 'meeting:' || m.id || ':' || $3 || ':' || p.r || ':' || p.a, $3, m.council_id, m.id, p.r, $4, 'pending', $4, p.a
         from unnest($1::uuid[], $2::text[], $5::int[]) as p(m, a, r)
         join meeting m on m.id = p.m
       on conflict (tenant_id, idempotency_key) do nothing
       returning 1)
     select count(*)::int as added from added`,
    [posts.map((p) => p.meetingId), posts.map((p) => p.recipientAadObjectId), kind, at, posts.map((p) => p.revision)],
  );
  return rows[0]?.added ?? 0;
}
