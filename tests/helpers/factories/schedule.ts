import { randomUUID } from 'node:crypto';
import type { Council } from '../../../bot/src/domain/council';
import { localPartsOf } from '../../../bot/src/domain/local-time';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { DEFAULT_INVITATION_LEAD_DAYS, DEFAULT_SLOT } from '../../../bot/src/domain/schedule';
import type { Db } from '../../../bot/src/store/db';
import {
  findMeeting,
  findSchedule,
  insertMeeting,
  saveSchedule,
  setInvitationActivity,
  type StoredSchedule,
} from '../../../bot/src/store/schedule-repository';
import { createCouncil } from './council';
import { FACTORY_NOW } from './in-memory';

/** What `createSchedule` takes: the council (created when absent) and the schedule's fields. */
export type ScheduleOverrides = Partial<Omit<StoredSchedule, 'tenantId' | 'councilId'>> & { council?: Council };

/**
 * A saved Tidsplan for 2027 at the usual Tuesday 13:00–14:30, version 1, saved by the council's
 * manager. Only the schedule row: meetings are `createMeeting`'s (docs/domain.md#the-schedule).
 */
export async function createSchedule(db: Db, overrides: ScheduleOverrides = {}): Promise<StoredSchedule> {
  const { council = await createCouncil(db), ...fields } = overrides;
  const schedule: StoredSchedule = {
    tenantId: council.tenantId,
    councilId: council.id,
    year: 2027,
    slot: DEFAULT_SLOT,
    invitationLeadDays: DEFAULT_INVITATION_LEAD_DAYS,
    savedBy: council.managers[0]!.aadObjectId,
    savedAt: FACTORY_NOW,
    version: 1,
    ...fields,
  };
  await saveSchedule(db, schedule, undefined);
  return (await findSchedule(db, council.tenantId, council.id, schedule.year))!;
}

/** What `createMeeting` takes: the council (created when absent) and the meeting's fields. */
export type MeetingOverrides = Partial<Omit<Meeting, 'tenantId' | 'councilId'>> & { council?: Council };

/**
 * A planned meeting (Träff), by default Tuesday 19 January 2027 13:00–14:30 Stockholm time in the
 * unit's day room with digital participation. The year follows the start's local date; an
 * `invitationActivityId` makes it a meeting whose invitation is already in the channel.
 */
export async function createMeeting(db: Db, overrides: MeetingOverrides = {}): Promise<Meeting> {
  const { council = await createCouncil(db), ...fields } = overrides;
  const startsAt = fields.startsAt ?? new Date('2027-01-19T12:00:00Z');
  const meeting: Meeting = {
    id: randomUUID(),
    tenantId: council.tenantId,
    councilId: council.id,
    year: Number(localPartsOf(startsAt, council.timeZone).date.slice(0, 4)),
    startsAt,
    endsAt: new Date(startsAt.getTime() + 90 * 60_000),
    place: 'Dagrummet, avdelning 2',
    online: true,
    status: 'scheduled',
    revision: 1,
    ...fields,
  };
  await insertMeeting(db, meeting, FACTORY_NOW);
  if (meeting.invitationActivityId) await setInvitationActivity(db, meeting.tenantId, meeting.id, meeting.invitationActivityId);
  return (await findMeeting(db, meeting.tenantId, meeting.id))!;
}
