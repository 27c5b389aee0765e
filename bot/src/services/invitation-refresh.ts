import { meetingPostKey, type Meeting } from '../domain/meeting';
import type { Db } from '../store/db';
import { enqueuePosts } from '../store/outbox-repository';

/**
 * How long answers are gathered before the shared invitation card is updated once for all of them.
 * Teams allows 7 messages a second and 60 per 30 s in one thread (an update counts); one update per
 * ten seconds keeps a burst of presses far inside that, and the presser sees their own answer at once.
 */
export const ANSWER_COALESCE_MS = 10_000;

/**
 * Schedules the in-place update of a meeting's invitation card so its tally shows the answers: one
 * outbox row per meeting revision and ten-second window, due at the window's end. Further answers in
 * the same window find the row already there (same idempotency key) and add nothing.
 */
export async function enqueueInvitationRefresh(db: Db, meeting: Meeting, now: Date): Promise<void> {
  const window = Math.floor(now.getTime() / ANSWER_COALESCE_MS);
  await enqueuePosts(
    db,
    [
      {
        tenantId: meeting.tenantId,
        key: `${meetingPostKey(meeting.id, 'invitation-update', meeting.revision)}:answers:${window}`,
        kind: 'invitation-update',
        councilId: meeting.councilId,
        meetingId: meeting.id,
        revision: meeting.revision,
        dueAt: new Date((window + 1) * ANSWER_COALESCE_MS),
      },
    ],
    now,
  );
}
