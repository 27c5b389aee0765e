import type { Council } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import { instantOf } from '../domain/local-time';
import type { Minutes } from '../domain/minutes';
import { can, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import {
  listActivities,
  listAssessmentsOf,
  listLinks,
  type Activity,
  type StatusAssessment,
  type SubAssignmentLink,
} from '../store/follow-up-repository';
import { findMinutes, listApprovedMinutes } from '../store/minutes-repository';
import { findSubAssignment, type SubAssignment } from '../store/sub-assignment-repository';
import { readableCouncil } from './follow-up-access';
import { byTarget, followUpPermissions, localDate, missingMonthsOf, originOf, type FollowUpPermissions, type WorkOrigin } from './follow-up-facts';
import type { Clock } from './ports';
import { MINUTES_LINK_MS, type SignedLinks } from './signed-links';

/** What `readSubAssignment` needs. */
export interface ReadSubAssignmentProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The sub-assignment (deluppdrag). */
  id: string;
  /** The monthly reporting day (nth working day): a month is missing once it has passed. */
  reportingWorkday: number;
  links: () => SignedLinks;
}

/** An activity with its monthly history and whether the reader may edit it. */
export interface ActivityStanding {
  activity: Activity;
  history: StatusAssessment[];
  /** The manager, or the member responsible, while the work is ongoing. */
  editable: boolean;
}

/** Approved minutes the app knows belong to the work, with a signed link to the Word document. */
export interface KnownMinutes {
  heldAt: Date;
  url: string;
}

/** One sub-assignment in full: what the tab's detail view shows. */
export interface SubAssignmentInFull {
  council: Council;
  /** The date in the council's zone. */
  today: string;
  permissions: FollowUpPermissions;
  work: SubAssignment;
  origin?: WorkOrigin;
  /** The work's own assessments, oldest month first. */
  history: StatusAssessment[];
  missingMonths: string[];
  activities: ActivityStanding[];
  /** The year's approved minutes on the planning sub-assignment, the deciding minutes on a work. */
  minutes: KnownMinutes[];
  /** Links attached by hand. */
  links: SubAssignmentLink[];
}

/** One sub-assignment with its activities, documents and monthly history; anyone who may view the council. */
export async function readSubAssignment(props: ReadSubAssignmentProps): Promise<SubAssignmentInFull> {
  const { db, actor } = props;
  const work = await findSubAssignment(db, actor.tenantId, props.id);
  if (!work) throw new NotFoundError('followUp.notFound');
  const council = await readableCouncil(db, actor, work.councilId);
  const activities = await listActivities(db, actor.tenantId, work.id);
  const [assessments, links, origin, minutes] = await Promise.all([
    listAssessmentsOf(db, actor.tenantId, [work.id, ...activities.map((a) => a.id)], work.year),
    listLinks(db, actor.tenantId, work.id),
    originOf(db, work),
    knownMinutes(props, work, council),
  ]);
  const history = byTarget(assessments);
  const own = history.get(work.id) ?? [];
  const today = localDate(props.clock.now(), council.timeZone);
  return {
    council,
    today,
    permissions: followUpPermissions(actor, council),
    work,
    origin,
    history: own,
    missingMonths: missingMonthsOf(
      work,
      own.map((a) => a.month),
      council.timeZone,
      today,
      props.reportingWorkday,
    ),
    activities: activities.map((a) => ({
      activity: a,
      history: history.get(a.id) ?? [],
      editable: can(actor, 'editActivity', { council, responsibleAadObjectId: a.responsible?.aadObjectId }) && work.status === 'ongoing',
    })),
    minutes,
    links,
  };
}

/** The documents the app knows of: the year's approved minutes on the planning sub-assignment, the deciding minutes on a work. */
async function knownMinutes(props: ReadSubAssignmentProps, work: SubAssignment, council: Council): Promise<KnownMinutes[]> {
  const from = instantOf(`${work.year}-01-01`, '00:00', council.timeZone);
  const to = instantOf(`${work.year + 1}-01-01`, '00:00', council.timeZone);
  const minutes =
    work.kind === 'planning'
      ? await listApprovedMinutes(props.db, work.tenantId, council.id, from, to)
      : work.origin?.kind === 'minutes'
        ? [await findMinutes(props.db, work.tenantId, work.origin.id)].filter((m): m is Minutes => m?.status === 'approved')
        : [];
  const expiresAt = new Date(props.clock.now().getTime() + MINUTES_LINK_MS);
  return minutes.map((m) => ({ heldAt: m.heldAt, url: props.links().minutesUrlFor(m.tenantId, m.id, 'docx', expiresAt) }));
}
