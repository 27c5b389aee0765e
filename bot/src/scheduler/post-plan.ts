import type { Council } from '../domain/council';
import type { Locale, Translate } from '../i18n';
import type { SignedLinks } from '../services/signed-links';
import type { Clock, OutboundMessage, PostTarget } from '../services/ports';
import type { Db } from '../store/db';
import type { StoredReference } from '../store/installation-repository';
import type { OutboxPost } from '../store/outbox-repository';

/** What a planner needs to decide a claimed post: the store, the time, the language, the channel. */
export interface PlanContext {
  db: Db;
  clock: Clock;
  tr: Translate;
  locale: Locale;
  links: SignedLinks;
  council: Council;
  /** The council channel's stored conversation reference. */
  channel: StoredReference;
  post: OutboxPost;
}

/** A message to send: where, what, and what to record once Teams has it. */
export interface PostSend {
  action: 'send';
  target: PostTarget;
  message: OutboundMessage;
  /** The conversation the rate limits count against (a thread, a channel, a personal chat). */
  limitKey: string;
  /** Replace this message instead of posting a new one. */
  updateActivityId?: string;
  /** Runs in the transaction that marks the post sent (e.g. remember the new message's id). */
  afterSent?: (tx: Db, activityId: string | undefined) => Promise<void>;
  /** Where to post instead when Teams refuses the target for good (a person the bot cannot reach). */
  fallback?: Omit<PostSend, 'fallback'>;
  /**
   * When Teams refuses the target for good and there is no fallback (a person who has not installed
   * the app: 403): records it in the transaction that ends the post as skipped, instead of failing it.
   */
  onUnreachable?: (tx: Db, status: number) => Promise<void>;
}

/** What becomes of a claimed post: send it, wait and look again, or end it with the reason. */
export type PostPlan =
  PostSend | { action: 'wait'; ms: number; reason: string } | { action: 'end'; status: 'failed' | 'skipped' | 'dropped'; reason: string };

/** Ends a post without sending it. */
export const endPost = (status: 'failed' | 'skipped' | 'dropped', reason: string): PostPlan => ({ action: 'end', status, reason });
