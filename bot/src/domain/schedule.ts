import { isJulyBreak, isSwedishDayOff } from './holidays';
import { addDays, daysBetween, weekdayOf, type LocalDate, type LocalTime } from './local-time';

import { MIN_MEETINGS_PER_YEAR } from './vocabulary';

export { MIN_MEETINGS_PER_YEAR };
/** The tightest spacing the proposal uses when the year is short: every other week. */
export const MIN_SPACING_DAYS = 14;

/** The council's usual meeting slot (asked once, then remembered). */
export interface MeetingSlot {
  /** ISO weekday, 1 = Monday … 5 = Friday. */
  weekday: number;
  start: LocalTime;
  end: LocalTime;
}

/** Tuesday 13:00–14:30 local time, until the manager says otherwise. */
export const DEFAULT_SLOT: MeetingSlot = { weekday: 2, start: '13:00', end: '14:30' };

/** Days between the invitation and the meeting (about a month: docs/domain.md#invitations-agendas-and-reminders), per council. */
export const DEFAULT_INVITATION_LEAD_DAYS = 30;

/** Tidsplan: a year of a council's meetings. */
export interface Schedule {
  tenantId: string;
  councilId: string;
  year: number;
  /** A standing Teams meeting link offered for digital participation, if the manager set one. */
  teamsLink?: string;
  savedBy: string;
  savedAt: Date;
  version: number;
}

/** The schedule is in place by 31 January (docs/domain.md#the-schedule); true once that day has passed locally. */
export function isPastScheduleDeadline(year: number, today: LocalDate): boolean {
  return today > `${year}-01-31`;
}

/** Dates of `year`, from `from` on, on `weekday`, that are not Swedish holidays or in July. */
function meetingDays(year: number, from: LocalDate, weekday: number): LocalDate[] {
  const first = from > `${year}-01-01` ? from : `${year}-01-01`;
  const days: LocalDate[] = [];
  let date = addDays(first, (weekday - weekdayOf(first) + 7) % 7);
  while (date.startsWith(String(year))) {
    if (!isSwedishDayOff(date) && !isJulyBreak(date)) days.push(date);
    date = addDays(date, 7);
  }
  return days;
}

/** Every other usable week from `from`: the most meetings that still fit, spaced two weeks apart. */
function fortnightly(days: LocalDate[]): LocalDate[] {
  const picks: LocalDate[] = [];
  for (const day of days) {
    const last = picks.at(-1);
    if (!last || daysBetween(last, day) >= MIN_SPACING_DAYS) picks.push(day);
  }
  return picks;
}

/** One meeting a month, on the usable day nearest the middle of the month. */
function monthly(days: LocalDate[]): LocalDate[] {
  const byMonth = new Map<string, LocalDate[]>();
  for (const day of days) byMonth.set(day.slice(0, 7), [...(byMonth.get(day.slice(0, 7)) ?? []), day]);
  return [...byMonth.values()].map((inMonth) =>
    inMonth.reduce((best, day) => (Math.abs(Number(day.slice(8)) - 15) < Math.abs(Number(best.slice(8)) - 15) ? day : best)),
  );
}

/**
 * Proposed meeting dates for `year`, planned on `today` (the council's local date): one a month at
 * the usual weekday, away from holidays and July; when too little of the year is left for eight that
 * way, every other week instead. Fewer than eight dates means the year no longer fits.
 */
export function proposeMeetingDates(year: number, today: LocalDate, weekday: number): LocalDate[] {
  const days = meetingDays(year, addDays(today, 1), weekday);
  const once = monthly(days);
  return once.length >= MIN_MEETINGS_PER_YEAR ? once : fortnightly(days);
}

/** The year `planera` plans without one: this year while eight meetings still fit, else the next. */
export function yearToPlan(today: LocalDate, weekday: number): number {
  const year = Number(today.slice(0, 4));
  return proposeMeetingDates(year, today, weekday).length >= MIN_MEETINGS_PER_YEAR ? year : year + 1;
}
