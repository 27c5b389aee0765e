import type { Speech } from '../../i18n';
import { ASSIGNMENT_NAME } from '../../domain/follow-up';
import { localPartsOf } from '../../domain/local-time';
import type { StatusAssessment } from '../../store/follow-up-repository';
import type { FollowUpYear } from '../../services/export-reader';
import type { ExportAssessment, FollowUpExport } from './follow-up-export';
import { presentOrigin } from './follow-up-presenter';

const monthly = (history: StatusAssessment[]): ExportAssessment[] => history.map((a) => ({ month: a.month, status: a.status, comment: a.comment }));

/**
 * The council's year as the export files show it (docs/domain.md#export): names instead of people,
 * local dates in the council's zone, the origin as a label in the reader's language.
 */
export function presentExport(y: FollowUpYear, speech: Speech): FollowUpExport {
  const { council } = y;
  const day = (instant: Date | undefined) => instant && localPartsOf(instant, council.timeZone).date;
  return {
    unitName: council.unitName,
    area: council.area,
    year: y.year,
    timeZone: council.timeZone,
    exportedAt: y.exportedAt,
    assignment: { name: ASSIGNMENT_NAME, assessments: monthly(y.assignmentHistory) },
    subAssignments: y.works.map(({ work: w, origin, history, activities }) => ({
      name: w.name,
      kind: w.kind,
      purpose: w.purpose,
      goal: w.goal,
      measure: w.measure,
      responsible: w.responsible?.name,
      startsOn: w.startsOn,
      endsOn: w.endsOn,
      origin: origin && presentOrigin(origin, council.timeZone, speech),
      status: w.status,
      finalReport: w.finalReport,
      completedAt: day(w.completedAt),
      assessments: monthly(history),
      activities: activities.map(({ activity: a, history: own }) => ({
        name: a.name,
        responsible: a.responsible?.name,
        dueOn: a.dueOn,
        done: Boolean(a.doneAt),
        doneAt: day(a.doneAt),
        assessments: monthly(own),
      })),
    })),
  };
}
