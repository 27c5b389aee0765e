import type { AreaHeadsResponse, AreaOverviewResponse, CompletedWork, GoodExamplesResponse, UnitRow } from '../../contract/area';
import type { AreaHeadRow, CompletedWorkRow } from '../../store/area-repository';
import type { AreaOverview, UnitStanding } from '../../services/area-overview-reader';
import type { GoodExamples } from '../../services/good-examples-reader';

/** The area head's overview: the areas, whether the admin page is open to them, a row per unit. */
export function presentAreaOverview(o: AreaOverview): AreaOverviewResponse {
  return { year: o.year, areas: [...o.areas], admin: o.admin, units: o.units.map(presentUnit) };
}

function presentUnit(u: UnitStanding): UnitRow {
  return {
    councilId: u.councilId,
    unitName: u.unitName,
    area: u.area,
    scheduleInPlace: u.scheduleInPlace,
    meetingsPlanned: u.meetingsPlanned,
    meetingsHeld: u.meetingsHeld,
    monthsDue: u.monthsDue,
    monthsAssessed: u.monthsAssessed,
    worksOngoing: u.worksOngoing,
    worksCompleted: u.worksCompleted,
  };
}

/** The year's completed works of the user's areas, the chosen good examples marked. */
export function presentGoodExamples(g: GoodExamples): GoodExamplesResponse {
  return { year: g.year, works: g.works.map(presentCompletedWork) };
}

function presentCompletedWork(w: CompletedWorkRow): CompletedWork {
  return {
    subAssignmentId: w.subAssignmentId,
    councilId: w.councilId,
    unitName: w.unitName,
    area: w.area,
    name: w.name,
    purpose: w.purpose,
    // A completed work's last assessment is the final report's: done.
    finalReport: w.finalReport,
    completedAt: w.completedAt.toISOString(),
    timeZone: w.timeZone,
    latest: 'done',
    chosen: w.chosen,
  };
}

/** The tenant's area heads, for the admin page. */
export function presentAreaHeads(heads: readonly AreaHeadRow[]): AreaHeadsResponse {
  return { heads: heads.map((h) => ({ area: h.area, aadObjectId: h.aadObjectId, name: h.name })) };
}
