import ICAL from 'ical.js';
import { meetingUid, renderMeetingIcs, type CalendarEntry } from '../../../bot/src/domain/calendar';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { TENANT } from '../../helpers/factories';

const ZONE = 'Europe/Stockholm';

function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: '0b7e5c1a-1111-4222-8333-444455556666',
    tenantId: TENANT,
    councilId: 'c-solgarden',
    year: 2027,
    startsAt: new Date('2027-04-13T11:00:00Z'),
    endsAt: new Date('2027-04-13T12:30:00Z'),
    place: 'Solgården, samlingssalen',
    online: true,
    status: 'scheduled',
    revision: 1,
    ...overrides,
  };
}

function buildEntry(overrides: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    meeting: buildMeeting(),
    zone: ZONE,
    summary: 'Kvalitetsråd – Solgården',
    description: 'Kvalitetsrådets möte: avvikelser, förbättringsarbete och uppföljning.',
    location: 'Solgården, samlingssalen',
    url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc',
    now: new Date('2027-03-14T07:00:05Z'),
    ...overrides,
  };
}

/** Parses the file with ical.js and returns the calendar and its one event. */
function parse(ics: string): { calendar: ICAL.Component; event: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return { calendar, event: events[0]! };
}

/** The raw content line of a property (unfolded), e.g. `DTSTAMP:20270314T070005Z`. */
function rawLine(ics: string, name: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const line = unfolded.split('\r\n').find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  if (line === undefined) throw new Error(`no ${name} line`);
  return line;
}

describe('meeting calendar file (.ics)', () => {
  const ics = renderMeetingIcs(buildEntry());
  const { calendar, event } = parse(ics);

  it('is one VCALENDAR 2.0 with one VEVENT', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toEqual(expect.any(String));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('gives the meeting a stable UID under @kvalitetsrad', () => {
    const meeting = buildMeeting();
    expect(event.getFirstPropertyValue('uid')).toBe(`${meeting.id}@kvalitetsrad`);
    expect(meetingUid(meeting.id)).toBe(`${meeting.id}@kvalitetsrad`);
    const moved = parse(
      renderMeetingIcs(
        buildEntry({ meeting: buildMeeting({ startsAt: new Date('2027-04-20T11:00:00Z'), endsAt: new Date('2027-04-20T12:30:00Z'), revision: 2 }) }),
      ),
    );
    expect(moved.event.getFirstPropertyValue('uid')).toBe(`${meeting.id}@kvalitetsrad`);
  });

  it.each([1, 2, 5])('writes SEQUENCE one less than revision %i', (revision) => {
    const parsed = parse(renderMeetingIcs(buildEntry({ meeting: buildMeeting({ revision }) })));
    expect(parsed.event.getFirstPropertyValue('sequence')).toBe(revision - 1);
  });

  it('starts at 13:00 Stockholm time, with the TZID', () => {
    const dtstart = event.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe(ZONE);
    const start = dtstart.getFirstValue() as ICAL.Time;
    expect({ year: start.year, month: start.month, day: start.day, hour: start.hour, minute: start.minute }).toEqual({
      year: 2027,
      month: 4,
      day: 13,
      hour: 13,
      minute: 0,
    });
    const dtend = event.getFirstProperty('dtend')!;
    expect(dtend.getParameter('tzid')).toBe(ZONE);
    const end = dtend.getFirstValue() as ICAL.Time;
    expect({ hour: end.hour, minute: end.minute }).toEqual({ hour: 14, minute: 30 });
  });

  it('keeps 13:00 local in winter too', () => {
    const winter = parse(
      renderMeetingIcs(
        buildEntry({ meeting: buildMeeting({ startsAt: new Date('2027-01-12T12:00:00Z'), endsAt: new Date('2027-01-12T13:30:00Z') }) }),
      ),
    );
    const start = winter.event.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect({ day: start.day, hour: start.hour, minute: start.minute }).toEqual({ day: 12, hour: 13, minute: 0 });
  });

  it('carries the VTIMEZONE its TZID refers to, and with it the right UTC instants', () => {
    const zones = calendar.getAllSubcomponents('vtimezone');
    expect(zones.map((z) => z.getFirstPropertyValue('tzid'))).toEqual([ZONE]);
    const timezone = new ICAL.Timezone(zones[0]!);
    const start = (event.getFirstPropertyValue('dtstart') as ICAL.Time).clone();
    start.zone = timezone;
    expect(start.toJSDate().toISOString()).toBe('2027-04-13T11:00:00.000Z');
    const january = ICAL.Time.fromData({ year: 2027, month: 1, day: 12, hour: 13, minute: 0 }, timezone);
    expect(january.toJSDate().toISOString()).toBe('2027-01-12T12:00:00.000Z');
  });

  it('writes DTSTAMP in UTC', () => {
    expect(rawLine(ics, 'DTSTAMP')).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.isDate).toBe(false);
    expect(stamp.toJSDate().toISOString()).toBe('2027-03-14T07:00:05.000Z');
  });

  it('ends lines with CRLF and folds them at 75 octets', () => {
    const long = renderMeetingIcs(buildEntry({ description: 'Vi går igenom årets avvikelser, förbättringsförslag och åtgärder. '.repeat(8) }));
    for (const text of [ics, long]) {
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(parse(long).event.getFirstPropertyValue('description')).toBe(
      'Vi går igenom årets avvikelser, förbättringsförslag och åtgärder. '.repeat(8),
    );
  });

  it('confirms a scheduled meeting and cancels a cancelled one', () => {
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const cancelled = parse(renderMeetingIcs(buildEntry({ meeting: buildMeeting({ status: 'cancelled', revision: 2 }) })));
    expect(cancelled.event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.event.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('keeps Swedish characters and punctuation in summary, location and description', () => {
    const entry = buildEntry({
      summary: 'Kvalitetsråd – Äldreboendet Östergården',
      location: 'Sammanträdesrum Älvsjö, våning 2; Teams',
      description: 'Syfte: förbättra vården.\nStående punkter: avvikelser, åtgärder',
    });
    const parsed = parse(renderMeetingIcs(entry));
    expect(parsed.event.getFirstPropertyValue('summary')).toBe(entry.summary);
    expect(parsed.event.getFirstPropertyValue('location')).toBe(entry.location);
    expect(parsed.event.getFirstPropertyValue('description')).toBe(entry.description);
  });

  it('links the Teams meeting, and leaves out location and link when there are none', () => {
    expect(event.getFirstPropertyValue('url')).toBe('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc');
    const bare = parse(renderMeetingIcs(buildEntry({ location: '', url: undefined })));
    expect(bare.event.getFirstProperty('location')).toBeNull();
    expect(bare.event.getFirstProperty('url')).toBeNull();
  });
});
