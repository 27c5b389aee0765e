import type { Area } from '../domain/council';
import { ForbiddenError } from '../domain/errors';
import { missingMonths } from '../domain/follow-up';
import { instantOf, localPartsOf } from '../domain/local-time';
import type { Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listUnitFigures, type UnitFigures } from '../store/area-repository';
import { areasFollowedBy, isAppAdmin } from './area-access';
import type { Clock } from './ports';

/** What `readAreaOverview` needs. */
export interface ReadAreaOverviewProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  year: number;
  /** The tenant's app admins, by Entra object id (`APP_ADMIN_IDS`). */
  adminIds: readonly string[];
  /** The monthly reporting day (nth working day). */
  reportingWorkday: number;
}

/** One unit's council of the year in figures, its months counted up to the last reporting day. */
export interface UnitStanding {
  councilId: string;
  unitName: string;
  area: Area;
  /** At least eight meetings saved by 31 January of the year (docs/domain.md#the-schedule). */
  scheduleInPlace: boolean;
  meetingsPlanned: number;
  meetingsHeld: number;
  /** Months whose reporting day has passed, and how many of them the unit assessed. */
  monthsDue: number;
  monthsAssessed: number;
  worksOngoing: number;
  worksCompleted: number;
}

/** The area head's year: the areas they follow, whether they are an app admin, and every unit. */
export interface AreaOverview {
  year: number;
  areas: Area[];
  admin: boolean;
  units: UnitStanding[];
}

/**
 * The area head's overview (docs/domain.md#organisation-by-area): every unit's council of the areas they
 * head, in figures. An admin who heads no area sees an empty table (and the admin page); anyone else is
 * refused.
 */
export async function readAreaOverview(props: ReadAreaOverviewProps): Promise<AreaOverview> {
  const { db, actor, year } = props;
  const areas = await areasFollowedBy(db, actor);
  const admin = isAppAdmin(actor, props.adminIds);
  if (areas.length === 0 && !admin) throw new ForbiddenError('forbidden.followArea');
  const now = props.clock.now();
  const units = areas.length ? await listUnitFigures(db, actor.tenantId, areas, year, now) : [];
  return { year, areas, admin, units: units.map((u) => standingOf(u, year, now, props.reportingWorkday)) };
}

function standingOf(u: UnitFigures, year: number, now: Date, workday: number): UnitStanding {
  const today = localPartsOf(now, u.timeZone).date;
  const created = localPartsOf(u.councilCreatedAt, u.timeZone).date;
  const due = missingMonths({ year, today, since: created > `${year}-01-01` ? created : `${year}-01-01`, assessed: new Set(), workday });
  const assessed = new Set(u.monthsAssessed);
  const deadline = instantOf(`${year}-02-01`, '00:00', u.timeZone);
  return {
    councilId: u.councilId,
    unitName: u.unitName,
    area: u.area,
    scheduleInPlace: Boolean(u.scheduleSavedAt && u.scheduleSavedAt < deadline && u.meetingsPlanned >= 8),
    meetingsPlanned: u.meetingsPlanned,
    meetingsHeld: u.meetingsHeld,
    monthsDue: due.length,
    monthsAssessed: due.filter((m) => assessed.has(m)).length,
    worksOngoing: u.worksOngoing,
    worksCompleted: u.worksCompleted,
  };
}
