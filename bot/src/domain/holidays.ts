import Holidays from 'date-holidays';
import { weekdayOf, type LocalDate } from './local-time';

/**
 * Swedish days no council meets: public holidays (röda dagar), the eves treated as days off
 * (midsommar-, jul- and nyårsafton) and the half days before holidays (trettondags-, valborgsmässo-,
 * allhelgonaafton). From `date-holidays`, which keeps the rules (Easter, midsommar, alla helgons dag).
 */
const sweden = new Holidays('SE');
const cache = new Map<number, ReadonlySet<LocalDate>>();

/** The dates of `year` a meeting should avoid. */
export function swedishDaysOff(year: number): ReadonlySet<LocalDate> {
  let days = cache.get(year);
  if (!days) {
    const list = sweden.getHolidays(year).filter((h) => h.type === 'public' || h.type === 'bank' || h.type === 'optional');
    days = new Set(list.map((h) => h.date.slice(0, 10)));
    cache.set(year, days);
  }
  return days;
}

/** True when the date is a Swedish holiday, eve or half day. */
export function isSwedishDayOff(date: LocalDate): boolean {
  return swedishDaysOff(Number(date.slice(0, 4))).has(date);
}

/** True in the July holiday weeks (semesterveckorna), when most staff are away: all of July. */
export function isJulyBreak(date: LocalDate): boolean {
  return date.slice(5, 7) === '07';
}

const closedCache = new Map<number, ReadonlySet<LocalDate>>();

/**
 * True on an ordinary working day: Monday to Friday, not a public holiday and not one of the eves
 * offices close on (midsommar-, jul- and nyårsafton). Half days such as trettondagsafton are working days.
 */
export function isSwedishWorkingDay(date: LocalDate): boolean {
  const year = Number(date.slice(0, 4));
  let closed = closedCache.get(year);
  if (!closed) {
    closed = new Set(
      sweden
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10)),
    );
    closedCache.set(year, closed);
  }
  return weekdayOf(date) <= 5 && !closed.has(date);
}
