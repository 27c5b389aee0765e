import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { BotIdentity } from '../config';
import { localeOf, t, type LocaleSetting } from '../i18n';
import { errorSummary } from '../logger';

/**
 * The Bot Framework adapter. With a bot identity, every inbound request must carry a valid Bot
 * Framework JWT and outbound calls are signed; without one (local mode) both are off, which is what
 * the Agents Playground expects.
 */
export function createAdapter(bot: BotIdentity | undefined, log: Logger, locale: LocaleSetting): CloudAdapter {
  const settings = {
    MicrosoftAppId: bot?.appId,
    MicrosoftAppPassword: bot?.password,
    MicrosoftAppType: bot?.type,
    MicrosoftAppTenantId: bot?.tenantId,
  };
  const adapter = new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings)),
  );
  adapter.onTurnError = async (turn: TurnContext, error: unknown) => {
    const { activity } = turn;
    log.error({ err: errorSummary(error), activityId: activity.id, type: activity.type, name: activity.name }, 'turn failed');
    const message = t(localeOf(activity.locale ?? undefined, locale), 'error.tryAgain');
    try {
      if (activity.type === 'invoke') {
        await turn.sendActivity({
          type: 'invokeResponse',
          value: { status: 200, body: { statusCode: 500, type: 'application/vnd.microsoft.error', value: { code: 'InternalError', message } } },
        });
      } else if (activity.type === 'message') {
        await turn.sendActivity(message);
      }
    } catch (sendError) {
      log.error({ err: errorSummary(sendError), activityId: activity.id }, 'could not tell the user about the failure');
    }
  };
  return adapter;
}
