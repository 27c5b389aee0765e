import { mentionsOf } from '../cards/mentions';
import { councilPeople } from '../domain/attendance';
import type { Council } from '../domain/council';
import { errorSummary } from '../logger';
import type { CardActionContext } from './card-actions/card-action';

/**
 * "Anteckningarna är godkända": a reply in the minutes card's thread that @mentions the council, so
 * every member learns the minutes can be read (updating the card in place notifies no one). A failure
 * is logged and not fatal: the approval is stored and the card shows it.
 */
export async function announceApproval(ctx: Pick<CardActionContext, 'turn' | 'tr' | 'log' | 'actor'>, council: Council): Promise<void> {
  const mentions = mentionsOf(councilPeople(council), ctx.tr('attendance.and'));
  const text = ctx.tr('attendance.minutesApproved', { name: ctx.actor.name, people: mentions.text });
  try {
    await ctx.turn.sendActivity({ type: 'message', text, entities: [...mentions.entities] });
  } catch (error) {
    ctx.log.warn({ err: errorSummary(error) }, 'could not announce the approved minutes');
  }
}
