/**
 * The baseline of the bot-turn benchmark: a bare botbuilder echo bot on the same restify stack as the
 * product, replying with one text message per activity. Started as its own process by `bench/run.ts`.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler().onMessage(async (turn, next) => {
  // The SDK types `text` as a string, but a message activity may come without one.
  await turn.sendActivity(`echo: ${(turn.activity.text as string | undefined) ?? ''}`);
  await next();
});
const server = restify.createServer();
server.use(restify.plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (turn) => bot.run(turn));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`running on http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
