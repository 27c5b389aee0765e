import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'restify';
import { z } from 'zod';
import type { KvalitetsradBot } from './bot';

/** The envelope every Bot Framework activity has; anything less is refused before the SDK sees it. */
const ActivityEnvelopeSchema = z.object({
  type: z.string().min(1).max(64),
  serviceUrl: z.url().max(2048),
  conversation: z.object({ id: z.string().min(1).max(1024) }),
  from: z.object({ id: z.string().min(1).max(1024) }),
});

/**
 * The `POST /api/messages` handler: a malformed activity gets 400; otherwise the adapter authenticates
 * (when a bot identity is configured) and parses, and the bot handles the turn.
 */
export function createMessagesEndpoint(adapter: CloudAdapter, bot: KvalitetsradBot) {
  return async (req: Request, res: Response): Promise<void> => {
    if (!ActivityEnvelopeSchema.safeParse(req.body).success) {
      res.json(400, { code: 'BadRequest', message: 'Ogiltig aktivitet: type, serviceUrl, conversation.id och from.id krävs.' });
      return;
    }
    await adapter.process(req, res, (turn) => bot.run(turn));
  };
}
