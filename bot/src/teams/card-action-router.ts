import type { InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/render';
import { DomainError } from '../domain/errors';
import { errorMessage } from '../i18n';
import { cardActions, isVerb } from './card-actions';
import type { CardAction } from './card-actions/card-action';
import { errorSummary } from '../logger';
import type { BotDeps } from './deps';
import { actorOf, channelOf, languageOf } from './turn';

const InvokeValueSchema = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().min(1).max(100),
    data: z.record(z.string(), z.unknown()).nullish(),
  }),
});

/**
 * Answers an `adaptiveCard/action` invoke: parse the value, find the verb's handler, validate its data,
 * run it, and present the card it returns. Malformed input gets a 400 with a Swedish (or English)
 * message; anything unexpected a 500 with "försök igen" and a log line, never a stack trace.
 */
export async function routeCardAction(turn: TurnContext, deps: BotDeps): Promise<InvokeResponse> {
  const { tr, locale } = languageOf(turn, deps.locale);
  const log = deps.log.child({ activityId: turn.activity.id, invoke: turn.activity.name });
  const value = InvokeValueSchema.safeParse(turn.activity.value);
  if (!value.success || !isVerb(value.data.action.verb)) return errorResponse(400, 'BadRequest', tr('error.badRequest'));
  const { verb, data } = value.data.action;
  const action: CardAction = cardActions[verb];
  const parsed = action.schema.safeParse(data ?? {});
  if (!parsed.success) return errorResponse(400, 'BadRequest', tr('error.badRequest'));

  try {
    const card = await action.handle(
      { turn, deps, actor: actorOf(turn), channel: channelOf(turn.activity), tr, locale, log: log.child({ verb }) },
      parsed.data,
    );
    log.info({ verb, locale: turn.activity.locale }, 'card action answered');
    return cardResponse(card);
  } catch (error) {
    if (error instanceof DomainError) return errorResponse(error.status, error.id, errorMessage(tr, error));
    log.error({ err: errorSummary(error), verb }, 'card action failed');
    return errorResponse(500, 'InternalError', tr('error.tryAgain'));
  }
}

function cardResponse(card: AdaptiveCard): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card } };
}

function errorResponse(status: number, code: string, message: string): InvokeResponse {
  return { status: 200, body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code, message } } };
}
