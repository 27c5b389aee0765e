import type { Activity, ChannelAccount, TurnContext } from 'botbuilder';
import { ValidationError } from '../domain/errors';
import type { Actor, ChannelScope } from '../domain/policies';
import { localeOf, translator, type Locale, type LocaleSetting, type Translate } from '../i18n';

/** Teams' channel data, as far as this app reads it. */
interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string; aadGroupId?: string };
  channel?: { id?: string; name?: string };
  eventType?: string;
}

/** The parts of Teams' channelData this app reads. */
export function channelDataOf(activity: Partial<Activity>): TeamsChannelData {
  return (activity.channelData ?? {}) as TeamsChannelData;
}

/** The Microsoft 365 tenant of the activity; every query is scoped by it. */
export function tenantIdOf(activity: Partial<Activity>): string {
  const tenantId = channelDataOf(activity).tenant?.id ?? activity.conversation?.tenantId;
  if (!tenantId) throw new ValidationError('error.badRequest');
  return tenantId;
}

/** The signed-in Teams user who sent the activity. */
export function actorOf(context: TurnContext): Actor {
  // As sent: the SDK's type says `from` and its name are always there; a client need not send them.
  const from = context.activity.from as Partial<ChannelAccount> | undefined;
  if (!from?.id || !from.aadObjectId) throw new ValidationError('error.badRequest');
  return { tenantId: tenantIdOf(context.activity), aadObjectId: from.aadObjectId, teamsUserId: from.id, name: from.name ?? '' };
}

/** The team channel the activity came from, or `undefined` outside a team (personal or group chat). */
export function channelOf(activity: Partial<Activity>): ChannelScope | undefined {
  const data = channelDataOf(activity);
  const teamId = data.team?.id;
  if (!teamId || activity.conversation?.conversationType !== 'channel') return undefined;
  // A reply thread's conversation id carries ";messageid=…"; the channel is what precedes it.
  const channelId = data.channel?.id ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
  return { tenantId: tenantIdOf(activity), teamId, channelId };
}

/** The user's language and a translator for it. */
export function languageOf(context: TurnContext, setting: LocaleSetting): { locale: Locale; tr: Translate } {
  const locale = localeOf(context.activity.locale ?? undefined, setting);
  return { locale, tr: translator(locale) };
}
