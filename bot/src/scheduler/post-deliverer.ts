import type { Logger } from 'pino';
import { translator, type Locale } from '../i18n';
import { logJobFailure } from '../presentation/error-presenter';
import type { SignedLinks } from '../services/signed-links';
import { DeliveryError, type Clock, type Sender } from '../services/ports';
import { findCouncilById } from '../store/council-repository';
import type { Db } from '../store/db';
import { findReference } from '../store/installation-repository';
import { finishPost, markPostSent, retryPostAt, type OutboxPost } from '../store/outbox-repository';
import { planMeetingPost, THREAD_WAIT_MS } from './meeting-post-planner';
import type { PostSend } from './post-plan';
import { planAssessmentPost } from './assessment-post-planner';
import { planPersonalPost } from './personal-post-planner';
import { planProposalPost } from './proposal-post-planner';
import { TEAMS_TENANT_LIMITS, TEAMS_THREAD_LIMITS, type RateLimiter } from './rate-limiter';

/**
 * The outbox job's contract: how often a post is tried, how the waits grow, how long a claim holds.
 * The idempotency key is the row's (meeting, kind, revision) or (proposal, kind[, version]); the connector's own client already
 * retries 429/5xx three times honouring Retry-After before a failure reaches this layer.
 */
export const OUTBOX_JOB = {
  maxAttempts: 10,
  backoff: { baseMs: 15_000, capMs: 30 * 60_000 },
  leaseMs: 60_000,
  /** A thread post waits this long for its invitation to be posted first. */
  threadWaitMs: THREAD_WAIT_MS,
  retryableStatuses: new Set([408, 412, 429, 500, 502, 503, 504]),
} as const;

/** What a worker needs to make posts. */
export interface DeliveryDeps {
  db: Db;
  clock: Clock;
  sender: Sender;
  limiter: RateLimiter;
  links: SignedLinks;
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
 * Makes one claimed post: reloads its council, lets the meeting or proposal planner decide whether it
 * is still wanted (superseded → dropped, too late → skipped, both with the reason) and compose it from
 * the current state, waits for the rate limits, sends it and records the outcome. Never throws for a
 * post's own trouble: it ends as retry or failed with its last error.
 */
export async function deliverPost(deps: DeliveryDeps, post: OutboxPost): Promise<DeliveryReport> {
  const { db, clock } = deps;
  const report = (outcome: DeliveryReport['outcome'], extra: Partial<DeliveryReport> = {}): DeliveryReport => ({
    id: post.id,
    kind: post.kind,
    councilId: post.councilId,
    meetingId: post.meetingId,
    outcome,
    ...extra,
  });
  const end = async (status: 'failed' | 'skipped' | 'dropped', reason: string) => {
    await finishPost(db, post.id, status, reason, clock.now());
    return report(status, { reason });
  };
  const tr = translator(deps.locale);

  const council = await findCouncilById(db, post.tenantId, post.councilId);
  if (!council || council.status !== 'active') return end('dropped', 'council inactive');
  const channel = await findReference(db, post.tenantId, council.channelId);
  if (!channel) return end('failed', tr('post.error.noChannel'));
  const context = { db, clock, tr, locale: deps.locale, links: deps.links, council, channel, post };
  const plan =
    post.kind === 'assessment-reminder'
      ? await planAssessmentPost(context)
      : post.kind === 'personal-reminder'
        ? await planPersonalPost(context)
        : post.proposalId
          ? await planProposalPost(context)
          : await planMeetingPost(context);
  if (plan.action === 'end') return end(plan.status, plan.reason);
  if (plan.action === 'wait') {
    await retryPostAt(db, post.id, new Date(clock.now().getTime() + plan.ms), plan.reason, false);
    return report('waiting');
  }

  try {
    let sent: { activityId?: string; plan: PostSend };
    try {
      sent = { activityId: await send(deps, post.tenantId, plan), plan };
    } catch (error) {
      const status = error instanceof DeliveryError ? error.connectorStatus : undefined;
      if (status === undefined || OUTBOX_JOB.retryableStatuses.has(status)) throw error;
      const { onUnreachable } = plan;
      if (!plan.fallback && onUnreachable) {
        const reason = tr('post.error.unreachable', { status });
        await db.transaction(async (tx) => {
          await onUnreachable(tx, status);
          await finishPost(tx, post.id, 'skipped', reason, clock.now());
        });
        deps.log.info({ postId: post.id, kind: post.kind, status }, 'person not reachable in personal chat; recorded');
        return report('skipped', { reason });
      }
      if (!plan.fallback) throw error;
      deps.log.info({ postId: post.id, kind: post.kind, status }, 'target unreachable, posting in the fallback place');
      sent = { activityId: await send(deps, post.tenantId, plan.fallback), plan: plan.fallback };
    }
    await db.transaction(async (tx) => {
      await markPostSent(tx, post.id, sent.activityId, clock.now());
      await sent.plan.afterSent?.(tx, sent.activityId);
    });
    return report('sent', { activityId: sent.activityId, conversationId: sent.plan.limitKey });
  } catch (error) {
    const status = error instanceof DeliveryError ? error.connectorStatus : undefined;
    const reason = status ? tr('post.error.delivery', { status }) : error instanceof DeliveryError ? error.reason : 'internal error';
    logJobFailure(deps.log, error, { postId: post.id, kind: post.kind, attempt: post.attempts, status }, 'post not delivered');
    const retryable = !(error instanceof DeliveryError) || status === undefined || OUTBOX_JOB.retryableStatuses.has(status);
    if (retryable && post.attempts < OUTBOX_JOB.maxAttempts) {
      const retryAfter = error instanceof DeliveryError ? error.retryAfterMs : undefined;
      await retryPostAt(db, post.id, new Date(clock.now().getTime() + backoffMs(post.attempts, retryAfter)), reason);
      return report('retry', { reason });
    }
    return end('failed', reason);
  }
}

/** Waits for the rate limits of the target's conversation and the tenant, then posts or updates. */
async function send(deps: DeliveryDeps, tenantId: string, plan: Omit<PostSend, 'fallback'>): Promise<string | undefined> {
  await deps.limiter.acquire([
    { key: `thread:${plan.limitKey}`, windows: TEAMS_THREAD_LIMITS },
    { key: `tenant:${tenantId}`, windows: TEAMS_TENANT_LIMITS },
  ]);
  if (plan.updateActivityId) {
    await deps.sender.update(plan.target, plan.updateActivityId, plan.message);
    return plan.updateActivityId;
  }
  return (await deps.sender.post(plan.target, plan.message)).activityId;
}
