import { DateTime } from 'luxon';

/** A calendar date as the user types it: `YYYY-MM-DD`. */
export type LocalDate = string;
/** A wall-clock time as the user types it: `HH:MM` (24 h). */
export type LocalTime = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True when `text` is a date that exists (2027-02-30 does not). */
export function isLocalDate(text: string): boolean {
  return DATE.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}

/** True when `text` is a 24-hour time `HH:MM`. */
export function isLocalTime(text: string): boolean {
  return TIME.test(text);
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`. Across a DST switch the local
 * time is kept (13:00 stays 13:00); a time that does not exist that night moves forward an hour.
 */
export function instantOf(date: LocalDate, time: LocalTime, zone: string): Date {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) throw new RangeError('invalid local date or time');
  return local.toJSDate();
}

/** The date and time the wall clock in `zone` shows at `instant`. */
export function localPartsOf(instant: Date, zone: string): { date: LocalDate; time: LocalTime; weekday: number } {
  const local = DateTime.fromJSDate(instant, { zone });
  const date = local.toISODate();
  if (date === null) throw new RangeError('invalid instant or time zone');
  return { date, time: local.toFormat('HH:mm'), weekday: local.weekday };
}

/** `date` moved by whole days (calendar days, not 24-hour periods). */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate();
  if (moved === null) throw new RangeError('invalid local date');
  return moved;
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/** Days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round(DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days);
}

/** Minutes since midnight of an `HH:MM` time. */
export function minutesOf(time: LocalTime): number {
  const [h = NaN, m = NaN] = time.split(':').map(Number); // NaN for a malformed time: no comparison passes
  return h * 60 + m;
}
