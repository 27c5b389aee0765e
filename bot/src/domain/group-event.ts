import { localPartsOf } from './local-time';
import type { Meeting } from './meeting';

/** A time as Microsoft Graph's `dateTimeTimeZone` takes it: wall-clock time and the zone it is in. */
export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

/**
 * A meeting as an event of the team's group calendar (Graph `event`, the fields this app sets). The
 * online meeting is asked for only when wanted: once an event is online Outlook keeps it so, and
 * sending `isOnlineMeeting: false` later would not take the link away.
 */
export interface GroupEventDraft {
  subject: string;
  body: { contentType: 'HTML'; content: string };
  start: GraphDateTime;
  end: GraphDateTime;
  location?: { displayName: string };
  isOnlineMeeting?: true;
  onlineMeetingProvider?: 'teamsForBusiness';
}

/** What the event says besides the meeting itself, in the channel's language. */
export interface GroupEventText {
  /** "Kvalitetsråd – Solgården". */
  subject: string;
  /** Paragraphs of plain text (escaped here); a paragraph may end in one link. */
  paragraphs: { text: string; link?: { label: string; url: string } }[];
  /** The schedule's own Teams link, if the manager gave one: then no second online meeting is made. */
  teamsLink?: string;
}

/**
 * Windows time zone ids of the IANA zones councils use. Graph documents Windows ids and a short list
 * of IANA ones for `dateTimeTimeZone`; Europe/Stockholm is not on that list, so the Windows id goes.
 */
const WINDOWS_ZONES: Record<string, string> = {
  'Europe/Stockholm': 'W. Europe Standard Time',
  'Europe/Oslo': 'W. Europe Standard Time',
  'Europe/Copenhagen': 'Romance Standard Time',
  'Europe/Berlin': 'W. Europe Standard Time',
  'Europe/Amsterdam': 'W. Europe Standard Time',
  'Europe/Paris': 'Romance Standard Time',
  'Europe/Helsinki': 'FLE Standard Time',
  'Europe/Tallinn': 'FLE Standard Time',
  'Europe/London': 'GMT Standard Time',
  'Atlantic/Reykjavik': 'Greenwich Standard Time',
  UTC: 'UTC',
  'Etc/UTC': 'UTC',
};

/** The council's zone as Graph takes it; a zone without a known Windows id is sent as UTC. */
export function graphDateTime(instant: Date, zone: string): GraphDateTime {
  const windows = WINDOWS_ZONES[zone];
  const { date, time } = localPartsOf(instant, windows ? zone : 'UTC');
  return { dateTime: `${date}T${time}:00`, timeZone: windows ?? 'UTC' };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The group event for a scheduled meeting, in the council's time zone. */
export function groupEventOf(meeting: Meeting, zone: string, text: GroupEventText): GroupEventDraft {
  const content = text.paragraphs
    .map((p) => `<p>${escapeHtml(p.text)}${p.link ? ` <a href="${escapeHtml(p.link.url)}">${escapeHtml(p.link.label)}</a>` : ''}</p>`)
    .join('');
  const online = meeting.online && !text.teamsLink;
  return {
    subject: text.subject,
    body: { contentType: 'HTML', content },
    start: graphDateTime(meeting.startsAt, zone),
    end: graphDateTime(meeting.endsAt, zone),
    ...(meeting.place ? { location: { displayName: meeting.place } } : {}),
    ...(online ? { isOnlineMeeting: true as const, onlineMeetingProvider: 'teamsForBusiness' as const } : {}),
  };
}

/**
 * A Teams link to the invitation's thread in the channel, where the agenda is posted a week before:
 * `https://teams.microsoft.com/l/message/<channel>/<message>?…&parentMessageId=<message>`.
 */
export function threadLink(scope: { tenantId: string; groupId: string; channelId: string }, messageId: string): string {
  const query = new URLSearchParams({ tenantId: scope.tenantId, groupId: scope.groupId, parentMessageId: messageId });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(scope.channelId)}/${encodeURIComponent(messageId)}?${query.toString()}`;
}
