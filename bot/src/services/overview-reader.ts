import type { Council } from '../domain/council';
import { instantOf } from '../domain/local-time';
import type { Meeting } from '../domain/meeting';
import type { Minutes } from '../domain/minutes';
import type { Actor } from '../domain/policies';
import type { Proposal } from '../domain/proposal';
import type { Db } from '../store/db';
import { listLatestAssessments, type StatusAssessment } from '../store/follow-up-repository';
import { listApprovedMinutes } from '../store/minutes-repository';
import { listProposals } from '../store/proposal-repository';
import { listMeetings } from '../store/schedule-repository';
import { listSubAssignments, type SubAssignment } from '../store/sub-assignment-repository';
import { readableCouncil } from './follow-up-access';
import { followUpPermissions, type FollowUpPermissions } from './follow-up-facts';
import type { Clock } from './ports';
import { MINUTES_LINK_MS, type SignedLinks } from './signed-links';

/** What `readOverview` needs. */
export interface ReadOverviewProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  councilId: string;
  year: number;
  links: () => SignedLinks;
}

/** Översikt: the council's year at a glance. */
export interface CouncilOverview {
  council: Council;
  year: number;
  permissions: FollowUpPermissions;
  /** The next scheduled meeting that has not ended. */
  nextMeeting?: Meeting;
  /** Meetings planned (not cancelled), and held so far. */
  planned: number;
  held: number;
  /** At least eight meetings saved by 31 January of the year (docs/domain.md#the-schedule). */
  inPlaceByDeadline: boolean;
  /** When the year's schedule was first saved. */
  scheduleSavedAt?: Date;
  openProposals: Proposal[];
  /** The latest approved minutes, with signed links to the Word document and the page. */
  latestMinutes?: { minutes: Minutes; docxUrl: string; htmlUrl: string };
  /** The improvement works with their latest assessment. */
  works: { work: SubAssignment; latest?: StatusAssessment }[];
}

/** Översikt: the council's year at a glance, for anyone who may view the council. */
export async function readOverview(props: ReadOverviewProps): Promise<CouncilOverview> {
  const { db, actor, year } = props;
  const council = await readableCouncil(db, actor, props.councilId);
  const from = instantOf(`${year}-01-01`, '00:00', council.timeZone);
  const to = instantOf(`${year + 1}-01-01`, '00:00', council.timeZone);
  const [meetings, works, latest, proposals, minutes] = await Promise.all([
    listMeetings(db, actor.tenantId, council.id, year),
    listSubAssignments(db, actor.tenantId, council.id, year),
    listLatestAssessments(db, actor.tenantId, council.id, year, 'subAssignment'),
    listProposals(db, actor.tenantId, council.id, { statuses: ['open'], limit: 50 }),
    listApprovedMinutes(db, actor.tenantId, council.id, from, to),
  ]);
  const now = props.clock.now();
  const scheduled = meetings.filter((m) => m.status === 'scheduled');
  const planning = works.find((w) => w.kind === 'planning');
  const deadline = instantOf(`${year}-02-01`, '00:00', council.timeZone);
  const latestMinutes = minutes.at(-1);
  const expiresAt = new Date(now.getTime() + MINUTES_LINK_MS);
  return {
    council,
    year,
    permissions: followUpPermissions(actor, council),
    nextMeeting: scheduled.find((m) => m.endsAt > now),
    planned: scheduled.length,
    held: scheduled.filter((m) => m.endsAt <= now).length,
    // The planning sub-assignment is made when the year's schedule is first saved.
    inPlaceByDeadline: Boolean(planning && planning.createdAt < deadline && scheduled.length >= 8),
    scheduleSavedAt: planning?.createdAt,
    openProposals: proposals,
    latestMinutes: latestMinutes && {
      minutes: latestMinutes,
      docxUrl: props.links().minutesUrlFor(actor.tenantId, latestMinutes.id, 'docx', expiresAt),
      htmlUrl: props.links().minutesUrlFor(actor.tenantId, latestMinutes.id, 'html', expiresAt),
    },
    works: works.filter((w) => w.kind === 'improvement').map((w) => ({ work: w, latest: latest.get(w.id)?.latest })),
  };
}
