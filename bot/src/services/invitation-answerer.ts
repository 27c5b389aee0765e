import { checkAnswerable, type AttendanceAnswer, type MeetingAnswer } from '../domain/attendance';
import type { Council } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import { authorize, type Actor } from '../domain/policies';
import { listAnswers, saveAnswer } from '../store/attendance-repository';
import type { Db } from '../store/db';
import { findMeeting } from '../store/schedule-repository';
import { enqueueInvitationRefresh } from './invitation-refresh';
import type { Clock } from './ports';

/** What `answerInvitation` needs. */
export interface AnswerInvitationProps {
  db: Db;
  clock: Clock;
  /** The person answering, as Teams identified them (never taken from the card's data). */
  actor: Actor;
  council: Council;
  meetingId: string;
  answer: AttendanceAnswer;
}

/** The meeting answered, every answer it now has, and whether this one changed anything. */
export interface AnsweredInvitation {
  meeting: Meeting;
  answers: MeetingAnswer[];
  changed: boolean;
}

/**
 * "Jag kommer" / "Jag deltar digitalt" / "Jag kan inte" on an invitation: stores the actor's answer
 * for the meeting's current time (replacing their earlier one; pressing the same again changes
 * nothing). Refused for another council's or an unknown meeting (404), a cancelled meeting or one that
 * has started (409). A change schedules the shared card's update, coalesced with the others of the
 * next seconds, in the same transaction.
 */
export async function answerInvitation(props: AnswerInvitationProps): Promise<AnsweredInvitation> {
  const { db, clock, actor, council, meetingId, answer } = props;
  authorize(actor, 'answerInvitation', council);
  return db.transaction(async (tx) => {
    const meeting = await findMeeting(tx, council.tenantId, meetingId);
    if (!meeting || meeting.councilId !== council.id) throw new NotFoundError('attendance.meetingGone');
    const now = clock.now();
    checkAnswerable(meeting, now);
    const person = { aadObjectId: actor.aadObjectId, teamsUserId: actor.teamsUserId, name: actor.name };
    const changed = await saveAnswer(tx, council.tenantId, { meetingId, person, answer, givenForStartsAt: meeting.startsAt, answeredAt: now });
    if (changed) await enqueueInvitationRefresh(tx, meeting, now);
    return { meeting, answers: await listAnswers(tx, council.tenantId, meetingId), changed };
  });
}
