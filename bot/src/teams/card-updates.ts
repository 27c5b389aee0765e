import { CardFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import { errorSummary } from '../logger';
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
