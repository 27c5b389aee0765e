import type { Council } from '../domain/council';
import { missingMonths } from '../domain/follow-up';
import type { Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { countActivities, listAssessments, listFollowUpYears, listLatestAssessments, type StatusAssessment } from '../store/follow-up-repository';
import { listSubAssignments, type SubAssignment } from '../store/sub-assignment-repository';
import { readableCouncil } from './follow-up-access';
import { followUpPermissions, localDate, missingMonthsOf, type FollowUpPermissions } from './follow-up-facts';
import type { Clock } from './ports';

/** What `readFollowUp` needs. */
export interface ReadFollowUpProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  councilId: string;
  year: number;
  /** Only the ongoing, or only the completed, works; all when absent. */
  status?: SubAssignment['status'];
  /** The monthly reporting day (nth working day): a month is missing once it has passed. */
  reportingWorkday: number;
}

/** A sub-assignment in the year's list, with its latest assessment, activity count and missing months. */
export interface SubAssignmentStanding {
  work: SubAssignment;
  latest?: StatusAssessment;
  activities: { done: number; total: number };
  missingMonths: string[];
}

/** The assignment "Kvalitetsråd" of a unit and year, and its sub-assignments. */
export interface FollowUp {
  council: Council;
  year: number;
  /** The date in the council's zone: which months can be assessed (up to this one). */
  today: string;
  permissions: FollowUpPermissions;
  /** Years that have sub-assignments, plus this year and the one asked for; newest first. */
  years: number[];
  /** The assignment's own assessments, oldest month first, and its missing months. */
  assignment: { history: StatusAssessment[]; missingMonths: string[] };
  subAssignments: SubAssignmentStanding[];
}

/**
 * Deluppdrag: the assignment "Kvalitetsråd" of a unit and year with its sub-assignments, as Stratsys'
 * "Följa upp" lists them (docs/domain.md#the-stratsys-workflow). Anyone who may view the council.
 */
export async function readFollowUp(props: ReadFollowUpProps): Promise<FollowUp> {
  const { db, actor, year } = props;
  const council = await readableCouncil(db, actor, props.councilId);
  const [works, counts, assignmentHistory, latest, years] = await Promise.all([
    listSubAssignments(db, actor.tenantId, council.id, year),
    countActivities(db, actor.tenantId, council.id, year),
    listAssessments(db, actor.tenantId, council.id, year, ['assignment']),
    listLatestAssessments(db, actor.tenantId, council.id, year, 'subAssignment'),
    listFollowUpYears(db, actor.tenantId, council.id),
  ]);
  const today = localDate(props.clock.now(), council.timeZone);
  const councilSince = localDate(council.createdAt, council.timeZone);
  const subAssignments = works
    .filter((w) => !props.status || w.status === props.status)
    .map((w): SubAssignmentStanding => {
      const own = latest.get(w.id);
      return {
        work: w,
        latest: own?.latest,
        activities: counts.get(w.id) ?? { done: 0, total: 0 },
        missingMonths: missingMonthsOf(w, own?.months ?? [], council.timeZone, today, props.reportingWorkday),
      };
    });
  const thisYear = Number(today.slice(0, 4));
  return {
    council,
    year,
    today,
    permissions: followUpPermissions(actor, council),
    years: [...new Set([thisYear, year, ...years])].sort((a, b) => b - a),
    assignment: {
      history: assignmentHistory,
      missingMonths: missingMonths({
        year,
        today,
        since: councilSince > `${year}-01-01` ? councilSince : `${year}-01-01`,
        assessed: new Set(assignmentHistory.map((a) => a.month)),
        workday: props.reportingWorkday,
      }),
    },
    subAssignments,
  };
}
