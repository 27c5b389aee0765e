import type { InvokeResponse, TurnContext } from 'botbuilder';
import { z } from 'zod';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from '../cards/render';
import { ValidationError } from '../domain/errors';
import { logError, presentError, type PresentedError } from '../presentation/error-presenter';
import { cardActions, isVerb } from './card-actions';
import type { CardAction } from './card-actions/card-action';
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
 * run it, and present the card it returns. Refusals are answered as the error presenter has them, with
 * the same codes and words as the tab API: malformed input 400 `BadRequest`, a policy's no 403
 * `Forbidden`, anything unexpected 500 `InternalError` "försök igen" and a log line, never a stack.
 */
export async function routeCardAction(turn: TurnContext, deps: BotDeps): Promise<InvokeResponse> {
  const { tr, locale } = languageOf(turn, deps.locale);
  const log = deps.log.child({ activityId: turn.activity.id, invoke: turn.activity.name });
  const value = InvokeValueSchema.safeParse(turn.activity.value);
  const malformed = () => errorResponse(presentError(new ValidationError('error.badRequest'), tr));
  if (!value.success || !isVerb(value.data.action.verb)) return malformed();
  const { verb, data } = value.data.action;
  const action: CardAction = cardActions[verb];
  const parsed = action.schema.safeParse(data ?? {});
  if (!parsed.success) return malformed();

  try {
    const card = await action.handle(
      { turn, deps, actor: actorOf(turn), channel: channelOf(turn.activity), tr, locale, log: log.child({ verb }) },
      parsed.data,
    );
    log.info({ verb, locale: turn.activity.locale }, 'card action answered');
    return cardResponse(card);
  } catch (error) {
    const presented = presentError(error, tr);
    logError(log, presented, { verb }, presented.code === 'InternalError' ? 'card action failed' : undefined);
    return errorResponse(presented);
  }
}

function cardResponse(card: AdaptiveCard): InvokeResponse {
  return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card } };
}

/** A refusal as Teams wants it: HTTP 200 around the refusal's own status, code and message. */
export function errorResponse({ status, code, message }: Pick<PresentedError, 'status' | 'code' | 'message'>): InvokeResponse {
  return { status: 200, body: { statusCode: status, type: 'application/vnd.microsoft.error', value: { code, message } } };
}
