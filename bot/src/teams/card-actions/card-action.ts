import type { TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { AdaptiveCard } from '../../cards/render';
import type { Actor, ChannelScope } from '../../domain/policies';
import type { Locale, Translate } from '../../i18n';
import type { BotDeps } from '../deps';

/** Everything a card action handler gets besides its payload. */
export interface CardActionContext {
  turn: TurnContext;
  deps: BotDeps;
  actor: Actor;
  /** The team channel the card is in; absent in personal and group chats. */
  channel?: ChannelScope;
  tr: Translate;
  locale: Locale;
  log: Logger;
}

/** One `Action.Execute` verb: the schema of its `data` and the handler that answers with a card. */
export interface CardAction<S extends z.ZodType = z.ZodType> {
  schema: S;
  handle(ctx: CardActionContext, data: z.infer<S>): Promise<AdaptiveCard>;
}

/** Declares a verb's handler with its payload type inferred from the schema. */
export function defineCardAction<S extends z.ZodType>(
  schema: S,
  handle: (ctx: CardActionContext, data: z.infer<S>) => Promise<AdaptiveCard>,
): CardAction<S> {
  return { schema, handle };
}
