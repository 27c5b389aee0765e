import type { AgendaItem } from '../domain/agenda';
import { ConflictError } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import type { MeetingSlot, Schedule } from '../domain/schedule';
import type { Db } from './db';

/** A schedule with the settings it was saved with. */
export interface StoredSchedule extends Schedule {
  slot: MeetingSlot;
  invitationLeadDays: number;
}

interface ScheduleRow {
  [key: string]: unknown;
  tenant_id: string;
  council_id: string;
  year: number;
  weekday: number;
  slot_start: string;
  slot_end: string;
  invitation_lead_days: number;
  teams_link: string | null;
  version: number;
  saved_by: string;
  saved_at: Date;
}

interface MeetingRow {
  [key: string]: unknown;
  id: string;
  tenant_id: string;
  council_id: string;
  year: number;
  starts_at: Date;
  ends_at: Date;
  place: string;
  online: boolean;
  status: Meeting['status'];
  revision: number;
  invitation_activity_id: string | null;
}

const toSchedule = (r: ScheduleRow): StoredSchedule => ({
  tenantId: r.tenant_id,
  councilId: r.council_id,
  year: r.year,
  teamsLink: r.teams_link ?? undefined,
  savedBy: r.saved_by,
  savedAt: new Date(r.saved_at),
  version: r.version,
  slot: { weekday: r.weekday, start: r.slot_start, end: r.slot_end },
  invitationLeadDays: r.invitation_lead_days,
});

const toMeeting = (r: MeetingRow): Meeting => ({
  id: r.id,
  tenantId: r.tenant_id,
  councilId: r.council_id,
  year: r.year,
  startsAt: new Date(r.starts_at),
  endsAt: new Date(r.ends_at),
  place: r.place,
  online: r.online,
  status: r.status,
  revision: r.revision,
  invitationActivityId: r.invitation_activity_id ?? undefined,
});

/** The council's schedule for a year, if saved. */
export async function findSchedule(db: Db, tenantId: string, councilId: string, year: number): Promise<StoredSchedule | undefined> {
  const rows = await db.query<ScheduleRow>('select * from schedule where tenant_id = $1 and council_id = $2 and year = $3', [
    tenantId,
    councilId,
    year,
  ]);
  return rows[0] && toSchedule(rows[0]);
}

/** The council's most recent schedule (for its usual slot when planning a new year). */
export async function findLatestSchedule(db: Db, tenantId: string, councilId: string): Promise<StoredSchedule | undefined> {
  const rows = await db.query<ScheduleRow>('select * from schedule where tenant_id = $1 and council_id = $2 order by year desc limit 1', [
    tenantId,
    councilId,
  ]);
  return rows[0] && toSchedule(rows[0]);
}

/** Creates or replaces a schedule; a change must come from the version the manager saw. */
export async function saveSchedule(db: Db, schedule: StoredSchedule, expectedVersion: number | undefined): Promise<void> {
  const values = [
    schedule.tenantId,
    schedule.councilId,
    schedule.year,
    schedule.slot.weekday,
    schedule.slot.start,
    schedule.slot.end,
    schedule.invitationLeadDays,
    schedule.teamsLink ?? null,
    schedule.version,
    schedule.savedBy,
    schedule.savedAt,
  ];
  if (expectedVersion === undefined) {
    const rows = await db.query(
      `insert into schedule (tenant_id, council_id, year, weekday, slot_start, slot_end, invitation_lead_days, teams_link, version, saved_by, saved_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing returning year`,
      values,
    );
    if (rows.length === 0) throw new ConflictError('schedule.stale');
    return;
  }
  const rows = await db.query(
    `update schedule set weekday = $4, slot_start = $5, slot_end = $6, invitation_lead_days = $7, teams_link = $8,
            version = $9, saved_by = $10, saved_at = $11
      where tenant_id = $1 and council_id = $2 and year = $3 and version = $12 returning year`,
    [...values, expectedVersion],
  );
  if (rows.length === 0) throw new ConflictError('schedule.stale');
}

