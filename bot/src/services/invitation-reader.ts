import type { MeetingAnswer } from '../domain/attendance';
import type { Council } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import { authorize, can, type Actor } from '../domain/policies';
import { listAnswers, listReachFailures } from '../store/attendance-repository';
import type { Db } from '../store/db';
import { findMeeting, findSchedule } from '../store/schedule-repository';

/** What `readInvitation` needs. */
export interface ReadInvitationProps {
  db: Db;
  actor: Actor;
  council: Council;
  meetingId: string;
}

/** A meeting's invitation as one person may see it. */
export interface InvitationView {
  meeting: Meeting;
  /** The schedule's standing Teams link, when it has one. */
  teamsLink?: string;
  answers: MeetingAnswer[];
  /** Whether the actor may see who answered what (a manager). */
  seesNames: boolean;
  /** Names of the council's people the bot could not reach personally: for managers only, else empty. */
  unreachable: string[];
}

/**
 * Loads a meeting's invitation for one viewer: the meeting (404 unless it is this council's), its
 * answers, and for managers the people who could not be reached in personal chat.
 */
export async function readInvitation(props: ReadInvitationProps): Promise<InvitationView> {
  const { db, actor, council, meetingId } = props;
  authorize(actor, 'view', council);
  const meeting = await findMeeting(db, council.tenantId, meetingId);
  if (!meeting || meeting.councilId !== council.id) throw new NotFoundError('attendance.meetingGone');
  const seesNames = can(actor, 'seeAnswers', council);
  const [schedule, answers, failures] = await Promise.all([
    findSchedule(db, council.tenantId, council.id, meeting.year),
    listAnswers(db, council.tenantId, meeting.id),
    seesNames ? listReachFailures(db, council.tenantId, council.id) : Promise.resolve([]),
  ]);
  return { meeting, teamsLink: schedule?.teamsLink, answers, seesNames, unreachable: failures.map((f) => f.name) };
}
