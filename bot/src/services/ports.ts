import { UnavailableError } from '../domain/errors';

/** The time source every use case and job reads; injected so tests and demos can move time. */
export interface Clock {
  now(): Date;
}

/** A message the bot posts on its own: text, an Adaptive Card, or both. */
export interface OutboundMessage {
  text?: string;
  /** An Adaptive Card as JSON (schema 1.5); its own mentions travel in the card (`msteams.entities`). */
  card?: object;
  /** People the text @mentions: each `text` (`<at>Name</at>`) stands in `text` as is. */
  mentions?: readonly MentionEntity[];
}

/** A Teams mention of one person: the `<at>…</at>` text it stands for, and who (their Teams user id). */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

/** Where a proactive post goes: a stored conversation, and optionally the thread of one of its messages. */
export interface PostTarget {
  /** The stored Bot Framework conversation reference (opaque outside `teams/`). */
  reference: Record<string, unknown>;
  /** Reply in the thread of this channel message instead of starting a new one. */
  replyToActivityId?: string;
  /** Post to this person's personal chat with the bot instead (opened through the reference's service). */
  person?: { teamsUserId: string; tenantId: string };
}

/**
 * Why a post did not go through (`reason`), the connector's HTTP status, and how long it asked us to
 * wait. In the catalogue a dependency that did not answer (`ServiceUnavailable`); jobs retry it.
 */
export class DeliveryError extends UnavailableError {
  constructor(
    override readonly reason: string,
    readonly connectorStatus?: number,
    readonly retryAfterMs?: number,
  ) {
    super('error.tryAgain');
  }
}

/**
 * Posts to Teams on the bot's own initiative. Implemented in `teams/`, wired in by the composition
 * root; throws `DeliveryError` when the connector refuses.
 */
export interface Sender {
  /** Posts a new message (or thread reply); returns the id of the message it became. */
  post(target: PostTarget, message: OutboundMessage): Promise<{ activityId: string }>;
  /** Replaces a message the bot posted earlier. */
  update(target: PostTarget, activityId: string, message: OutboundMessage): Promise<void>;
}
