import { createHash } from 'node:crypto';
import type { CalendarEventRef, CalendarSyncResponse } from '../../contract/calendar';
import type { Council } from '../../domain/council';
import { groupEventOf, threadLink, type GroupEventDraft } from '../../domain/group-event';
import type { Meeting } from '../../domain/meeting';
import type { Actor } from '../../domain/policies';
import type { Translate } from '../../i18n';
import { listCalendarEvents, saveCalendarEvent, type CalendarEventRecord } from '../../store/calendar-event-repository';
import type { Db } from '../../store/db';
import { findSchedule, listMeetings } from '../../store/schedule-repository';
import type { Clock } from '../ports';
import type { GraphClient } from './graph-client';
import { GraphNotFoundError, GraphUnavailableError } from './graph-errors';
import { GraphPermissions, type GraphSession } from './graph-session';
import { councilWithGroup } from './team-group';

/** What it takes to bring the team calendar in step with a year's schedule. */
export interface SyncCalendarProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  councilId: string;
  year: number;
  graph: GraphSession;
  /** The channel's language: the events are for the whole team. */
  tr: Translate;
}

/** Graph's `event`, the fields read back. */
interface GraphEvent {
  id: string;
  onlineMeeting?: { joinUrl?: string } | null;
}

/**
 * "Lägg in årets träffar i teamets kalender" (manager): every meeting of the year still ahead gets an
 * event in the team's group calendar (`POST /groups/{id}/events`, a Teams meeting when it is online);
 * meetings moved since are updated (`PATCH`), cancelled ones deleted (`DELETE`, which sends the
 * cancellation to attendees; `cancel` is for a user's own meetings, not a group calendar's).
 *
 * Each call to Graph is recorded right after it succeeds, so the store never claims an event Graph
 * has not got, and a sync that fails halfway resumes where it stopped; creates carry the meeting id as
 * `transactionId`, so Graph does not make an event twice when a create is retried. A second sync with
 * nothing changed makes no call at all, beyond the token.
 */
export async function syncTeamCalendar(props: SyncCalendarProps): Promise<CalendarSyncResponse> {
  const { db, actor, year } = props;
  const { council, groupId } = await councilWithGroup(db, actor, props.councilId, 'plan');
  const client = await props.graph.client(GraphPermissions.groupCalendar);
  const [meetings, records, schedule] = await Promise.all([
    listMeetings(db, council.tenantId, council.id, year),
    listCalendarEvents(db, council.tenantId, council.id, year),
    findSchedule(db, council.tenantId, council.id, year),
  ]);
  const now = props.clock.now();
  const counts = { created: 0, updated: 0, cancelled: 0, unchanged: 0 };
  const events: CalendarEventRef[] = [];
  const events$ = `/groups/${encodeURIComponent(groupId)}/events`;

  for (const meeting of meetings) {
    const record = records.get(meeting.id);
    const draft = groupEventOf(meeting, council.timeZone, eventText(props.tr, council, groupId, meeting, schedule?.teamsLink));
    const fingerprint = createHash('sha256').update(JSON.stringify(draft)).digest('base64url');
    const save = async (eventId: string, joinUrl: string | undefined, status: CalendarEventRecord['status']) => {
      await saveCalendarEvent(db, {
        tenantId: council.tenantId,
        meetingId: meeting.id,
        groupId,
        eventId,
        joinUrl,
        revision: meeting.revision,
        fingerprint,
        status,
        syncedBy: actor.aadObjectId,
        syncedAt: props.clock.now(),
      });
      if (status === 'active') events.push({ meetingId: meeting.id, startsAt: meeting.startsAt.toISOString(), ...(joinUrl ? { joinUrl } : {}) });
    };

    if (meeting.status === 'cancelled') {
      if (record?.status !== 'active') continue;
      await deleteEvent(client, `${events$}/${encodeURIComponent(record.eventId)}`);
      await save(record.eventId, record.joinUrl, 'cancelled');
      counts.cancelled++;
    } else if (!record) {
      if (meeting.endsAt <= now) continue; // a meeting already held is not put in the calendar afterwards
      const made = eventOf(await client.request<GraphEvent>('POST', events$, { ...draft, transactionId: meeting.id }));
      await save(made.id, made.onlineMeeting?.joinUrl ?? undefined, 'active');
      counts.created++;
    } else if (record.fingerprint !== fingerprint && meeting.endsAt > now) {
      const made = await updateEvent(client, events$, record, draft, meeting.id);
      await save(made.id, made.onlineMeeting?.joinUrl ?? record.joinUrl, 'active');
      counts.updated++;
    } else {
      // The event shows the meeting as it is: a new revision may change nothing Graph shows (the invitation lead).
      if (record.revision !== meeting.revision) await saveCalendarEvent(db, { ...record, revision: meeting.revision });
      events.push({ meetingId: meeting.id, startsAt: meeting.startsAt.toISOString(), ...(record.joinUrl ? { joinUrl: record.joinUrl } : {}) });
      counts.unchanged++;
    }
  }
  return { year, ...counts, events };
}

/** PATCH the event; when it was deleted in Outlook meanwhile, make it again. */
async function updateEvent(
  client: GraphClient,
  events$: string,
  record: CalendarEventRecord,
  draft: GroupEventDraft,
  meetingId: string,
): Promise<GraphEvent> {
  try {
    return eventOf(await client.request<GraphEvent>('PATCH', `${events$}/${encodeURIComponent(record.eventId)}`, draft));
  } catch (error) {
    if (!(error instanceof GraphNotFoundError)) throw error;
    return eventOf(await client.request<GraphEvent>('POST', events$, { ...draft, transactionId: `${meetingId}-${Date.now()}` }));
  }
}

/** Graph's answer to a create or update: an event with an id, or Graph misbehaved. */
function eventOf(answer: GraphEvent | undefined): GraphEvent {
  if (typeof answer?.id !== 'string' || !answer.id) throw new GraphUnavailableError('Graph answered an event without id');
  return answer;
}

/** DELETE the event; one already gone is as good as deleted. */
async function deleteEvent(client: GraphClient, path: string): Promise<void> {
  try {
    await client.request('DELETE', path);
  } catch (error) {
    if (!(error instanceof GraphNotFoundError)) throw error;
  }
}

/** Subject and body: the purpose, where the agenda is (the invitation's thread, once posted), the manager's Teams link. */
function eventText(tr: Translate, council: Council, groupId: string, meeting: Meeting, teamsLink: string | undefined) {
  const link = meeting.online ? teamsLink : undefined;
  const thread = meeting.invitationActivityId
    ? {
        label: tr('graph.event.agendaLink'),
        url: threadLink({ tenantId: council.tenantId, groupId, channelId: council.channelId }, meeting.invitationActivityId),
      }
    : undefined;
  return {
    subject: `${tr('app.name')} – ${council.unitName}`,
    teamsLink: link,
    paragraphs: [
      { text: tr('invitation.purpose') },
      { text: thread ? tr('graph.event.agenda') : tr('graph.event.agendaLater'), link: thread },
      ...(link ? [{ text: `${tr('invitation.join')}:`, link: { label: 'Microsoft Teams', url: link } }] : []),
    ],
  };
}
