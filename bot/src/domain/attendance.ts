import type { Council, Person } from './council';
import { ConflictError } from './errors';
import type { Meeting } from './meeting';
import type { AttendanceAnswer } from './vocabulary';

export type { AttendanceAnswer };

/**
 * One person's answer to a meeting's invitation (docs/domain.md#invitations-agendas-and-reminders):
 * in person, digitally, or not at all. An answer is given for the meeting's time then; when the
 * meeting moves, the answer is kept but no longer counts until the person confirms it.
 */
export interface MeetingAnswer {
  meetingId: string;
  person: Person;
  answer: AttendanceAnswer;
  /** The meeting's start when the answer was given. */
  givenForStartsAt: Date;
  answeredAt: Date;
}

/** How the council stands for a meeting: what the shared card and the tab's Översikt show. */
export interface AnswerTally {
  coming: number;
  digital: number;
  declined: number;
  /** Council people with no answer for the meeting's current time. */
  unanswered: number;
  /** Of `coming` and `digital`: people of the team outside the council (invited professions, guests). */
  guests: number;
  /** Council people whose answer was given for an earlier time of a moved meeting. */
  toConfirm: number;
}

/** Managers and members, each once (a manager who is also listed as a member counts as a manager). */
export function councilPeople(council: Pick<Council, 'managers' | 'members'>): Person[] {
  const byId = new Map<string, Person>();
  for (const p of [...council.managers, ...council.members]) if (!byId.has(p.aadObjectId)) byId.set(p.aadObjectId, p);
  return [...byId.values()];
}

/** Whether an answer was given for the meeting as it is now (not for a time it has been moved from). */
export function isCurrentAnswer(answer: Pick<MeetingAnswer, 'givenForStartsAt'>, meeting: Pick<Meeting, 'startsAt'>): boolean {
  return answer.givenForStartsAt.getTime() === meeting.startsAt.getTime();
}

/**
 * Refuses an answer the meeting no longer takes: a cancelled meeting takes none, and answers can be
 * given and changed until the meeting starts.
 */
export function checkAnswerable(meeting: Pick<Meeting, 'status' | 'startsAt'>, now: Date): void {
  if (meeting.status === 'cancelled') throw new ConflictError('attendance.cancelled');
  if (now >= meeting.startsAt) throw new ConflictError('attendance.started');
}

/**
 * The tally of a meeting's answers. Only people still in the team count (`inTeam`): someone who left
 * disappears from every figure. Guests count where they answered; they are never "unanswered".
 */
export function tallyAnswers(
  council: Pick<Council, 'managers' | 'members'>,
  meeting: Pick<Meeting, 'startsAt'>,
  answers: readonly MeetingAnswer[],
  inTeam: (aadObjectId: string) => boolean = () => true,
): AnswerTally {
  const people = councilPeople(council).filter((p) => inTeam(p.aadObjectId));
  const onCouncil = new Set(people.map((p) => p.aadObjectId));
  const tally: AnswerTally = { coming: 0, digital: 0, declined: 0, unanswered: 0, guests: 0, toConfirm: 0 };
  const answered = new Set<string>();
  for (const a of answers) {
    if (!inTeam(a.person.aadObjectId)) continue;
    const member = onCouncil.has(a.person.aadObjectId);
    if (!isCurrentAnswer(a, meeting)) {
      if (member) tally.toConfirm += 1;
      continue;
    }
    tally[a.answer] += 1;
    if (member) answered.add(a.person.aadObjectId);
    else if (a.answer !== 'declined') tally.guests += 1;
  }
  tally.unanswered = people.length - answered.size;
  return tally;
}

/**
 * Who gets the personal reminder the day before (docs/domain.md#invitations-agendas-and-reminders):
 * everyone on the council, and every guest who said they come, unless they said they cannot come
 * (for the meeting's current time) or turned personal reminders off. People who have not answered,
 * or answered for a time the meeting was moved from, are reminded too.
 */
export function personalReminderRecipients(
  council: Pick<Council, 'managers' | 'members'>,
  meeting: Pick<Meeting, 'startsAt' | 'status'>,
  answers: readonly MeetingAnswer[],
  remindersOff: ReadonlySet<string>,
): Person[] {
  if (meeting.status === 'cancelled') return [];
  const current = new Map(answers.filter((a) => isCurrentAnswer(a, meeting)).map((a) => [a.person.aadObjectId, a]));
  const onCouncil = councilPeople(council);
  const councilIds = new Set(onCouncil.map((p) => p.aadObjectId));
  const guests = [...current.values()].filter((a) => !councilIds.has(a.person.aadObjectId) && a.answer !== 'declined').map((a) => a.person);
  return [...onCouncil, ...guests].filter((p) => current.get(p.aadObjectId)?.answer !== 'declined' && !remindersOff.has(p.aadObjectId));
}
