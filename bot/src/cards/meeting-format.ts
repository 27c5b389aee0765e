import { formatDate, formatTime } from '../domain/date-format';
import type { Meeting } from '../domain/meeting';
import type { Locale, Translate } from '../i18n';

/** "tisdag 16 mars 2027, kl. 13:00–14:30". */
export function formatMeetingTime(tr: Translate, meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, zone: string, locale: Locale): string {
  return tr('invitation.time', {
    date: formatDate(meeting.startsAt, zone, locale),
    start: formatTime(meeting.startsAt, zone),
    end: formatTime(meeting.endsAt, zone),
  });
}

/** Where the meeting is, or "Meddelas senare". */
export function formatPlace(tr: Translate, meeting: Pick<Meeting, 'place' | 'online'>): string {
  if (meeting.place) return meeting.place;
  return meeting.online ? 'Teams' : tr('invitation.noPlace');
}
