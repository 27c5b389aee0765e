import { z } from 'zod';
import { renderCouncilFormCard, formValuesOf, type CouncilFormData } from '../../cards/council-form-card';
import { renderChannelCouncilCard, renderCouncilSummaryCard } from '../../cards/council-summary-card';
import type { AdaptiveCard } from '../../cards/render';
import { renderWelcomeCard } from '../../cards/welcome-card';
import { CouncilDraftSchema, type Council, type Person } from '../../domain/council';
import { ConflictError, DomainError, ForbiddenError, ValidationError } from '../../domain/errors';
import { authorize, type ChannelScope } from '../../domain/policies';
import { parseOrThrow } from '../../domain/validation';
import { errorMessage } from '../../i18n';
import { handleOnce } from '../../services/activity-once';
import { saveCouncil } from '../../services/council-saver';
import { findCouncilByChannel } from '../../store/council-repository';
import { fetchTeamPeople } from '../team-people';
import { cardForEveryone } from '../card-updates';
import { defineCardAction, type CardActionContext } from './card-action';

const emptyToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const idList = z.preprocess(
  (value) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : (value ?? []),
  z.array(z.string().max(100)).max(100),
);

/** `council.save` data: the form's inputs plus the council and version the form was rendered from. */
export const CouncilSaveDataSchema = z.object({
  councilId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  version: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
  unitName: z.string().max(1000).default(''),
  area: z.string().max(100).default(''),
  timeZone: z.string().max(100).default(''),
  managerIds: idList,
  memberIds: idList,
});

const NoDataSchema = z.looseObject({});

/** `council.start`: the welcome card's button; answers the set-up form (or the council if one exists). */
export const startCouncil = defineCardAction(NoDataSchema, async (ctx) => {
  const channel = requireChannel(ctx);
  const council = await findCouncilByChannel(ctx.deps.db, channel.tenantId, channel.channelId);
  if (council) return renderCouncilSummaryCard(ctx.tr, council, { notice: ctx.tr('council.exists') });
  const self = selfAsPerson(ctx);
  return formCard(ctx, channel, undefined, { managerIds: [self.aadObjectId] }, [self]);
});

/** `council.edit`: the summary's "Ändra rådet"; managers get the filled-in form, others a refusal. */
export const editCouncil = defineCardAction(NoDataSchema, async (ctx) => {
  const channel = requireChannel(ctx);
  const council = await findCouncilByChannel(ctx.deps.db, channel.tenantId, channel.channelId);
  if (!council) return renderWelcomeCard(ctx.tr);
  try {
    authorize(ctx.actor, 'update', council);
  } catch (error) {
    if (error instanceof ForbiddenError) return renderCouncilSummaryCard(ctx.tr, council, { notice: errorMessage(ctx.tr, error) });
    throw error;
  }
  return formCard(ctx, channel, council, formValuesOf(council), [...council.managers, ...council.members]);
});

/** `council.show`: the form's "Avbryt"; back to the council, or to the welcome card. */
export const showCouncil = defineCardAction(NoDataSchema, async (ctx) => {
  const channel = requireChannel(ctx);
  const council = await findCouncilByChannel(ctx.deps.db, channel.tenantId, channel.channelId);
  return renderChannelCouncilCard(ctx.tr, council);
});

/**
 * `council.save`: sets up or changes the channel's council. A refused save answers the form again with
 * the reason and everything the user typed; a repeated delivery answers what the first one did.
 */
export const saveCouncilAction = defineCardAction(CouncilSaveDataSchema, async (ctx, data) => {
  const channel = requireChannel(ctx);
  const { db, clock } = ctx.deps;
  const current = await findCouncilByChannel(db, channel.tenantId, channel.channelId);
  const values: CouncilFormData['values'] = data;
  const people = await fetchTeamPeople(ctx.turn, channel.teamId, [selfAsPerson(ctx), ...(current ? [...current.managers, ...current.members] : [])]);
  const formAgain = (error: DomainError, version = data.version) =>
    renderCouncilFormCard(ctx.tr, {
      council: current && { id: current.id, version: version ?? current.version },
      people: people.people,
      values,
      error: errorMessage(ctx.tr, error),
    });

  try {
    const draft = parseOrThrow(CouncilDraftSchema, data);
    const cardActivityId = ctx.turn.activity.replyToId ?? undefined;
    const { result, repeated } = await handleOnce({ db, clock, tenantId: channel.tenantId, activityId: ctx.turn.activity.id ?? '' }, async (tx) => {
      const saved = await saveCouncil({
        db: tx,
        clock,
        actor: ctx.actor,
        channel,
        draft,
        expectedVersion: data.version,
        people: new Map(people.people.map((p) => [p.aadObjectId, p])),
        cardActivityId,
      });
      return renderCouncilSummaryCard(ctx.tr, saved.council, {
        savedBy: ctx.tr('summary.saved', { name: ctx.actor.name || nameOf(people.people, ctx.actor.aadObjectId) }),
      });
    });
    if (!repeated && cardActivityId) await cardForEveryone(ctx, cardActivityId, result);
    return result;
  } catch (error) {
    if (error instanceof ValidationError) return formAgain(error);
    if (error instanceof ConflictError && error.messageKey === 'council.stale') return formAgain(error, current?.version);
    if ((error instanceof ConflictError || error instanceof ForbiddenError) && current) {
      return renderCouncilSummaryCard(ctx.tr, current, { notice: errorMessage(ctx.tr, error) });
    }
    if (error instanceof ConflictError) return showCouncilAfterRace(ctx, channel, error);
    throw error;
  }
});

async function showCouncilAfterRace(ctx: CardActionContext, channel: ChannelScope, error: DomainError): Promise<AdaptiveCard> {
  const council = await findCouncilByChannel(ctx.deps.db, channel.tenantId, channel.channelId);
  return renderChannelCouncilCard(ctx.tr, council, { notice: errorMessage(ctx.tr, error) });
}

async function formCard(
  ctx: CardActionContext,
  channel: ChannelScope,
  council: Council | undefined,
  values: CouncilFormData['values'],
  extra: Person[],
): Promise<AdaptiveCard> {
  const { people, complete } = await fetchTeamPeople(ctx.turn, channel.teamId, [selfAsPerson(ctx), ...extra]);
  return renderCouncilFormCard(ctx.tr, {
    council,
    people,
    values,
    notice: complete ? undefined : ctx.tr('form.noPeople'),
  });
}

function requireChannel(ctx: CardActionContext): ChannelScope {
  if (!ctx.channel) throw new ValidationError('council.channelOnly');
  return ctx.channel;
}

function selfAsPerson(ctx: CardActionContext): Person {
  return { aadObjectId: ctx.actor.aadObjectId, teamsUserId: ctx.actor.teamsUserId, name: ctx.actor.name || ctx.actor.aadObjectId };
}

function nameOf(people: Person[], aadObjectId: string): string {
  return people.find((p) => p.aadObjectId === aadObjectId)?.name ?? '';
}
