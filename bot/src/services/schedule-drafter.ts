import type { Council } from '../domain/council';
import { ValidationError } from '../domain/errors';
import { localPartsOf, type LocalDate } from '../domain/local-time';
import type { Meeting } from '../domain/meeting';
import { authorize, type Actor } from '../domain/policies';
import {
  DEFAULT_INVITATION_LEAD_DAYS,
  DEFAULT_SLOT,
  proposeMeetingDates,
  isPastScheduleDeadline,
  yearToPlan,
  type MeetingSlot,
} from '../domain/schedule';
import type { MeetingDraft } from '../domain/schedule-draft';
import type { Db } from '../store/db';
import { findLatestSchedule, findSchedule, listMeetings, type StoredSchedule } from '../store/schedule-repository';
import type { Clock } from './ports';

/** What it takes to open the schedule card. */
export interface DraftScheduleProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  council: Council;
  /** The year asked for; without one, this year while eight meetings still fit, else next year. */
  year?: number;
  /** A different usual slot to propose dates for (only while the year has no saved schedule). */
  slot?: MeetingSlot;
}

/** The schedule card's content: saved meetings, or a fresh proposal. */
export interface ScheduleView {
  council: Council;
  year: number;
  today: LocalDate;
  schedule?: StoredSchedule;
  slot: MeetingSlot;
  invitationLeadDays: number;
  teamsLink: string;
  /** Meetings of the year already started or held: shown, not editable. */
  held: Meeting[];
  /** The rows the manager edits: upcoming meetings, or the proposal. */
  rows: MeetingDraft[];
  /** True when `rows` are a proposal, not yet saved. */
  proposed: boolean;
  /** 31 January of the year has passed (the schedule is in place by then: docs/domain.md#the-schedule). */
  deadlinePassed: boolean;
}

/**
 * Tidsplan: the schedule of a council's year for its manager to edit. A year without one gets a
 * proposal: at least eight meetings at the usual weekday and time, away from holidays and July.
 */
export async function draftSchedule(props: DraftScheduleProps): Promise<ScheduleView> {
  const { db, clock, actor, council } = props;
  authorize(actor, 'plan', council);
  const now = clock.now();
  const today = localPartsOf(now, council.timeZone).date;
  const thisYear = Number(today.slice(0, 4));
  const latest = await findLatestSchedule(db, council.tenantId, council.id);
  const usualSlot = latest?.slot ?? DEFAULT_SLOT;
  const year = props.year ?? yearToPlan(today, usualSlot.weekday);
  if (year !== thisYear && year !== thisYear + 1) {
    throw new ValidationError('schedule.year.invalid', { thisYear, nextYear: thisYear + 1 }, 'year');
  }
  const schedule = await findSchedule(db, council.tenantId, council.id, year);
  const base = {
    council,
    year,
    today,
    schedule,
    invitationLeadDays: schedule?.invitationLeadDays ?? latest?.invitationLeadDays ?? DEFAULT_INVITATION_LEAD_DAYS,
    teamsLink: schedule?.teamsLink ?? latest?.teamsLink ?? '',
    deadlinePassed: isPastScheduleDeadline(year, today),
  };
  if (schedule) {
    const meetings = (await listMeetings(db, council.tenantId, council.id, year)).filter((m) => m.status === 'scheduled');
    return {
      ...base,
      slot: schedule.slot,
      proposed: false,
      held: meetings.filter((m) => m.startsAt <= now),
      rows: meetings.filter((m) => m.startsAt > now).map((m) => rowOf(m, council.timeZone)),
    };
  }
  const slot = props.slot ?? usualSlot;
  const rows = proposeMeetingDates(year, today, slot.weekday).map((date): MeetingDraft => ({
    date,
    start: slot.start,
    end: slot.end,
    place: '',
    online: true,
    removed: false,
  }));
  return { ...base, slot, proposed: true, held: [], rows };
}

/** A stored meeting as an editable row, in the council's local time. */
export function rowOf(meeting: Meeting, zone: string): MeetingDraft {
  const start = localPartsOf(meeting.startsAt, zone);
  return {
    id: meeting.id,
    date: start.date,
    start: start.time,
    end: localPartsOf(meeting.endsAt, zone).time,
    place: meeting.place,
    online: meeting.online,
    removed: false,
  };
}
