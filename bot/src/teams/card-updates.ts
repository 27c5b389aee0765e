import { CardFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { CardActionContext } from './card-actions/card-action';

/**
 * Replaces a posted card for everyone in the conversation (an invoke response only changes it for the
 * person who pressed). A failure is logged and not fatal: the presser already sees the new card.
 */
export async function cardForEveryone(ctx: Pick<CardActionContext, 'turn' | 'log'>, activityId: string, card: AdaptiveCard): Promise<void> {
  try {
    await ctx.turn.updateActivity({ id: activityId, type: 'message', attachments: [CardFactory.adaptiveCard(card)] });
  } catch (error) {
    ctx.log.warn({ err: errorSummary(error), activityId }, 'could not update the card for everyone');
  }
}

/** An error as a log field without message text from users: name, message, status code. */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { value: String(error) };
  const status = (error as { statusCode?: number }).statusCode;
  return { name: error.name, message: error.message, status, stack: error.stack };
}
