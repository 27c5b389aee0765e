import { councilPeople, isCurrentAnswer, tallyAnswers, type AnswerTally, type MeetingAnswer } from '../domain/attendance';
import type { Council, Person } from '../domain/council';
import { instantOf } from '../domain/local-time';
import type { Meeting } from '../domain/meeting';
import type { Minutes } from '../domain/minutes';
import { can, type Actor } from '../domain/policies';
import type { Proposal } from '../domain/proposal';
import { listAnswers, listReachFailures } from '../store/attendance-repository';
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
  /** The next scheduled meeting that has not ended, and how the council stands for it. */
  nextMeeting?: { meeting: Meeting; answers: NextMeetingAnswers };
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

/**
 * Who answered a meeting's invitation: the tally for everyone; for a manager (`seeAnswers`) also the
 * people behind each count and whom the bot could not reach in personal chat, else no names at all
 * (docs/domain.md#privacy).
 */
export interface NextMeetingAnswers {
  tally: AnswerTally;
  who?: { [K in WhoList]: Person[] } & { unreachable: string[] };
}

type WhoList = 'coming' | 'digital' | 'declined' | 'unanswered' | 'toConfirm';

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
  const next = scheduled.find((m) => m.endsAt > now);
  const expiresAt = new Date(now.getTime() + MINUTES_LINK_MS);
  return {
    council,
    year,
    permissions: followUpPermissions(actor, council),
    nextMeeting: next && { meeting: next, answers: await readAnswers(db, actor, council, next) },
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

/** The next meeting's answers as `actor` may see them: names are loaded only for a manager. */
async function readAnswers(db: Db, actor: Actor, council: Council, meeting: Meeting): Promise<NextMeetingAnswers> {
  const seesNames = can(actor, 'seeAnswers', council);
  const [answers, failures] = await Promise.all([
    listAnswers(db, council.tenantId, meeting.id),
    seesNames ? listReachFailures(db, council.tenantId, council.id) : Promise.resolve([]),
  ]);
  const tally = tallyAnswers(council, meeting, answers);
  if (!seesNames) return { tally };
  return { tally, who: { ...whoAnswered(council, meeting, answers), unreachable: failures.map((f) => f.name) } };
}

/** The people behind each count of `tallyAnswers`, by name: each list holds exactly whom its count counts. */
function whoAnswered(council: Council, meeting: Meeting, answers: readonly MeetingAnswer[]): { [K in WhoList]: Person[] } {
  const people = councilPeople(council);
  const onCouncil = new Set(people.map((p) => p.aadObjectId));
  const current = answers.filter((a) => isCurrentAnswer(a, meeting));
  const answered = new Set(current.filter((a) => onCouncil.has(a.person.aadObjectId)).map((a) => a.person.aadObjectId));
  const byName = (list: Person[]) => list.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const answering = (answer: MeetingAnswer['answer']) => byName(current.filter((a) => a.answer === answer).map((a) => a.person));
  return {
    coming: answering('coming'),
    digital: answering('digital'),
    declined: answering('declined'),
    unanswered: byName(people.filter((p) => !answered.has(p.aadObjectId))),
    toConfirm: byName(answers.filter((a) => !isCurrentAnswer(a, meeting) && onCouncil.has(a.person.aadObjectId)).map((a) => a.person)),
  };
}
