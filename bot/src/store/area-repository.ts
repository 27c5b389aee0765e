import type { Area } from '../domain/council';
import type { Db } from './db';

/** An area head as the tenant's admins named them. */
export interface AreaHeadRow {
  area: Area;
  aadObjectId: string;
  name: string;
}

/** A unit's council of the year, in figures (the overview's row before the months are counted). */
export interface UnitFigures {
  councilId: string;
  unitName: string;
  area: Area;
  timeZone: string;
  councilCreatedAt: Date;
  meetingsPlanned: number;
  meetingsHeld: number;
  /** When the year's schedule was first saved (its planning sub-assignment was made). */
  scheduleSavedAt?: Date;
  worksOngoing: number;
  worksCompleted: number;
  /** Months in which the assignment or a sub-assignment was assessed. */
  monthsAssessed: string[];
}

/** A completed improvement work of an area's unit, and whether it is chosen as a good example. */
export interface CompletedWorkRow {
  subAssignmentId: string;
  councilId: string;
  unitName: string;
  area: Area;
  timeZone: string;
  name: string;
  purpose: string;
  goal: string;
  measure: string;
  finalReport: string;
  completedAt: Date;
  chosen: boolean;
}

export async function listAreaHeads(db: Db, tenantId: string): Promise<AreaHeadRow[]> {
  const rows = await db.query<{ area: Area; aad_object_id: string; name: string }>(
    'select area, aad_object_id, name from area_head where tenant_id = $1 order by area, name',
    [tenantId],
  );
  return rows.map((r) => ({ area: r.area, aadObjectId: r.aad_object_id, name: r.name }));
}

/** The areas a person heads in the tenant. */
export async function areasHeadedBy(db: Db, tenantId: string, aadObjectId: string): Promise<Area[]> {
  const rows = await db.query<{ area: Area }>('select area from area_head where tenant_id = $1 and aad_object_id = $2 order by area', [
    tenantId,
    aadObjectId,
  ]);
  return rows.map((r) => r.area);
}

/** Replaces the heads of one area. */
export async function replaceAreaHeads(
  db: Db,
  tenantId: string,
  area: Area,
  heads: { aadObjectId: string; name: string }[],
  by: string,
  at: Date,
): Promise<void> {
  await db.query('delete from area_head where tenant_id = $1 and area = $2', [tenantId, area]);
  for (const head of heads) {
    await db.query('insert into area_head (tenant_id, area, aad_object_id, name, assigned_by, assigned_at) values ($1, $2, $3, $4, $5, $6)', [
      tenantId,
      area,
      head.aadObjectId,
      head.name,
      by,
      at,
    ]);
  }
}

/**
 * Every active unit of the areas, with its year in figures: meetings planned and held (by `now`),
 * when the schedule was first saved, works ongoing and completed, and the months assessed. One
 * statement whose parts each read one council's rows through its (tenant, council, year) index, so
 * the plan stays the same whatever the planner's statistics say.
 */
export async function listUnitFigures(db: Db, tenantId: string, areas: readonly Area[], year: number, now: Date): Promise<UnitFigures[]> {
  const rows = await db.query<{
    id: string;
    unit_name: string;
    area: Area;
    time_zone: string;
    created_at: Date;
    planned: number;
    held: number;
    schedule_saved_at: Date | null;
    ongoing: number;
    completed: number;
    months: string[] | null;
  }>(
    `select c.id, c.unit_name, c.area, c.time_zone, c.created_at, m.planned, m.held, w.schedule_saved_at, w.ongoing, w.completed, a.months
       from council c
       cross join lateral (
         select count(*)::int as planned, count(*) filter (where ends_at <= $4)::int as held
           from meeting where tenant_id = c.tenant_id and council_id = c.id and year = $3 and status = 'scheduled'
       ) m
       cross join lateral (
         select min(created_at) filter (where kind = 'planning') as schedule_saved_at,
                count(*) filter (where kind = 'improvement' and status = 'ongoing')::int as ongoing,
                count(*) filter (where kind = 'improvement' and status = 'completed')::int as completed
           from sub_assignment where tenant_id = c.tenant_id and council_id = c.id and year = $3
       ) w
       cross join lateral (
         select array_agg(distinct month) as months
           from status_assessment where tenant_id = c.tenant_id and council_id = c.id and year = $3 and target_kind in ('assignment', 'subAssignment')
       ) a
      where c.tenant_id = $1 and c.status = 'active' and c.area = any($2::text[])
      order by c.unit_name, c.id`,
    [tenantId, [...areas], year, now],
  );
  return rows.map((r) => ({
    councilId: r.id,
    unitName: r.unit_name,
    area: r.area,
    timeZone: r.time_zone,
    councilCreatedAt: new Date(r.created_at),
    meetingsPlanned: r.planned,
    meetingsHeld: r.held,
    scheduleSavedAt: r.schedule_saved_at ? new Date(r.schedule_saved_at) : undefined,
    worksOngoing: r.ongoing,
    worksCompleted: r.completed,
    monthsAssessed: r.months ?? [],
  }));
}

/** The completed improvement works of the areas' units in a year, newest first; `chosenOnly` for the document. */
export async function listCompletedWorks(
  db: Db,
  tenantId: string,
  areas: readonly Area[],
  year: number,
  options: { chosenOnly?: boolean } = {},
): Promise<CompletedWorkRow[]> {
  const rows = await db.query<{
    id: string;
    council_id: string;
    unit_name: string;
    area: Area;
    time_zone: string;
    name: string;
    purpose: string;
    goal: string;
    measure: string;
    final_report: string | null;
    completed_at: Date;
    chosen: boolean;
  }>(
    `select s.id, s.council_id, c.unit_name, c.area, c.time_zone, s.name, s.purpose, s.goal, s.measure, s.final_report, s.completed_at,
            (g.sub_assignment_id is not null) as chosen
       from sub_assignment s
       join council c on c.tenant_id = s.tenant_id and c.id = s.council_id
       left join good_example g on g.tenant_id = s.tenant_id and g.sub_assignment_id = s.id
      where s.tenant_id = $1 and s.year = $2 and s.kind = 'improvement' and s.status = 'completed' and c.area = any($3::text[])
        ${options.chosenOnly ? 'and g.sub_assignment_id is not null' : ''}
      order by c.unit_name, s.completed_at desc, s.id`,
    [tenantId, year, [...areas]],
  );
  return rows.map((r) => ({
    subAssignmentId: r.id,
    councilId: r.council_id,
    unitName: r.unit_name,
    area: r.area,
    timeZone: r.time_zone,
    name: r.name,
    purpose: r.purpose,
    goal: r.goal,
    measure: r.measure,
    finalReport: r.final_report ?? '',
    completedAt: new Date(r.completed_at),
    chosen: r.chosen,
  }));
}

/** Marks a completed work as a good example of its year, or takes the mark away. */
export async function setGoodExample(
  db: Db,
  p: { tenantId: string; subAssignmentId: string; year: number; chosen: boolean; byName: string; at: Date },
): Promise<void> {
  if (p.chosen) {
    await db.query(
      `insert into good_example (tenant_id, sub_assignment_id, year, chosen_by_name, chosen_at) values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, sub_assignment_id) do nothing`,
      [p.tenantId, p.subAssignmentId, p.year, p.byName, p.at],
    );
  } else {
    await db.query('delete from good_example where tenant_id = $1 and sub_assignment_id = $2', [p.tenantId, p.subAssignmentId]);
  }
}
