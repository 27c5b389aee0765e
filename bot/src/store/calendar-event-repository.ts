import type { Db } from './db';

/** A meeting's event in the team's group calendar (Microsoft Graph), as last written. */
export interface CalendarEventRecord {
  tenantId: string;
  meetingId: string;
  groupId: string;
  eventId: string;
  joinUrl?: string;
  /** The meeting revision the event shows. */
  revision: number;
  /** Hash of the event as sent; equal hashes need no call to Graph. */
  fingerprint: string;
  status: 'active' | 'cancelled';
  syncedBy: string;
  syncedAt: Date;
}

interface Row {
  [key: string]: unknown;
  tenant_id: string;
  meeting_id: string;
  group_id: string;
  event_id: string;
  join_url: string | null;
  revision: number;
  fingerprint: string;
  status: CalendarEventRecord['status'];
  synced_by: string;
  synced_at: Date;
}

const toRecord = (r: Row): CalendarEventRecord => ({
  tenantId: r.tenant_id,
  meetingId: r.meeting_id,
  groupId: r.group_id,
  eventId: r.event_id,
  joinUrl: r.join_url ?? undefined,
  revision: r.revision,
  fingerprint: r.fingerprint,
  status: r.status,
  syncedBy: r.synced_by,
  syncedAt: new Date(r.synced_at),
});

/** The calendar events of a council's meetings of a year, by meeting id. */
export async function listCalendarEvents(db: Db, tenantId: string, councilId: string, year: number): Promise<Map<string, CalendarEventRecord>> {
  const rows = await db.query<Row>(
    `select e.* from meeting_calendar_event e join meeting m on m.tenant_id = e.tenant_id and m.id = e.meeting_id
      where e.tenant_id = $1 and m.council_id = $2 and m.year = $3`,
    [tenantId, councilId, year],
  );
  return new Map(rows.map((r) => [r.meeting_id, toRecord(r)]));
}

/** Records (or replaces) what the group calendar now holds for a meeting. */
export async function saveCalendarEvent(db: Db, record: CalendarEventRecord): Promise<void> {
  await db.query(
    `insert into meeting_calendar_event (tenant_id, meeting_id, group_id, event_id, join_url, revision, fingerprint, status, synced_by, synced_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (tenant_id, meeting_id) do update
       set group_id = excluded.group_id, event_id = excluded.event_id, join_url = excluded.join_url, revision = excluded.revision,
           fingerprint = excluded.fingerprint, status = excluded.status, synced_by = excluded.synced_by, synced_at = excluded.synced_at`,
    [
      record.tenantId,
      record.meetingId,
      record.groupId,
      record.eventId,
      record.joinUrl ?? null,
      record.revision,
      record.fingerprint,
      record.status,
      record.syncedBy,
      record.syncedAt,
    ],
  );
}

/**
 * How many of the council's meetings of a year the team calendar no longer shows as they are, once a
 * manager has put the year in it: events of meetings moved or cancelled in the bot since, and meetings
 * added since that are still ahead. The schedule card says the calendar needs updating.
 */
export async function countOutOfStepEvents(db: Db, tenantId: string, councilId: string, year: number, now: Date): Promise<number> {
  const [row] = await db.query<{ n: number | string }>(
    `select count(*) as n from meeting m left join meeting_calendar_event e on e.tenant_id = m.tenant_id and e.meeting_id = m.id
      where m.tenant_id = $1 and m.council_id = $2 and m.year = $3
        and ((e.status = 'active' and e.revision <> m.revision)
          or (e.meeting_id is null and m.status = 'scheduled' and m.starts_at > $4
              and exists (select 1 from meeting_calendar_event x join meeting y on y.tenant_id = x.tenant_id and y.id = x.meeting_id
                           where x.tenant_id = $1 and y.council_id = $2 and y.year = $3)))`,
    [tenantId, councilId, year, now],
  );
  return Number(row?.n ?? 0);
}
