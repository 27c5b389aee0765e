import type { CalendarStatusResponse } from '../../contract/calendar';
import { NotFoundError } from '../../domain/errors';
import { authorize, type Actor } from '../../domain/policies';
import { countOutOfStepEvents, listCalendarEvents } from '../../store/calendar-event-repository';
import { findCouncilById } from '../../store/council-repository';
import type { Db } from '../../store/db';
import { listMeetings } from '../../store/schedule-repository';
import type { Clock } from '../ports';

/** What it takes to say how far the team calendar shows a council's year. */
export interface CalendarStatusProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  councilId: string;
  year: number;
  /** Whether the server has Microsoft Graph access at all (a client secret). */
  graph: boolean;
}

/**
 * The team calendar's state for the tab (council members and managers): events made, and meetings the
 * calendar no longer shows as they are. Read from the store only: the bot moves and cancels meetings
 * without a user token, so it cannot change the calendar itself; the next sync by a manager does.
 */
export async function readCalendarStatus(props: CalendarStatusProps): Promise<CalendarStatusResponse> {
  const { db, actor, year } = props;
  const council = await findCouncilById(db, actor.tenantId, props.councilId);
  if (!council) throw new NotFoundError('council.gone');
  authorize(actor, 'readTeam', council);
  const [meetings, records, outOfStep] = await Promise.all([
    listMeetings(db, council.tenantId, council.id, year),
    listCalendarEvents(db, council.tenantId, council.id, year),
    countOutOfStepEvents(db, council.tenantId, council.id, year, props.clock.now()),
  ]);
  const events = meetings.flatMap((m) => {
    const record = records.get(m.id);
    return record?.status === 'active'
      ? [{ meetingId: m.id, startsAt: m.startsAt.toISOString(), ...(record.joinUrl ? { joinUrl: record.joinUrl } : {}) }]
      : [];
  });
  return { year, graph: props.graph, synced: events.length, outOfStep, events };
}
