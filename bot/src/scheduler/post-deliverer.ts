import type { Logger } from 'pino';
import { latePostDecision, THREAD_KINDS, type Meeting } from '../domain/meeting';
import { translator, type Locale } from '../i18n';
import { errorSummary } from '../logger';
import type { CalendarLinks } from '../services/calendar-links';
import { DeliveryError, type Clock, type Sender } from '../services/ports';
import { findCouncilById } from '../store/council-repository';
import type { Db } from '../store/db';
import { findReference } from '../store/installation-repository';
import {
  findMeetingPosts, finishPost, markPostSent, retryPostAt, type OutboxPost,
} from '../store/outbox-repository';
import { findMeeting, findSchedule, listAgendaItems, setInvitationActivity } from '../store/schedule-repository';
import { composePost } from './post-composer';
import { TEAMS_TENANT_LIMITS, TEAMS_THREAD_LIMITS, type RateLimiter } from './rate-limiter';

/**
 * The outbox job's contract: how often a post is tried, how the waits grow, how long a claim holds.
 * The idempotency key is the row's (meeting, kind, revision); the connector's own client already
 * retries 429/5xx three times honouring Retry-After before a failure reaches this layer.
 */
export const OUTBOX_JOB = {
  maxAttempts: 10,
  backoff: { baseMs: 15_000, capMs: 30 * 60_000 },
  leaseMs: 60_000,
  /** A thread post waits this long for its invitation to be posted first. */
  threadWaitMs: 30_000,
  retryableStatuses: new Set([408, 412, 429, 500, 502, 503, 504]),
} as const;

/** What a worker needs to make posts. */
export interface DeliveryDeps {
  db: Db;
  clock: Clock;
  sender: Sender;
  limiter: RateLimiter;
  links: CalendarLinks;
  locale: Locale;
  log: Logger;
}

/** What became of one claimed post (the dev clock answers with these). */
export interface DeliveryReport {
  id: string;
  kind: OutboxPost['kind'];
  councilId: string;
  meetingId?: string;
  outcome: 'sent' | 'retry' | 'waiting' | 'failed' | 'skipped' | 'dropped';
  activityId?: string;
  conversationId?: string;
  reason?: string;
}

/** Exponential backoff with full jitter, never shorter than the connector's Retry-After. */
export function backoffMs(attempt: number, retryAfterMs = 0, random = Math.random): number {
  const { baseMs, capMs } = OUTBOX_JOB.backoff;
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.max(retryAfterMs, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}

/**
 * Makes one claimed post: reloads its council and meeting, decides whether it is still wanted
 * (superseded → dropped, too late → skipped, both with the reason), composes it from the current
 * state, waits for the rate limits, sends it and records the outcome. Never throws for a post's own
 * trouble: it ends as retry or failed with its last error.
 */
export async function deliverPost(deps: DeliveryDeps, post: OutboxPost): Promise<DeliveryReport> {
  const { db, clock } = deps;
  const report = (outcome: DeliveryReport['outcome'], extra: Partial<DeliveryReport> = {}): DeliveryReport => ({
    id: post.id, kind: post.kind, councilId: post.councilId, meetingId: post.meetingId, outcome, ...extra,
  });
  const end = async (status: 'failed' | 'skipped' | 'dropped', reason: string) => {
    await finishPost(db, post.id, status, reason, clock.now());
    return report(status, { reason });
  };
  const tr = translator(deps.locale);

  const council = await findCouncilById(db, post.tenantId, post.councilId);
  if (!council || council.status !== 'active') return end('dropped', 'council inactive');
  let meeting: Meeting | undefined;
  if (post.meetingId) {
    meeting = await findMeeting(db, post.tenantId, post.meetingId);
    if (!meeting) return end('failed', 'meeting not found');
    if (post.revision !== meeting.revision) return end('dropped', 'superseded by a later change');
    if (meeting.status === 'cancelled' && post.kind !== 'invitation-update' && post.kind !== 'cancel') return end('dropped', 'meeting cancelled');
    if (latePostDecision(post.kind, meeting, clock.now()) === 'tooLate') return end('skipped', 'too late: the meeting has started or passed');
  }
  const stored = await findReference(db, post.tenantId, council.channelId);
  if (!stored) return end('failed', tr('post.error.noChannel'));

  let replyToActivityId: string | undefined;
  if (meeting && (THREAD_KINDS.has(post.kind) || post.kind === 'invitation-update')) {
    replyToActivityId = meeting.invitationActivityId;
    if (!replyToActivityId) {
      const [invitation] = await findMeetingPosts(db, post.tenantId, meeting.id, 'invitation');
      if (invitation && (invitation.status === 'pending' || invitation.status === 'sending')) {
        await retryPostAt(db, post.id, new Date(clock.now().getTime() + OUTBOX_JOB.threadWaitMs), 'waiting for the invitation', false);
        return report('waiting');
      }
      if (post.kind === 'invitation-update') return end('dropped', 'no invitation to update');
      // The invitation never made it (failed or skipped): post at the top of the channel instead.
    }
  }

  // A January reminder's key is schedule-reminder:<council>:<year>:<week>; meeting posts do not use the year.
  const year = post.kind === 'schedule-reminder' ? Number(post.key.split(':')[2]) : 0;
  const message = composePost(post.kind, {
    tr, locale: deps.locale, council, meeting, year, links: deps.links,
    schedule: meeting ? await findSchedule(db, post.tenantId, council.id, meeting.year) : undefined,
    agendaItems: meeting && post.kind === 'agenda' ? await listAgendaItems(db, post.tenantId, meeting.id) : [],
    late: clock.now().getTime() - post.dueAt.getTime() > 3_600_000,
  });
  const target = { reference: stored.reference, replyToActivityId: post.kind === 'invitation-update' ? undefined : replyToActivityId };
  const thread = target.replyToActivityId ? `${council.channelId};messageid=${target.replyToActivityId}` : council.channelId;

  try {
    await deps.limiter.acquire([
      { key: `thread:${thread}`, windows: TEAMS_THREAD_LIMITS },
      { key: `tenant:${post.tenantId}`, windows: TEAMS_TENANT_LIMITS },
    ]);
    let activityId: string | undefined;
    if (post.kind === 'invitation-update') {
      await deps.sender.update(target, meeting!.invitationActivityId!, message);
      activityId = meeting!.invitationActivityId;
    } else {
      activityId = (await deps.sender.post(target, message)).activityId;
    }
    await db.transaction(async (tx) => {
      await markPostSent(tx, post.id, activityId, clock.now());
      if (post.kind === 'invitation' && meeting && activityId) await setInvitationActivity(tx, post.tenantId, meeting.id, activityId);
    });
    return report('sent', { activityId, conversationId: thread });
  } catch (error) {
    const status = error instanceof DeliveryError ? error.status : undefined;
    const reason = status ? tr('post.error.delivery', { status }) : error instanceof DeliveryError ? error.message : 'internal error';
    deps.log.warn({ postId: post.id, kind: post.kind, attempt: post.attempts, status, err: errorSummary(error) }, 'post not delivered');
    const retryable = !(error instanceof DeliveryError) || status === undefined || OUTBOX_JOB.retryableStatuses.has(status);
    if (retryable && post.attempts < OUTBOX_JOB.maxAttempts) {
      const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : undefined;
      await retryPostAt(db, post.id, new Date(clock.now().getTime() + backoffMs(post.attempts, retryAfter)), reason);
      return report('retry', { reason });
    }
    return end('failed', reason);
  }
}
