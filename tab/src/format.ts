import type { Locale } from './i18n';

const TAGS: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The BCP 47 tag of a locale, for `Intl` and `Accept-Language`. */
export const languageTag = (locale: Locale): string => TAGS[locale];

/** A calendar date (`YYYY-MM-DD`) as the user writes it: "10 mars 2027". */
export function formatDate(date: string, locale: Locale): string {
  // Noon UTC keeps the day the same in every time zone.
  return new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** An instant in the council's time zone: "ons 10 mars 2027 09:00". */
export function formatInstant(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(iso));
}

/** A month (`YYYY-MM`): "mars 2027", or "mar" when `short`. */
export function formatMonth(month: string, locale: Locale, short = false): string {
  const options: Intl.DateTimeFormatOptions = short ? { month: 'short', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(TAGS[locale], options).format(new Date(`${month}-15T12:00:00Z`));
}

/** Start–end of something dated, "–" when neither is known. */
export function formatPeriod(startsOn: string | undefined, endsOn: string | undefined, locale: Locale): string {
  if (!startsOn && !endsOn) return '–';
  return `${startsOn ? formatDate(startsOn, locale) : ''} – ${endsOn ? formatDate(endsOn, locale) : ''}`.trim();
}

/**
 * The months of `year` that can be assessed on `today` (the user's local date): January up to the
 * current month; none of a year that has not begun.
 */
export function assessableMonths(year: number, today: string): string[] {
  const thisYear = Number(today.slice(0, 4));
  const last = year < thisYear ? 12 : year === thisYear ? Number(today.slice(5, 7)) : 0;
  return Array.from({ length: last }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The day of an instant in the council's time zone: "10 mars 2027". */
export function formatDay(iso: string, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(TAGS[locale], { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(new Date(iso));
}
