import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { BotIdentity } from '../config';
import { localeOf, translator, type LocaleSetting } from '../i18n';
import { errorSummary } from '../logger';
import { logError, presentError } from '../presentation/error-presenter';
import { errorResponse } from './card-action-router';

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
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the SDK's factory implements (not extends) its abstract ServiceClientCredentialsFactory
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(settings, new ConfigurationServiceClientCredentialFactory(settings)));
  // What the handlers did not answer themselves: told as the error presenter has it, like any refusal.
  adapter.onTurnError = async (turn: TurnContext, error: unknown) => {
    const { activity } = turn;
    const presented = presentError(error, translator(localeOf(activity.locale ?? undefined, locale)), { shared: true });
    logError(log, presented, { activityId: activity.id, type: activity.type, invoke: activity.name }, 'turn failed');
    try {
      if (activity.type === 'invoke') {
        await turn.sendActivity({ type: 'invokeResponse', value: errorResponse(presented) });
      } else if (activity.type === 'message') {
        await turn.sendActivity(presented.message);
      }
    } catch (sendError) {
      log.error({ err: errorSummary(sendError), activityId: activity.id }, 'could not tell the user about the failure');
    }
  };
  return adapter;
}
