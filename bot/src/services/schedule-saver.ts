import { randomUUID } from 'node:crypto';
import type { Council } from '../domain/council';
import { ConflictError, ValidationError } from '../domain/errors';
import { PLANNING_NAME } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import type { Meeting } from '../domain/meeting';
import { authorize, type Actor } from '../domain/policies';
import { isPastScheduleDeadline } from '../domain/schedule';
import { checkScheduleDraft, type CheckedMeeting, type ScheduleDraft } from '../domain/schedule-draft';
import type { Db } from '../store/db';
import { dropPendingPosts, enqueuePosts, type NewPost } from '../store/outbox-repository';
import {
  findSchedule,
  insertMeeting,
  listMeetings,
  saveSchedule as storeSchedule,
  updateMeeting,
  type StoredSchedule,
} from '../store/schedule-repository';
import { ensurePlanningSubAssignment } from '../store/sub-assignment-repository';
import { meetingPostsFor } from './meeting-posts';
import type { Clock } from './ports';

/** What it takes to save a year's schedule. */
export interface SaveScheduleProps {
  db: Db;
  clock: Clock;
  actor: Actor;
  /** The council, loaded by the caller from the channel (never from card data). */
  council: Council;
  draft: ScheduleDraft;
  /** The schedule version the card showed; absent when the year had none. */
  expectedVersion?: number;
}

/** The saved schedule, the year's meetings, and what changed. */
export interface SaveScheduleResult {
  schedule: StoredSchedule;
  meetings: Meeting[];
  deadlinePassed: boolean;
  added: number;
  moved: number;
  cancelled: number;
}

/**
 * Saves a council's year: new meetings are added, changed ones moved (revision + 1), removed ones
 * cancelled; every post they need is written to the outbox in the same transaction, and posts of
 * an old revision are dropped. Only the council's managers may do it, and only from the version
 * they saw. Saving after 31 January is allowed; the result says the deadline passed.
 */
export async function saveSchedule(props: SaveScheduleProps): Promise<SaveScheduleResult> {
  const { db, clock, actor, council, draft } = props;
  authorize(actor, 'plan', council);
  const now = clock.now();
  const zone = council.timeZone;
  const today = localPartsOf(now, zone).date;

  return db.transaction(async (tx) => {
    const existing = await findSchedule(tx, council.tenantId, council.id, draft.year);
    if ((existing?.version ?? undefined) !== props.expectedVersion) throw new ConflictError('schedule.stale');
    const stored = await listMeetings(tx, council.tenantId, council.id, draft.year);
    const byId = new Map(stored.map((m) => [m.id, m]));
    const draftIds = new Set(draft.meetings.flatMap((row) => (row.id ? [row.id] : [])));
    if ([...draftIds].some((id) => !byId.has(id))) throw new ValidationError('schedule.meeting.unknown', {}, 'meetings');
    const heldCount = stored.filter((m) => m.status === 'scheduled' && m.startsAt <= now && !draftIds.has(m.id)).length;
    const checked = checkScheduleDraft(draft, {
      now,
      today,
      zone,
      heldCount,
      storedStarts: new Map(stored.map((m) => [m.id, m.startsAt.getTime()])),
    });

    // The year's "Planering och protokoll kvalitetsråd" in the follow-up: the schedule and minutes hang on it.
    await ensurePlanningSubAssignment(tx, {
      id: randomUUID(),
      tenantId: council.tenantId,
      councilId: council.id,
      year: draft.year,
      name: PLANNING_NAME,
      at: now,
    });
    const leadChanged = existing !== undefined && existing.invitationLeadDays !== draft.invitationLeadDays;
    const posts: NewPost[] = [];
    const counts = { added: 0, moved: 0, cancelled: 0 };
    for (const row of checked) {
      const current = row.id ? byId.get(row.id) : undefined;
      if (!current) {
        if (row.removed) continue;
        const meeting = newMeeting(council, draft.year, row);
        await insertMeeting(tx, meeting, now);
        posts.push(...meetingPostsFor(meeting, zone, draft.invitationLeadDays, now));
        counts.added++;
        continue;
      }
      if (current.status === 'cancelled') continue;
      const next = nextRevision(current, row, leadChanged);
      if (!next) continue;
      await updateMeeting(tx, next.meeting, now);
      await dropPendingPosts(tx, council.tenantId, current.id, now);
      posts.push(...meetingPostsFor(next.meeting, zone, draft.invitationLeadDays, now, next.notice));
      counts[next.notice === 'cancel' ? 'cancelled' : 'moved']++;
    }
    await enqueuePosts(tx, posts, now);

    const schedule: StoredSchedule = {
      tenantId: council.tenantId,
      councilId: council.id,
      year: draft.year,
      teamsLink: draft.teamsLink || undefined,
      slot: draft.slot,
      invitationLeadDays: draft.invitationLeadDays,
      savedBy: actor.aadObjectId,
      savedAt: now,
      version: (existing?.version ?? 0) + 1,
    };
    await storeSchedule(tx, schedule, existing?.version);
    const meetings = await listMeetings(tx, council.tenantId, council.id, draft.year);
    return { schedule, meetings, deadlinePassed: isPastScheduleDeadline(draft.year, today), ...counts };
  });
}

function newMeeting(council: Council, year: number, row: CheckedMeeting): Meeting {
  return {
    id: randomUUID(),
    tenantId: council.tenantId,
    councilId: council.id,
    year,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place,
    online: row.online,
    status: 'scheduled',
    revision: 1,
  };
}

/** The meeting's next revision when the row changes it (or the invitation lead moved), else nothing. */
function nextRevision(current: Meeting, row: CheckedMeeting, leadChanged: boolean): { meeting: Meeting; notice: 'change' | 'cancel' } | undefined {
  if (row.removed) return { meeting: { ...current, status: 'cancelled', revision: current.revision + 1 }, notice: 'cancel' };
  const changed =
    row.startsAt.getTime() !== current.startsAt.getTime() ||
    row.endsAt.getTime() !== current.endsAt.getTime() ||
    row.place !== current.place ||
    row.online !== current.online;
  const replan = leadChanged && current.invitationActivityId === undefined;
  if (!changed && !replan) return undefined;
  return {
    meeting: { ...current, startsAt: row.startsAt, endsAt: row.endsAt, place: row.place, online: row.online, revision: current.revision + 1 },
    notice: 'change',
  };
}
