import { DateTime } from 'luxon';

/** The languages dates are written in (the same two as the app's). */
export type DateLocale = 'sv' | 'en';

const luxonLocale: Record<DateLocale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "tisdag 16 mars 2027": a date in the council's zone, in the reader's language. */
export function formatDate(instant: Date, zone: string, locale: DateLocale): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale(luxonLocale[locale]).toFormat('cccc d MMMM yyyy');
}

/** "13:00": a time of day in the council's zone. */
export function formatTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}

/** "tisdag 16 mars 2027, 13:00": a moment (minutes held, approved, corrected) in the council's zone. */
export function formatDateTime(instant: Date, zone: string, locale: DateLocale): string {
  return `${formatDate(instant, zone, locale)}, ${formatTime(instant, zone)}`;
}
