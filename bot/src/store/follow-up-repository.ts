import type { StatusColour } from '../domain/follow-up';
import type { Db } from './db';
import { dateText } from './row-values';

/** Aktivitet: a concrete step of a sub-assignment, revised as the work goes. */
export interface Activity {
  id: string;
  tenantId: string;
  councilId: string;
  subAssignmentId: string;
  name: string;
  responsible?: { aadObjectId: string; name: string };
  dueOn?: string;
  doneAt?: Date;
  version: number;
  createdAt: Date;
}

/** Lägesbedömning: the status and comment of one target for one month. */
export interface StatusAssessment {
  tenantId: string;
  councilId: string;
  year: number;
  targetKind: 'assignment' | 'subAssignment' | 'activity';
  /** The council for the assignment, else the sub-assignment or activity. */
  targetId: string;
  month: string;
  status: StatusColour;
  comment: string;
  assessedBy: { aadObjectId: string; name: string };
  assessedAt: Date;
}

/** A document or link attached to a sub-assignment by hand. */
export interface SubAssignmentLink {
  id: string;
  tenantId: string;
  subAssignmentId: string;
  title: string;
  url: string;
  createdAt: Date;
}

interface ActivityRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string;
  council_id: string;
  sub_assignment_id: string;
  name: string;
  responsible_aad_object_id: string | null;
  responsible_name: string | null;
  due_on: string | Date | null;
  done_at: Date | null;
  version: number;
  created_at: Date;
}

interface AssessmentRow {
  [key: string]: unknown;
  tenant_id: string;
  council_id: string;
  year: number;
  target_kind: StatusAssessment['targetKind'];
  target_id: string;
  month: string;
  status: StatusColour;
  comment: string;
  assessed_by_aad_object_id: string;
  assessed_by_name: string;
  assessed_at: Date;
}

const toActivity = (r: ActivityRow): Activity => ({
  id: r.id,
  tenantId: r.tenant_id,
  councilId: r.council_id,
  subAssignmentId: r.sub_assignment_id,
  name: r.name,
  responsible: r.responsible_aad_object_id ? { aadObjectId: r.responsible_aad_object_id, name: r.responsible_name ?? '' } : undefined,
  dueOn: dateText(r.due_on),
  doneAt: r.done_at ? new Date(r.done_at) : undefined,
  version: r.version,
  createdAt: new Date(r.created_at),
});

const toAssessment = (r: AssessmentRow): StatusAssessment => ({
  tenantId: r.tenant_id,
  councilId: r.council_id,
  year: r.year,
  targetKind: r.target_kind,
  targetId: r.target_id,
  month: r.month,
  status: r.status,
  comment: r.comment,
  assessedBy: { aadObjectId: r.assessed_by_aad_object_id, name: r.assessed_by_name },
  assessedAt: new Date(r.assessed_at),
});

export async function insertActivity(db: Db, a: Omit<Activity, 'version'>): Promise<void> {
  await db.query(
    `insert into activity (id, tenant_id, council_id, sub_assignment_id, name, responsible_aad_object_id, responsible_name, due_on, done_at, version, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $10)`,
    [
      a.id,
      a.tenantId,
      a.councilId,
      a.subAssignmentId,
      a.name,
      a.responsible?.aadObjectId ?? null,
      a.responsible?.name ?? null,
      a.dueOn ?? null,
      a.doneAt ?? null,
      a.createdAt,
    ],
  );
}

export async function findActivity(db: Db, tenantId: string, id: string, options: { forUpdate?: boolean } = {}): Promise<Activity | undefined> {
  const rows = await db.query<ActivityRow>(`select * from activity where tenant_id = $1 and id = $2${options.forUpdate ? ' for update' : ''}`, [
    tenantId,
    id,
  ]);
  return rows[0] && toActivity(rows[0]);
}

/** Writes an activity read at `expectedVersion`; false when someone changed it since. */
export async function updateActivity(db: Db, a: Activity, expectedVersion: number, at: Date): Promise<boolean> {
  const rows = await db.query(
    `update activity set name = $3, responsible_aad_object_id = $4, responsible_name = $5, due_on = $6, done_at = $7, version = version + 1, updated_at = $8
      where tenant_id = $1 and id = $2 and version = $9 returning id`,
    [
      a.tenantId,
      a.id,
      a.name,
      a.responsible?.aadObjectId ?? null,
      a.responsible?.name ?? null,
      a.dueOn ?? null,
      a.doneAt ?? null,
      at,
      expectedVersion,
    ],
  );
  return rows.length === 1;
}

/** A sub-assignment's activities in the order they were added. */
export async function listActivities(db: Db, tenantId: string, subAssignmentId: string): Promise<Activity[]> {
  const rows = await db.query<ActivityRow>('select * from activity where tenant_id = $1 and sub_assignment_id = $2 order by created_at, id', [
    tenantId,
    subAssignmentId,
  ]);
  return rows.map(toActivity);
}

