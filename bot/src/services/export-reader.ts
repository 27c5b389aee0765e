import type { Council } from '../domain/council';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { listActivitiesOfYear, listAssessments, type Activity, type StatusAssessment } from '../store/follow-up-repository';
import { listSubAssignments, type SubAssignment } from '../store/sub-assignment-repository';
import { readableCouncil } from './follow-up-access';
import { byTarget, originOf, type WorkOrigin } from './follow-up-facts';
import type { Clock } from './ports';

/** What `readExport` needs. */
export interface ReadExportProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  councilId: string;
  year: number;
}

/** A sub-assignment of the export with where it came from, its assessments and its activities'. */
export interface ExportedWork {
  work: SubAssignment;
  origin?: WorkOrigin;
  history: StatusAssessment[];
  activities: { activity: Activity; history: StatusAssessment[] }[];
}

/** A council's follow-up of one year, everything Stratsys asks for (docs/domain.md#export). */
export interface FollowUpYear {
  council: Council;
  year: number;
  exportedAt: Date;
  /** The assignment "Kvalitetsråd"'s own assessments, oldest month first. */
  assignmentHistory: StatusAssessment[];
  works: ExportedWork[];
}

/**
 * The council's year for the Stratsys export (manager only, docs/domain.md#export): the assignment, each
 * sub-assignment with its activities, every month's status and comment, and the final reports.
 */
export async function readExport(props: ReadExportProps): Promise<FollowUpYear> {
  const { db, actor, year } = props;
  const council = await readableCouncil(db, actor, props.councilId);
  authorize(actor, 'manageFollowUp', council);
  const [works, activities, assessments] = await Promise.all([
    listSubAssignments(db, actor.tenantId, council.id, year),
    listActivitiesOfYear(db, actor.tenantId, council.id, year),
    listAssessments(db, actor.tenantId, council.id, year, ['assignment', 'subAssignment', 'activity']),
  ]);
  const history = byTarget(assessments);
  const origins = await Promise.all(works.map((w) => originOf(db, w)));
  return {
    council,
    year,
    exportedAt: props.clock.now(),
    assignmentHistory: history.get(council.id) ?? [],
    works: works.map((w, i) => ({
      work: w,
      origin: origins[i],
      history: history.get(w.id) ?? [],
      activities: activities.filter((a) => a.subAssignmentId === w.id).map((a) => ({ activity: a, history: history.get(a.id) ?? [] })),
    })),
  };
}
