import { isCurrentAnswer, type AttendanceAnswer } from '../domain/attendance';
import type { Council } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import { listAnswers } from '../store/attendance-repository';
import { listCalendarEvents } from '../store/calendar-event-repository';
import type { Db } from '../store/db';
import { findMeeting, findSchedule } from '../store/schedule-repository';

/** What `readPersonalReminder` needs. */
export interface ReadPersonalReminderProps {
  db: Db;
  council: Council;
  meetingId: string;
  /** The person the reminder is for (Entra object id). */
  aadObjectId: string;
}

/** What one person's day-before reminder is made of. */
export interface PersonalReminderFacts {
  meeting: Meeting;
  /** Their answer for the meeting's current time, if any. */
  answer?: AttendanceAnswer;
  /** The Teams link: the schedule's standing one, else the team calendar event's. */
  joinUrl?: string;
}

/** Loads a meeting of the council for one person's reminder: 404 unless it is the council's. */
export async function readPersonalReminder(props: ReadPersonalReminderProps): Promise<PersonalReminderFacts> {
  const { db, council, meetingId, aadObjectId } = props;
  const meeting = await findMeeting(db, council.tenantId, meetingId);
  if (!meeting || meeting.councilId !== council.id) throw new NotFoundError('attendance.meetingGone');
  const [answers, schedule, events] = await Promise.all([
    listAnswers(db, council.tenantId, meeting.id),
    findSchedule(db, council.tenantId, council.id, meeting.year),
    listCalendarEvents(db, council.tenantId, council.id, meeting.year),
  ]);
  const own = answers.find((a) => a.person.aadObjectId === aadObjectId && isCurrentAnswer(a, meeting));
  return { meeting, answer: own?.answer, joinUrl: schedule?.teamsLink ?? events.get(meeting.id)?.joinUrl };
}
