import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Meeting } from './meeting';

/** What a meeting's calendar file says besides the meeting itself. */
export interface CalendarEntry {
  meeting: Meeting;
  zone: string;
  /** "Kvalitetsråd – Solgården". */
  summary: string;
  /** Purpose and standing agenda, plain text. */
  description: string;
  /** Place and/or Teams link. */
  location: string;
  /** The Teams link for digital participation, if any. */
  url?: string;
  /** When the file is made. */
  now: Date;
}

/** The UID of a meeting in every calendar, stable across moves (RFC 5545 §3.8.4.7). */
export function meetingUid(meetingId: string): string {
  return `${meetingId}@kvalitetsrad`;
}

/**
 * The meeting as an RFC 5545 calendar (`.ics`): one VEVENT in the council's zone with its VTIMEZONE,
 * a stable UID, SEQUENCE following the meeting's revision, STATUS:CANCELLED once cancelled.
 */
export function renderMeetingIcs(entry: CalendarEntry): string {
  const { meeting, zone } = entry;
  const calendar = ical({
    prodId: { company: 'Kvalitetsråd', product: 'Kvalitetsråd', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
  });
  calendar.createEvent({
    id: meetingUid(meeting.id),
    sequence: meeting.revision - 1,
    stamp: DateTime.fromJSDate(entry.now, { zone: 'utc' }),
    start: DateTime.fromJSDate(meeting.startsAt, { zone }),
    end: DateTime.fromJSDate(meeting.endsAt, { zone }),
    timezone: zone,
    summary: entry.summary,
    description: entry.description,
    location: entry.location || null,
    url: entry.url ?? null,
    status: meeting.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  const ics = withTimezone(calendar.toString(), zone);
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`; // RFC 5545 §3.1: every line, the last too, ends in CRLF
}

/**
 * Adds the VTIMEZONE the event's TZID refers to (RFC 5545 §3.6.5). Not through ical-generator's
 * calendar time zone: with one set it writes DTSTAMP as local time, where §3.8.7.2 requires UTC.
 */
function withTimezone(ics: string, zone: string): string {
  const component = getVtimezoneComponent(zone);
  if (!component) return ics;
  return ics.replace('BEGIN:VEVENT', `${component.trim().split(/\r?\n/).join('\r\n')}\r\nBEGIN:VEVENT`);
}
