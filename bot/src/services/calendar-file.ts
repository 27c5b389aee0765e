import { STANDING_AGENDA } from '../domain/agenda';
import { renderMeetingIcs } from '../domain/calendar';
import { NotFoundError } from '../domain/errors';
import type { Translate } from '../i18n';
import { findCouncilById } from '../store/council-repository';
import type { Db } from '../store/db';
import { findMeeting, findSchedule } from '../store/schedule-repository';

/** What it takes to make a meeting's calendar file. */
export interface MeetingCalendarProps {
  db: Db;
  now: Date;
  tr: Translate;
  tenantId: string;
  meetingId: string;
}

/**
 * A meeting's `.ics` as it stands now (moved: new SEQUENCE; cancelled: STATUS:CANCELLED). Throws
 * `NotFoundError` (`calendar.notFound`) when the tenant has no such meeting. The caller has checked
 * the link's signature.
 */
export async function meetingCalendarFile(props: MeetingCalendarProps): Promise<{ ics: string; filename: string }> {
  const { db, tr, tenantId } = props;
  const meeting = await findMeeting(db, tenantId, props.meetingId);
  const council = meeting && (await findCouncilById(db, tenantId, meeting.councilId));
  if (!meeting || !council) throw new NotFoundError('calendar.notFound');
  const schedule = await findSchedule(db, tenantId, council.id, meeting.year);
  const teamsLink = meeting.online ? schedule?.teamsLink : undefined;
  const description = [
    tr('invitation.purpose'),
    '',
    `${tr('invitation.agenda')}:`,
    ...STANDING_AGENDA.map((key, i) => `${i + 1}. ${tr(key)}`),
    ...(teamsLink ? ['', `${tr('invitation.join')}: ${teamsLink}`] : []),
  ].join('\n');
  const ics = renderMeetingIcs({
    meeting,
    zone: council.timeZone,
    now: props.now,
    summary: `${tr('app.name')} – ${council.unitName}`,
    description,
    location: [meeting.place, teamsLink ? 'Microsoft Teams' : ''].filter(Boolean).join(', '),
    url: teamsLink,
  });
  const date = meeting.startsAt.toISOString().slice(0, 10);
  return { ics, filename: `kvalitetsrad-${date}.ics` };
}
