import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { KvalitetsradBot } from './bot';

/** The `POST /api/messages` handler: the adapter authenticates and parses, the bot handles the turn. */
export function createMessagesEndpoint(adapter: CloudAdapter, bot: KvalitetsradBot) {
  return async (req: Request, res: Response): Promise<void> => {
    await adapter.process(req, res, (turn) => bot.run(turn));
  };
}
