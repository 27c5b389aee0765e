import type { Db } from './db';
import { dateText } from './row-values';

/** Deluppdrag: a sub-assignment under the unit's assignment "Kvalitetsråd" for one year. */
export interface SubAssignment {
  id: string;
  tenantId: string;
  councilId: string;
  year: number;
  /** `planning` is "Planering och protokoll kvalitetsråd"; each improvement work (utvecklingsarbete) is one `improvement`. */
  kind: 'planning' | 'improvement';
  name: string;
  /** Purpose and the problem it solves. */
  purpose: string;
  responsible?: { aadObjectId: string; name: string };
  startsOn?: string;
  endsOn?: string;
  /** What it came from: an accepted proposal, or a decision in the minutes. */
  origin?: { kind: 'proposal' | 'minutes'; id: string; line?: number };
  status: 'ongoing' | 'completed';
  /** The goal and how it is measured. */
  goal: string;
  measure: string;
  /** The final report's summary and when the work was "klarmarkerad". */
  finalReport?: string;
  completedAt?: Date;
  version: number;
  createdAt: Date;
}

interface SubAssignmentRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string;
  council_id: string;
  year: number;
  kind: SubAssignment['kind'];
  name: string;
  purpose: string;
  responsible_aad_object_id: string | null;
  responsible_name: string | null;
  starts_on: string | Date | null;
  ends_on: string | Date | null;
  origin: 'proposal' | 'minutes' | null;
  origin_id: string | null;
  origin_line: number;
  status: SubAssignment['status'];
  goal: string;
  measure: string;
  final_report: string | null;
  completed_at: Date | null;
  version: number;
  created_at: Date;
}

const toSubAssignment = (r: SubAssignmentRow): SubAssignment => ({
  id: r.id,
  tenantId: r.tenant_id,
  councilId: r.council_id,
  year: r.year,
  kind: r.kind,
  name: r.name,
  purpose: r.purpose,
  responsible: r.responsible_aad_object_id ? { aadObjectId: r.responsible_aad_object_id, name: r.responsible_name ?? '' } : undefined,
  startsOn: dateText(r.starts_on),
  endsOn: dateText(r.ends_on),
  origin: r.origin && r.origin_id ? { kind: r.origin, id: r.origin_id, line: r.origin_line } : undefined,
  status: r.status,
  goal: r.goal,
  measure: r.measure,
  finalReport: r.final_report ?? undefined,
  completedAt: r.completed_at ? new Date(r.completed_at) : undefined,
  version: r.version,
  createdAt: new Date(r.created_at),
});

/** What a new sub-assignment starts from; goal, measure and the final report come later, in the tab. */
export type NewSubAssignment = Omit<SubAssignment, 'version' | 'goal' | 'measure' | 'finalReport' | 'completedAt'>;

/**
 * Inserts a sub-assignment; one per origin and line (a proposal becomes at most one improvement work,
 * a line of approved minutes one each). Returns `undefined` when that origin's line already has one.
 */
export async function insertSubAssignment(db: Db, s: NewSubAssignment): Promise<SubAssignment | undefined> {
  const rows = await db.query<SubAssignmentRow>(
    `insert into sub_assignment (id, tenant_id, council_id, year, kind, name, purpose, responsible_aad_object_id, responsible_name,
                                 starts_on, ends_on, origin, origin_id, origin_line, status, version, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1, $16, $16)
     on conflict (tenant_id, origin, origin_id, origin_line) where origin_id is not null do nothing
     returning *`,
    [
      s.id,
      s.tenantId,
      s.councilId,
      s.year,
      s.kind,
      s.name,
      s.purpose,
      s.responsible?.aadObjectId ?? null,
      s.responsible?.name ?? null,
      s.startsOn ?? null,
      s.endsOn ?? null,
      s.origin?.kind ?? null,
      s.origin?.id ?? null,
      s.origin?.line ?? 0,
      s.status,
      s.createdAt,
    ],
  );
  return rows[0] && toSubAssignment(rows[0]);
}

/** A council's sub-assignments of a year, in the order they were made (works of one minutes as written). */
export async function listSubAssignments(db: Db, tenantId: string, councilId: string, year: number): Promise<SubAssignment[]> {
  const rows = await db.query<SubAssignmentRow>(
    'select * from sub_assignment where tenant_id = $1 and council_id = $2 and year = $3 order by created_at, origin_line, id',
    [tenantId, councilId, year],
  );
  return rows.map(toSubAssignment);
}

/** One sub-assignment of the tenant; `forUpdate` locks it for the rest of the transaction. */
export async function findSubAssignment(
  db: Db,
  tenantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<SubAssignment | undefined> {
  const rows = await db.query<SubAssignmentRow>(
    `select * from sub_assignment where tenant_id = $1 and id = $2${options.forUpdate ? ' for update' : ''}`,
    [tenantId, id],
  );
  return rows[0] && toSubAssignment(rows[0]);
}

/** The council's "Planering och protokoll kvalitetsråd" of `year`, made when the year's schedule is first saved. */
export async function ensurePlanningSubAssignment(
  db: Db,
  p: { id: string; tenantId: string; councilId: string; year: number; name: string; at: Date },
): Promise<void> {
  await db.query(
    `insert into sub_assignment (id, tenant_id, council_id, year, kind, name, purpose, status, version, created_at, updated_at)
     values ($1, $2, $3, $4, 'planning', $5, '', 'ongoing', 1, $6, $6)
     on conflict (tenant_id, council_id, year) where kind = 'planning' do nothing`,
    [p.id, p.tenantId, p.councilId, p.year, p.name, p.at],
  );
}

/** Writes the editable fields, final report and completion of a sub-assignment read at `expectedVersion`; false when it changed since. */
export async function updateSubAssignment(db: Db, s: SubAssignment, expectedVersion: number, at: Date): Promise<boolean> {
  const rows = await db.query(
    `update sub_assignment set name = $3, purpose = $4, goal = $5, measure = $6, responsible_aad_object_id = $7, responsible_name = $8,
            starts_on = $9, ends_on = $10, status = $11, final_report = $12, completed_at = $13, version = version + 1, updated_at = $14
      where tenant_id = $1 and id = $2 and version = $15 returning id`,
    [
      s.tenantId,
      s.id,
      s.name,
      s.purpose,
      s.goal,
      s.measure,
      s.responsible?.aadObjectId ?? null,
      s.responsible?.name ?? null,
      s.startsOn ?? null,
      s.endsOn ?? null,
      s.status,
      s.finalReport ?? null,
      s.completedAt ?? null,
      at,
      expectedVersion,
    ],
  );
  return rows.length === 1;
}
