import { CardFactory, type Activity, type CloudAdapter, type ConversationReference, type TurnContext } from 'botbuilder';
import { DeliveryError, type OutboundMessage, type PostTarget, type Sender } from '../services/ports';

/** The parts of the connector client's errors this sender reads. */
interface ConnectorFailure {
  statusCode?: number;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined } | Record<string, string | undefined> };
}

/**
 * The `Sender` over botbuilder's `CloudAdapter`: `continueConversationAsync` with the stored reference,
 * then one `sendActivity` or `updateActivity`. A thread reply goes to `<channel>;messageid=<root>`, as
 * Teams expects. Connector refusals become `DeliveryError` with the status and any `Retry-After`.
 */
export class ProactiveSender implements Sender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async post(target: PostTarget, message: OutboundMessage): Promise<{ activityId: string }> {
    let activityId = '';
    await this.withTurn(target, async (turn) => {
      const response = await turn.sendActivity(activityOf(message));
      activityId = response?.id ?? '';
    });
    return { activityId };
  }

  async update(target: PostTarget, activityId: string, message: OutboundMessage): Promise<void> {
    await this.withTurn(target, async (turn) => {
      await turn.updateActivity({ ...activityOf(message), id: activityId });
    });
  }

  private async withTurn(target: PostTarget, logic: (turn: TurnContext) => Promise<void>): Promise<void> {
    const reference = { ...target.reference } as Partial<ConversationReference>;
    if (target.person) return this.withPersonalTurn(reference, target.person, logic);
    if (target.replyToActivityId && reference.conversation) {
      const channelId = reference.conversation.id.split(';')[0];
      reference.conversation = { ...reference.conversation, id: `${channelId};messageid=${target.replyToActivityId}` };
    }
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, logic);
    } catch (error) {
      throw deliveryErrorOf(error);
    }
  }

  /**
   * Opens (or finds: Teams answers the same 1:1 conversation again) the personal chat with a member of
   * the team the reference belongs to, and runs `logic` in it. The bot may do this once it is
   * installed in the team.
   */
  private async withPersonalTurn(
    reference: Partial<ConversationReference>,
    { teamsUserId, tenantId }: { teamsUserId: string; tenantId: string },
    logic: (turn: TurnContext) => Promise<void>,
  ): Promise<void> {
    const { bot } = reference;
    if (!bot) throw new Error('the stored conversation reference has no bot account');
    try {
      await this.adapter.createConversationAsync(
        this.botAppId,
        'msteams',
        reference.serviceUrl ?? '',
        BOT_CONNECTOR_AUDIENCE,
        {
          isGroup: false,
          bot,
          members: [{ id: teamsUserId, name: '' }],
          tenantId,
          channelData: { tenant: { id: tenantId } },
        },
        logic,
      );
    } catch (error) {
      throw deliveryErrorOf(error);
    }
  }
}

/** The audience of Bot Connector calls in the public cloud. */
const BOT_CONNECTOR_AUDIENCE = 'https://api.botframework.com';

function activityOf(message: OutboundMessage): Partial<Activity> {
  return {
    type: 'message',
    text: message.text,
    attachments: message.card ? [CardFactory.adaptiveCard(message.card)] : undefined,
    entities: message.mentions && message.mentions.length > 0 ? [...message.mentions] : undefined,
  };
}

function deliveryErrorOf(error: unknown): DeliveryError {
  const failure = (error ?? {}) as ConnectorFailure;
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  return new DeliveryError(status ? `connector answered ${status}` : 'connector unreachable', status, retryAfterOf(failure));
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds. */
function retryAfterOf(failure: ConnectorFailure): number | undefined {
  const headers = failure.response?.headers;
  if (!headers) return undefined;
  const raw = typeof headers.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string | undefined>)['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
