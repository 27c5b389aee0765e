import { randomUUID } from 'node:crypto';
import type { Council } from '../domain/council';
import { localPartsOf } from '../domain/local-time';
import type { Meeting } from '../domain/meeting';
import { emptyContent, type Minutes } from '../domain/minutes';
import { attendanceFromAnswers } from '../domain/minutes-attendance';
import { listAnswers } from '../store/attendance-repository';
import type { Db } from '../store/db';
import { findMinutesOfMeeting, insertMinutes } from '../store/minutes-repository';
import { listMeetings } from '../store/schedule-repository';
import type { Clock } from './ports';

/** What `openMinutes` needs: the council, and the planned meeting if the caller knows it. */
export interface OpenMinutesProps {
  db: Db;
  clock: Clock;
  council: Council;
  /** The meeting starting now (the "mötet börjar" post); without it, today's planned meeting is looked up. */
  meeting?: Meeting;
  /** Who opens them, for the version history ("Kvalitetsråd" when the bot opens them at the start). */
  byName: string;
}

/**
 * Opens the minutes of a meeting: the planned meeting's (found or created once, however many ask at
 * once), or, on a day without one, minutes for an extra meeting held now. New minutes of a planned
 * meeting start with the attendance the council's answers to the invitation give (who comes, who
 * takes part digitally, who cannot), which the council then corrects on the card. Anyone who reaches
 * the channel may open them; writing is for the council (`writeMinutes`).
 */
export async function openMinutes(props: OpenMinutesProps): Promise<Minutes> {
  const { db, clock, council } = props;
  const now = clock.now();
  const meeting = props.meeting ?? (await meetingToday(db, council, now));
  if (meeting) {
    const existing = await findMinutesOfMeeting(db, council.tenantId, meeting.id);
    if (existing) return existing;
  }
  const attendance = meeting ? attendanceFromAnswers(council, meeting, await listAnswers(db, council.tenantId, meeting.id)) : {};
  return insertMinutes(
    db,
    {
      id: randomUUID(),
      tenantId: council.tenantId,
      councilId: council.id,
      meetingId: meeting?.id,
      heldAt: meeting?.startsAt ?? now,
      status: 'draft',
      version: 1,
      content: emptyContent(attendance),
      createdAt: now,
      updatedAt: now,
    },
    props.byName,
  );
}

/** The council's planned meeting on today's local date, if any (the first one not cancelled). */
async function meetingToday(db: Db, council: Council, now: Date): Promise<Meeting | undefined> {
  const today = localPartsOf(now, council.timeZone).date;
  const meetings = await listMeetings(db, council.tenantId, council.id, Number(today.slice(0, 4)));
  return meetings.find((m) => m.status === 'scheduled' && localPartsOf(m.startsAt, council.timeZone).date === today);
}
