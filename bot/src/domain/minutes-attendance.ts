import { councilPeople, isCurrentAnswer, type MeetingAnswer } from './attendance';
import type { Council } from './council';
import type { Meeting } from './meeting';
import type { AttendanceAnswer } from './vocabulary';

/**
 * Närvaro in the minutes (docs/domain.md#minutes): how each of the council's people took part in the
 * meeting. Starts from the answers to the invitation and is corrected by the council on the card.
 */

/** Present in person (på plats), present digitally, or absent (frånvarande). */
export const ATTENDANCE_MODES = ['present', 'digital', 'absent'] as const;
/** How one person took part in the meeting. */
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Who attended and how, by Entra object id; a person without an entry is not marked (shown as absent). */
export type MinutesAttendance = Record<string, AttendanceMode>;

/** What each answer to the invitation means for the attendance the minutes start from. */
const FROM_ANSWER: Record<AttendanceAnswer, AttendanceMode> = { coming: 'present', digital: 'digital', declined: 'absent' };

/** Whether a value is one of the attendance modes. */
export function isAttendanceMode(value: unknown): value is AttendanceMode {
  return typeof value === 'string' && (ATTENDANCE_MODES as readonly string[]).includes(value);
}

/**
 * The attendance the minutes of a meeting start from: each council person's current answer (coming →
 * present, digital → digital, declined → absent). Answers given for a time the meeting has moved from,
 * and answers of people outside the council (guests), leave nothing marked.
 */
export function attendanceFromAnswers(
  council: Pick<Council, 'managers' | 'members'>,
  meeting: Pick<Meeting, 'startsAt'>,
  answers: readonly MeetingAnswer[],
): MinutesAttendance {
  const onCouncil = new Set(councilPeople(council).map((p) => p.aadObjectId));
  const attendance: MinutesAttendance = {};
  for (const a of answers) {
    if (onCouncil.has(a.person.aadObjectId) && isCurrentAnswer(a, meeting)) attendance[a.person.aadObjectId] = FROM_ANSWER[a.answer];
  }
  return attendance;
}

/**
 * Attendance as stored, in either shape: minutes written before attendance said how someone took part
 * stored `true` (present) or `false` (not present) per person; those read as `present` and `absent`.
 * Anything else unreadable is left unmarked.
 */
export function readAttendance(stored: unknown): MinutesAttendance {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const attendance: MinutesAttendance = {};
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    if (value === true) attendance[id] = 'present';
    else if (value === false) attendance[id] = 'absent';
    else if (isAttendanceMode(value)) attendance[id] = value;
  }
  return attendance;
}

/** The council's people by how they took part, in council order: marked absent and unmarked both count as absent. */
export interface AttendanceLists<P> {
  present: P[];
  digital: P[];
  absent: P[];
}

/** Sorts the council's people into present in person, present digitally and absent. */
export function attendanceLists<P extends { aadObjectId: string }>(people: readonly P[], attendance: MinutesAttendance): AttendanceLists<P> {
  const lists: AttendanceLists<P> = { present: [], digital: [], absent: [] };
  for (const p of people) lists[attendance[p.aadObjectId] ?? 'absent'].push(p);
  return lists;
}