/** Every activity of a council's sub-assignments of a year (for the export). */
export async function listActivitiesOfYear(db: Db, tenantId: string, councilId: string, year: number): Promise<Activity[]> {
  const rows = await db.query<ActivityRow>(
    `select a.* from sub_assignment s join activity a on a.tenant_id = s.tenant_id and a.sub_assignment_id = s.id
      where s.tenant_id = $1 and s.council_id = $2 and s.year = $3 order by a.created_at, a.id`,
    [tenantId, councilId, year],
  );
  return rows.map(toActivity);
}

/** Activities done and in all, per sub-assignment of a council's year. */
export async function countActivities(
  db: Db,
  tenantId: string,
  councilId: string,
  year: number,
): Promise<Map<string, { done: number; total: number }>> {
  const rows = await db.query<{ sub_assignment_id: string; done: number; total: number }>(
    `select s.id as sub_assignment_id, count(a.done_at)::int as done, count(*)::int as total
       from sub_assignment s cross join lateral (select done_at from activity where tenant_id = s.tenant_id and sub_assignment_id = s.id) a
      where s.tenant_id = $1 and s.council_id = $2 and s.year = $3
      group by s.id`,
    [tenantId, councilId, year],
  );
  return new Map(rows.map((r) => [r.sub_assignment_id, { done: r.done, total: r.total }]));
}

/** Records the month's assessment of a target, replacing one made earlier for the same month. */
export async function upsertAssessment(db: Db, a: StatusAssessment): Promise<void> {
  await db.query(
    `insert into status_assessment (tenant_id, council_id, year, target_kind, target_id, month, status, comment, assessed_by_aad_object_id, assessed_by_name, assessed_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict (tenant_id, target_id, month) do update
       set status = excluded.status, comment = excluded.comment, assessed_by_aad_object_id = excluded.assessed_by_aad_object_id,
           assessed_by_name = excluded.assessed_by_name, assessed_at = excluded.assessed_at`,
    [
      a.tenantId,
      a.councilId,
      a.year,
      a.targetKind,
      a.targetId,
      a.month,
      a.status,
      a.comment,
      a.assessedBy.aadObjectId,
      a.assessedBy.name,
      a.assessedAt,
    ],
  );
}

/** A council's assessments of a year, of the given kinds, oldest month first. */
export async function listAssessments(
  db: Db,
  tenantId: string,
  councilId: string,
  year: number,
  kinds: StatusAssessment['targetKind'][],
): Promise<StatusAssessment[]> {
  const rows = await db.query<AssessmentRow>(
    `select * from status_assessment where tenant_id = $1 and council_id = $2 and year = $3 and target_kind = any($4::text[])
      order by month, target_kind, target_id`,
    [tenantId, councilId, year, kinds],
  );
  return rows.map(toAssessment);
}

/** The latest assessment of each target of a kind in a council's year, and which months it has. */
export async function listLatestAssessments(
  db: Db,
  tenantId: string,
  councilId: string,
  year: number,
  kind: StatusAssessment['targetKind'],
): Promise<Map<string, { latest: StatusAssessment; months: string[] }>> {
  const rows = await db.query<AssessmentRow & { months: string[] }>(
    `select distinct on (target_id) *, array_agg(month) over (partition by target_id) as months
       from status_assessment where tenant_id = $1 and council_id = $2 and year = $3 and target_kind = $4
      order by target_id, month desc`,
    [tenantId, councilId, year, kind],
  );
  return new Map(rows.map((r) => [r.target_id, { latest: toAssessment(r), months: r.months }]));
}

/** The assessments of a year of some targets (a sub-assignment and its activities), oldest month first. */
export async function listAssessmentsOf(db: Db, tenantId: string, targetIds: string[], year: number): Promise<StatusAssessment[]> {
  if (targetIds.length === 0) return [];
  const rows = await db.query<AssessmentRow>(
    'select * from status_assessment where tenant_id = $1 and target_id = any($2::uuid[]) and year = $3 order by month, target_kind, target_id',
    [tenantId, targetIds, year],
  );
  return rows.map(toAssessment);
}

export async function insertLink(db: Db, l: SubAssignmentLink): Promise<void> {
  await db.query('insert into sub_assignment_link (id, tenant_id, sub_assignment_id, title, url, created_at) values ($1, $2, $3, $4, $5, $6)', [
    l.id,
    l.tenantId,
    l.subAssignmentId,
    l.title,
    l.url,
    l.createdAt,
  ]);
}

export async function listLinks(db: Db, tenantId: string, subAssignmentId: string): Promise<SubAssignmentLink[]> {
  const rows = await db.query<{ id: string; tenant_id: string; sub_assignment_id: string; title: string; url: string; created_at: Date }>(
    'select * from sub_assignment_link where tenant_id = $1 and sub_assignment_id = $2 order by created_at, id',
    [tenantId, subAssignmentId],
  );
  return rows.map((r) => ({
    id: r.id,
    tenantId: r.tenant_id,
    subAssignmentId: r.sub_assignment_id,
    title: r.title,
    url: r.url,
    createdAt: new Date(r.created_at),
  }));
}

/** The years a council has sub-assignments in, newest first. */
export async function listFollowUpYears(db: Db, tenantId: string, councilId: string): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'select distinct year from sub_assignment where tenant_id = $1 and council_id = $2 order by year desc',
    [tenantId, councilId],
  );
  return rows.map((r) => r.year);
}
