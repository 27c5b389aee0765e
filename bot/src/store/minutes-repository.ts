import { readMinutesContent, type Minutes, type MinutesContent } from '../domain/minutes';
import type { Db } from './db';

interface MinutesRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string;
  council_id: string;
  meeting_id: string | null;
  held_at: Date;
  status: Minutes['status'];
  version: number;
  content: unknown;
  card_activity_id: string | null;
  approved_by_name: string | null;
  approved_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * Stored content, as the drivers hand jsonb back (parsed by pg, text on some PGlite paths), read
 * tolerantly: minutes saved before attendance said how people took part still read correctly.
 */
const contentOf = (value: unknown): MinutesContent => readMinutesContent(typeof value === 'string' ? JSON.parse(value) : value);

const toMinutes = (r: MinutesRow): Minutes => ({
  id: r.id,
  tenantId: r.tenant_id,
  councilId: r.council_id,
  meetingId: r.meeting_id ?? undefined,
  heldAt: new Date(r.held_at),
  status: r.status,
  version: r.version,
  content: contentOf(r.content),
  cardActivityId: r.card_activity_id ?? undefined,
  approvedByName: r.approved_by_name ?? undefined,
  approvedAt: r.approved_at ? new Date(r.approved_at) : undefined,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** One saved version of the minutes: what they said, who saved it, and why (corrections). */
export interface MinutesVersion {
  version: number;
  kind: 'opened' | 'saved' | 'approved' | 'corrected';
  content: MinutesContent;
  byName: string;
  reason?: string;
  savedAt: Date;
}

/**
 * Inserts new minutes with their first version, unless the meeting already has minutes (two openings
 * at once): then the existing ones are returned.
 */
export async function insertMinutes(db: Db, m: Minutes, byName: string): Promise<Minutes> {
  const rows = await db.query<MinutesRow>(
    `insert into minutes (id, tenant_id, council_id, meeting_id, held_at, status, version, content, created_at, updated_at)
     values ($1, $2, $3, $4, $5, 'draft', 1, $6, $7, $7)
     on conflict (tenant_id, meeting_id) where meeting_id is not null do nothing
     returning *`,
    [m.id, m.tenantId, m.councilId, m.meetingId ?? null, m.heldAt, JSON.stringify(m.content), m.createdAt],
  );
  const [inserted] = rows;
  if (!inserted) {
    // Only a meeting's minutes can conflict: the existing ones are returned.
    const existing = m.meetingId ? await findMinutesOfMeeting(db, m.tenantId, m.meetingId) : undefined;
    if (!existing) throw new Error('minutes were not inserted, and the meeting has none');
    return existing;
  }
  await insertVersion(db, m.tenantId, m.id, { version: 1, kind: 'opened', content: m.content, byName, savedAt: m.createdAt });
  return toMinutes(inserted);
}

/** Minutes by id within the tenant; `forUpdate` locks them for the transaction. */
export async function findMinutes(db: Db, tenantId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Minutes | undefined> {
  const rows = await db.query<MinutesRow>(`select * from minutes where tenant_id = $1 and id = $2${options.forUpdate ? ' for update' : ''}`, [
    tenantId,
    id,
  ]);
  return rows[0] && toMinutes(rows[0]);
}

/** The minutes of a planned meeting, if opened. */
export async function findMinutesOfMeeting(db: Db, tenantId: string, meetingId: string): Promise<Minutes | undefined> {
  const rows = await db.query<MinutesRow>('select * from minutes where tenant_id = $1 and meeting_id = $2', [tenantId, meetingId]);
  return rows[0] && toMinutes(rows[0]);
}

/** The council's latest approved minutes held before `before`, for follow-up at the next meeting. */
export async function findPreviousApprovedMinutes(db: Db, tenantId: string, councilId: string, before: Date): Promise<Minutes | undefined> {
  const rows = await db.query<MinutesRow>(
    `select * from minutes where tenant_id = $1 and council_id = $2 and status = 'approved' and held_at < $3
      order by held_at desc limit 1`,
    [tenantId, councilId, before],
  );
  return rows[0] && toMinutes(rows[0]);
}

/** Stores a new version as the minutes' current state (and approval, when given) and keeps it in the history. */
export async function saveMinutesVersion(db: Db, tenantId: string, id: string, v: MinutesVersion & { approvedByName?: string }): Promise<void> {
  await db.query(
    `update minutes set content = $3, version = $4, updated_at = $5,
            status = case when $6::text is null then status else 'approved' end,
            approved_by_name = coalesce($6, approved_by_name), approved_at = case when $6::text is null then approved_at else $5 end
      where tenant_id = $1 and id = $2`,
    [tenantId, id, JSON.stringify(v.content), v.version, v.savedAt, v.approvedByName ?? null],
  );
  await insertVersion(db, tenantId, id, v);
}

/** A row of `minutes_version`. */
interface MinutesVersionRow {
  [key: string]: unknown;
  version: number;
  kind: MinutesVersion['kind'];
  content: unknown;
  by_name: string;
  reason: string | null;
  saved_at: Date;
}

/** One stored version's content (the base a concurrent save is merged against). */
export async function findMinutesVersion(db: Db, tenantId: string, id: string, version: number): Promise<MinutesVersion | undefined> {
  const rows = await db.query<MinutesVersionRow>('select * from minutes_version where tenant_id = $1 and minutes_id = $2 and version = $3', [
    tenantId,
    id,
    version,
  ]);
  const r = rows[0];
  return (
    r && {
      version: r.version,
      kind: r.kind,
      content: contentOf(r.content),
      byName: r.by_name,
      reason: r.reason ?? undefined,
      savedAt: new Date(r.saved_at),
    }
  );
}

/** Records where the minutes card is in the channel. */
export async function setMinutesCard(db: Db, tenantId: string, id: string, activityId: string): Promise<void> {
  await db.query('update minutes set card_activity_id = $3 where tenant_id = $1 and id = $2', [tenantId, id, activityId]);
}

async function insertVersion(db: Db, tenantId: string, id: string, v: MinutesVersion): Promise<void> {
  await db.query(
    `insert into minutes_version (tenant_id, minutes_id, version, kind, content, by_name, reason, saved_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [tenantId, id, v.version, v.kind, JSON.stringify(v.content), v.byName, v.reason ?? null, v.savedAt],
  );
}

/** The corrections made to approved minutes, oldest first: who, when, why. */
export async function listMinutesCorrections(db: Db, tenantId: string, id: string): Promise<MinutesVersion[]> {
  const rows = await db.query<MinutesVersionRow>(
    `select * from minutes_version where tenant_id = $1 and minutes_id = $2 and kind = 'corrected' order by version`,
    [tenantId, id],
  );
  return rows.map((r) => ({
    version: r.version,
    kind: r.kind,
    content: contentOf(r.content),
    byName: r.by_name,
    reason: r.reason ?? undefined,
    savedAt: new Date(r.saved_at),
  }));
}

/** A council's approved minutes of meetings held in `[from, to)`, oldest first. */
export async function listApprovedMinutes(db: Db, tenantId: string, councilId: string, from: Date, to: Date): Promise<Minutes[]> {
  const rows = await db.query<MinutesRow>(
    `select * from minutes where tenant_id = $1 and council_id = $2 and status = 'approved' and held_at >= $3 and held_at < $4
      order by held_at, id`,
    [tenantId, councilId, from, to],
  );
  return rows.map(toMinutes);
}
