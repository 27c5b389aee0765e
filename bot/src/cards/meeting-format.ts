import { DateTime } from 'luxon';
import type { Meeting } from '../domain/meeting';
import type { Locale, Translate } from '../i18n';

const luxonLocale: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** "tisdag 16 mars 2027": a meeting's date in the council's zone, in the reader's language. */
export function formatDate(instant: Date, zone: string, locale: Locale): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale(luxonLocale[locale]).toFormat('cccc d MMMM yyyy');
}

/** "13:00": a time of day in the council's zone. */
export function formatTime(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('HH:mm');
}

/** "tisdag 16 mars 2027, 13:00": a moment (minutes held, approved, corrected) in the council's zone. */
export function formatDateTime(instant: Date, zone: string, locale: Locale): string {
  return `${formatDate(instant, zone, locale)}, ${formatTime(instant, zone)}`;
}

/** "tisdag 16 mars 2027, kl. 13:00–14:30". */
export function formatMeetingTime(tr: Translate, meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, zone: string, locale: Locale): string {
  return tr('invitation.time', {
    date: formatDate(meeting.startsAt, zone, locale), start: formatTime(meeting.startsAt, zone), end: formatTime(meeting.endsAt, zone),
  });
}

/** Where the meeting is, or "Meddelas senare". */
export function formatPlace(tr: Translate, meeting: Pick<Meeting, 'place' | 'online'>): string {
  if (meeting.place) return meeting.place;
  return meeting.online ? 'Teams' : tr('invitation.noPlace');
}
