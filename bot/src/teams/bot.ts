import { TeamsActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import { routeCardAction } from './card-action-router';
import type { BotDeps } from './deps';
import { onInstalled, onUninstalled } from './installation-handlers';
import { onMessage } from './message-handler';

/** The Kvalitetsråd bot: routes each kind of activity to its handler. */
export class KvalitetsradBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
    this.onMessage(async (turn, next) => {
      await onMessage(turn, deps);
      await next();
    });
    this.onInstallationUpdateAdd(async (turn, next) => {
      await onInstalled(turn, deps, true);
      await next();
    });
    this.onInstallationUpdateRemove(async (turn, next) => {
      await onUninstalled(turn, deps);
      await next();
    });
    this.onTeamsMembersAddedEvent(async (membersAdded, _team, turn, next) => {
      const botId = turn.activity.recipient.id;
      // Teams sends installationUpdate too; this keeps the references current without a second welcome.
      if (membersAdded.some((m) => m.id === botId)) await onInstalled(turn, deps, false);
      await next();
    });
  }

  /** `adaptiveCard/action` goes to the verb router; other invokes to the SDK's defaults. */
  protected override async onInvokeActivity(turn: TurnContext): Promise<InvokeResponse> {
    if (turn.activity.name === 'adaptiveCard/action') return routeCardAction(turn, this.deps);
    return super.onInvokeActivity(turn);
  }
}
