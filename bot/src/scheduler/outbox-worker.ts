import { DEFAULT_REPORTING_WORKDAY } from '../domain/follow-up';
import { logJobFailure } from '../presentation/error-presenter';
import { enqueueAssessmentReminders } from '../services/assessment-reminder-enqueuer';
import { enqueuePersonalReminders } from '../services/personal-reminder-enqueuer';
import { enqueueScheduleReminders } from '../services/schedule-reminder-enqueuer';
import { claimDuePosts, finishPost, releaseClaims, retryPostAt, type OutboxPost } from '../store/outbox-repository';
import { backoffMs, deliverPost, OUTBOX_JOB, type DeliveryDeps, type DeliveryReport } from './post-deliverer';

/** How the worker paces itself. */
export interface OutboxWorkerOptions {
  /** Rows claimed at a time. */
  batchSize: number;
  /** Councils served side by side; one council's posts go in order (invitation before its thread). */
  lanes: number;
  /** How often the background loop looks for due posts (wall time). */
  pollMs: number;
  /** How often the January schedule reminders, the monthly assessment cards and the personal day-before reminders are enqueued (wall time). */
  plannerEveryMs: number;
  /** The monthly reporting day: the nth working day. */
  reportingWorkday: number;
  /** Told what every run made, the background loop's included (local mode's dev clock reports them). */
  onDelivered?: (reports: readonly DeliveryReport[]) => void;
}

const DEFAULTS: OutboxWorkerOptions = {
  batchSize: 200,
  lanes: 32,
  pollMs: 1_000,
  plannerEveryMs: 60_000,
  reportingWorkday: DEFAULT_REPORTING_WORKDAY,
};

/**
 * The outbox worker: claims due posts (several instances may run; claims never overlap), makes them
 * council by council, and loops until nothing is due. The background loop catches and logs its own
 * errors and goes on; `stop` waits for the run in progress.
 */
export class OutboxWorker {
  private readonly options: OutboxWorkerOptions;
  private timer?: NodeJS.Timeout;
  private running?: Promise<DeliveryReport[]>;
  private lastPlanned = -Infinity;
  private stopped = false;

  constructor(
    private readonly deps: DeliveryDeps,
    options: Partial<OutboxWorkerOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** Starts the background loop. */
  start(): void {
    this.stopped = false;
    const tick = async () => {
      try {
        await this.runDue();
      } catch (error) {
        logJobFailure(this.deps.log, error, {}, 'outbox run failed; trying again');
      }
      if (!this.stopped) this.timer = setTimeout(() => void tick(), this.options.pollMs);
    };
    this.timer = setTimeout(() => void tick(), 0);
  }

  /** Stops the loop: sends in flight finish, claimed posts not yet started are handed back. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /**
   * Makes every post due now (one run at a time per instance; a second caller waits for the first
   * and then runs again). `planNow` plans the January and monthly reminders even if it was done a minute ago;
   * `before` runs once no other run is in progress.
   */
  async runDue(planNow = false, before?: () => void): Promise<DeliveryReport[]> {
    while (this.running) await this.running.catch(() => undefined);
    before?.(); // e.g. the dev clock moving: no other run sees the new time first
    this.running = this.drain(planNow);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  private async drain(planNow: boolean): Promise<DeliveryReport[]> {
    const { db, clock } = this.deps;
    if (planNow || performance.now() - this.lastPlanned >= this.options.plannerEveryMs) {
      this.lastPlanned = performance.now();
      await enqueueScheduleReminders(db, clock.now());
      await enqueueAssessmentReminders(db, clock.now(), this.options.reportingWorkday);
      await enqueuePersonalReminders(db, clock.now());
    }
    const reports: DeliveryReport[] = [];
    const seen = new Set<string>();
    for (;;) {
      const claimed = (await claimDuePosts(db, clock.now(), this.options.batchSize, OUTBOX_JOB.leaseMs)).filter(
        (p) => !seen.has(`${p.id}:${p.attempts}`),
      );
      if (claimed.length === 0) break;
      claimed.forEach((p) => seen.add(`${p.id}:${p.attempts}`));
      const made = await this.deliverInLanes(claimed);
      this.options.onDelivered?.(made);
      reports.push(...made);
      if (this.stopped) break;
    }
    return reports;
  }

  private async deliverInLanes(posts: OutboxPost[]): Promise<DeliveryReport[]> {
    const byCouncil = new Map<string, OutboxPost[]>();
    for (const post of posts) byCouncil.set(post.councilId, [...(byCouncil.get(post.councilId) ?? []), post]);
    const queues = [...byCouncil.values()];
    const reports: DeliveryReport[] = [];
    const unstarted: string[] = [];
    const lane = async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        for (const post of queue) {
          // Shutting down: finish the sends in flight, hand the rest back for another instance.
          if (this.stopped) unstarted.push(post.id);
          else reports.push(await this.deliverSafely(post));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.options.lanes, queues.length) }, lane));
    if (unstarted.length > 0) {
      await releaseClaims(this.deps.db, unstarted);
      this.deps.log.info({ released: unstarted.length }, 'shutting down: claimed posts handed back');
    }
    return reports;
  }

  /** A post whose delivery throws (a bug, the store gone) is retried later, not left claimed. */
  private async deliverSafely(post: OutboxPost): Promise<DeliveryReport> {
    try {
      return await deliverPost(this.deps, post);
    } catch (error) {
      logJobFailure(this.deps.log, error, { postId: post.id, kind: post.kind, attempt: post.attempts }, 'post delivery crashed');
      const now = this.deps.clock.now();
      try {
        if (post.attempts >= OUTBOX_JOB.maxAttempts) await finishPost(this.deps.db, post.id, 'failed', 'internal error', now);
        else await retryPostAt(this.deps.db, post.id, new Date(now.getTime() + backoffMs(post.attempts)), 'internal error');
      } catch (storeError) {
        // The store is gone too: the claim's lease runs out and the post is claimed again later.
        logJobFailure(this.deps.log, storeError, { postId: post.id }, 'could not record the failed delivery');
      }
      return { id: post.id, kind: post.kind, councilId: post.councilId, meetingId: post.meetingId, outcome: 'retry', reason: 'internal error' };
    }
  }
}
