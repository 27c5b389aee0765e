import { ValidationError } from './errors';
import { instantOf, isLocalDate, isLocalTime, minutesOf, type LocalDate, type LocalTime } from './local-time';
import { MIN_MEETINGS_PER_YEAR, type MeetingSlot } from './schedule';

/** One meeting row of the schedule card, as typed. `id` is set for a meeting that already exists. */
export interface MeetingDraft {
  id?: string;
  date: string;
  start: string;
  end: string;
  place: string;
  online: boolean;
  /** "Ta bort": a new row is dropped, an existing meeting is cancelled. */
  removed: boolean;
}

/** The schedule card's content, as typed. */
export interface ScheduleDraft {
  year: number;
  slot: MeetingSlot;
  invitationLeadDays: number;
  teamsLink: string;
  meetings: MeetingDraft[];
}

/** A meeting row that passed every check, with its instants in UTC. */
export interface CheckedMeeting {
  id?: string;
  date: LocalDate;
  start: LocalTime;
  end: LocalTime;
  startsAt: Date;
  endsAt: Date;
  place: string;
  online: boolean;
  removed: boolean;
}

/** What the checks need to know besides the draft. */
export interface ScheduleCheckContext {
  now: Date;
  /** The council's local date today. */
  today: LocalDate;
  zone: string;
  /** Meetings of the year already held (not in the card): they count toward the eight. */
  heldCount: number;
  /** Start instants of existing meetings as stored, by id: unchanged past meetings are not "in the past" errors. */
  storedStarts: ReadonlyMap<string, number>;
}

const PLACE_MAX = 200;

/**
 * Checks a schedule draft against the rules (docs/domain.md#the-schedule: at least eight meetings a year; no meeting in
 * the past, none at the same time as another, end after start, dates that exist, this year or next).
 * The first broken rule is thrown as a `ValidationError` naming the field (`meetings.3.date`).
 */
export function checkScheduleDraft(draft: ScheduleDraft, ctx: ScheduleCheckContext): CheckedMeeting[] {
  const thisYear = Number(ctx.today.slice(0, 4));
  if (draft.year !== thisYear && draft.year !== thisYear + 1) {
    throw new ValidationError('schedule.year.invalid', { thisYear, nextYear: thisYear + 1 }, 'year');
  }
  if (!Number.isInteger(draft.invitationLeadDays) || draft.invitationLeadDays < 7 || draft.invitationLeadDays > 60) {
    throw new ValidationError('schedule.leadDays.invalid', {}, 'invitationLeadDays');
  }
  if (draft.teamsLink && !isHttpsUrl(draft.teamsLink)) throw new ValidationError('schedule.teamsLink.invalid', {}, 'teamsLink');
  checkSlot(draft.slot);

  const checked = draft.meetings.map((row, index) => checkRow(row, index + 1, draft.year, ctx));
  const active = checked.map((m, i) => ({ m, n: i + 1 })).filter(({ m }) => !m.removed);
  const sorted = [...active].sort((a, b) => a.m.startsAt.getTime() - b.m.startsAt.getTime());
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const after = sorted[i];
    if (!before || !after) continue;
    if (after.m.startsAt < before.m.endsAt) {
      const [first, second] = before.n < after.n ? [before, after] : [after, before];
      throw new ValidationError(
        'schedule.meeting.overlap',
        { n: first.n, m: second.n, date: after.m.date, start: after.m.start },
        `meetings.${second.n}.date`,
      );
    }
  }
  const count = active.length + ctx.heldCount;
  if (count < MIN_MEETINGS_PER_YEAR) {
    throw new ValidationError('schedule.tooFew', { count, missing: MIN_MEETINGS_PER_YEAR - count, min: MIN_MEETINGS_PER_YEAR }, 'meetings');
  }
  return checked;
}

function checkSlot(slot: MeetingSlot): void {
  if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 5) throw new ValidationError('schedule.slot.weekday', {}, 'weekday');
  if (!isLocalTime(slot.start) || !isLocalTime(slot.end)) throw new ValidationError('schedule.slot.time', {}, 'slotStart');
  if (minutesOf(slot.end) <= minutesOf(slot.start))
    throw new ValidationError('schedule.slot.endBeforeStart', { start: slot.start, end: slot.end }, 'slotEnd');
}

function checkRow(row: MeetingDraft, n: number, year: number, ctx: ScheduleCheckContext): CheckedMeeting {
  const field = (name: string) => `meetings.${n}.${name}`;
  const date = row.date.trim();
  const [start, end] = [row.start.trim(), row.end.trim()];
  const place = row.place.trim();
  if (row.removed) {
    return { ...row, date, start, end, place, startsAt: new Date(0), endsAt: new Date(0) };
  }
  if (!isLocalDate(date)) throw new ValidationError('schedule.meeting.date', { n, value: date || '–' }, field('date'));
  if (!date.startsWith(`${year}-`)) throw new ValidationError('schedule.meeting.otherYear', { n, value: date, year }, field('date'));
  if (!isLocalTime(start) || !isLocalTime(end))
    throw new ValidationError('schedule.meeting.time', { n }, field(isLocalTime(start) ? 'end' : 'start'));
  if (minutesOf(end) <= minutesOf(start)) throw new ValidationError('schedule.meeting.endBeforeStart', { n, start, end }, field('end'));
  if (place.length > PLACE_MAX) throw new ValidationError('schedule.meeting.placeTooLong', { n, max: PLACE_MAX }, field('place'));
  const startsAt = instantOf(date, start, ctx.zone);
  const endsAt = instantOf(date, end, ctx.zone);
  const unchanged = row.id !== undefined && ctx.storedStarts.get(row.id) === startsAt.getTime();
  if (startsAt <= ctx.now && !unchanged) throw new ValidationError('schedule.meeting.past', { n, date, start }, field('date'));
  return { id: row.id, date, start, end, startsAt, endsAt, place, online: row.online, removed: false };
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:' && text.length <= 1000;
  } catch {
    return false; // not a URL at all: the caller reports it
  }
}