/** The council's meetings of a year, cancelled ones included, in time order. */
export async function listMeetings(db: Db, tenantId: string, councilId: string, year: number): Promise<Meeting[]> {
  const rows = await db.query<MeetingRow>('select * from meeting where tenant_id = $1 and council_id = $2 and year = $3 order by starts_at, id', [
    tenantId,
    councilId,
    year,
  ]);
  return rows.map(toMeeting);
}

/**
 * Meetings whose personal day-before reminders are due at `now` and not planned yet for their current
 * revision: scheduled, of an active council, starting within two days, with `morning` local time of the
 * day before passed. Across tenants (a job's planning); each meeting carries its tenant.
 */
export async function listMeetingsDueForPersonalReminders(db: Db, now: Date, morning: string): Promise<Meeting[]> {
  const rows = await db.query<MeetingRow>(
    `select m.* from meeting m
       join council c on c.tenant_id = m.tenant_id and c.id = m.council_id
      where m.status = 'scheduled' and c.status = 'active'
        and m.starts_at > $1 and m.starts_at <= $1::timestamptz + interval '2 days'
        and $1 >= (((m.starts_at at time zone c.time_zone)::date - 1) + $2::time) at time zone c.time_zone
        and not exists (select 1 from outbox o
                         where o.tenant_id = m.tenant_id and o.meeting_id = m.id and o.kind = 'personal-reminder' and o.revision = m.revision)
      order by m.starts_at, m.id`,
    [now, morning],
  );
  return rows.map(toMeeting);
}

/** A meeting by id within the tenant. */
export async function findMeeting(db: Db, tenantId: string, id: string): Promise<Meeting | undefined> {
  const rows = await db.query<MeetingRow>('select * from meeting where tenant_id = $1 and id = $2', [tenantId, id]);
  return rows[0] && toMeeting(rows[0]);
}

/** Stores a new meeting. */
export async function insertMeeting(db: Db, meeting: Meeting, at: Date): Promise<void> {
  await db.query(
    `insert into meeting (id, tenant_id, council_id, year, starts_at, ends_at, place, online, status, revision, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
    [
      meeting.id,
      meeting.tenantId,
      meeting.councilId,
      meeting.year,
      meeting.startsAt,
      meeting.endsAt,
      meeting.place,
      meeting.online,
      meeting.status,
      meeting.revision,
      at,
    ],
  );
}

/** Writes a meeting's new time, place, status and revision. */
export async function updateMeeting(db: Db, meeting: Meeting, at: Date): Promise<void> {
  await db.query(
    `update meeting set starts_at = $3, ends_at = $4, place = $5, online = $6, status = $7, revision = $8, updated_at = $9
      where tenant_id = $1 and id = $2`,
    [meeting.tenantId, meeting.id, meeting.startsAt, meeting.endsAt, meeting.place, meeting.online, meeting.status, meeting.revision, at],
  );
}

/** Remembers the channel message of a meeting's invitation (its thread takes the later posts). */
export async function setInvitationActivity(db: Db, tenantId: string, meetingId: string, activityId: string): Promise<void> {
  await db.query('update meeting set invitation_activity_id = $3 where tenant_id = $1 and id = $2', [tenantId, meetingId, activityId]);
}

/** Items added to a meeting's agenda, oldest first. */
export async function listAgendaItems(db: Db, tenantId: string, meetingId: string): Promise<AgendaItem[]> {
  const rows = await db.query<{ id: string; meeting_id: string; text: string; added_at: Date }>(
    'select id, meeting_id, text, added_at from agenda_item where tenant_id = $1 and meeting_id = $2 order by added_at, id',
    [tenantId, meetingId],
  );
  return rows.map((r) => ({ id: r.id, meetingId: r.meeting_id, text: r.text, addedAt: new Date(r.added_at) }));
}

/** When the council's last meeting before `before` started (cancelled ones do not count), if any. */
export async function findPreviousMeetingStart(db: Db, tenantId: string, councilId: string, before: Date): Promise<Date | undefined> {
  const [row] = await db.query<{ starts_at: Date | null }>(
    `select max(starts_at) as starts_at from meeting
      where tenant_id = $1 and council_id = $2 and status = 'scheduled' and starts_at < $3`,
    [tenantId, councilId, before],
  );
  return row?.starts_at ? new Date(row.starts_at) : undefined;
}
