import { renderScheduleFormCard, MAX_SCHEDULE_ROWS } from '../../cards/schedule-form-card';
import { renderScheduleSummaryCard } from '../../cards/schedule-summary-card';
import type { AdaptiveCard } from '../../cards/render';
import type { Council } from '../../domain/council';
import { ConflictError, DomainError, ForbiddenError, ValidationError } from '../../domain/errors';
import { addDays, isLocalDate, localPartsOf } from '../../domain/local-time';
import { isPastScheduleDeadline } from '../../domain/schedule';
import type { MeetingDraft } from '../../domain/schedule-draft';
import { errorMessage } from '../../i18n';
import { handleOnce } from '../../services/activity-once';
import { draftSchedule, type ScheduleView } from '../../services/schedule-drafter';
import { saveSchedule } from '../../services/schedule-saver';
import { countOutOfStepEvents } from '../../store/calendar-event-repository';
import { findCouncilByChannel } from '../../store/council-repository';
import { listFailedPosts } from '../../store/outbox-repository';
import { findSchedule, listMeetings } from '../../store/schedule-repository';
import { cardForEveryone } from '../card-updates';
import { defineCardAction, type CardActionContext } from './card-action';
import { draftOf, rowsOf, ScheduleFormInputSchema, type ScheduleFormInput } from './schedule-form-input';
import { z } from 'zod';

const YearSchema = z.object({ year: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(2000).max(2100).optional()) });

/** `schedule.open`: the reminder's "Planera året" and the summary's "Ändra tidsplanen". */
export const openSchedule = defineCardAction(YearSchema, async (ctx, data) => {
  const council = await councilOfChannel(ctx);
  try {
    const view = await draftSchedule({ db: ctx.deps.db, clock: ctx.deps.clock, actor: ctx.actor, council, year: data.year });
    return formOfView(ctx, view);
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof ValidationError) return summaryOrNotice(ctx, council, data.year, error);
    throw error;
  }
});

/** `schedule.show`: "Avbryt"; back to the saved schedule, or a note that nothing was saved. */
export const showSchedule = defineCardAction(YearSchema, async (ctx, data) => {
  const council = await councilOfChannel(ctx);
  return summaryOrNotice(ctx, council, data.year);
});

/** `schedule.addRow`: one more meeting row, two weeks after the last, with everything typed kept. */
export const addScheduleRow = defineCardAction(ScheduleFormInputSchema, async (ctx, input) => {
  const council = await councilOfChannel(ctx);
  const rows = rowsOf(input);
  const last = rows.at(-1);
  const date = last && isLocalDate(last.date) ? addDays(last.date, 14) : '';
  const added: MeetingDraft = { date, start: input.slotStart, end: input.slotEnd, place: last?.place ?? '', online: true, removed: false };
  const tooMany = rows.length >= MAX_SCHEDULE_ROWS;
  return formOfInput(ctx, council, input, tooMany ? rows : [...rows, added], {
    error: tooMany ? ctx.tr('schedule.tooMany', { max: MAX_SCHEDULE_ROWS }) : undefined,
  });
});

/** `schedule.propose`: a fresh proposal for the weekday and time now in the card (unsaved years only). */
export const reproposeSchedule = defineCardAction(ScheduleFormInputSchema, async (ctx, input) => {
  const council = await councilOfChannel(ctx);
  const draft = draftOf(input);
  try {
    const view = await draftSchedule({ db: ctx.deps.db, clock: ctx.deps.clock, actor: ctx.actor, council, year: input.year, slot: draft.slot });
    return formOfView(ctx, { ...view, invitationLeadDays: draft.invitationLeadDays, teamsLink: draft.teamsLink });
  } catch (error) {
    if (error instanceof DomainError) return formOfInput(ctx, council, input, rowsOf(input), { error: errorMessage(ctx.tr, error) });
    throw error;
  }
});

/**
 * `schedule.save`: saves the year. Refused input answers the card again with the reason and all
 * that was typed; success answers the schedule for everyone; a repeated delivery changes nothing.
 */
export const saveScheduleAction = defineCardAction(ScheduleFormInputSchema, async (ctx, input) => {
  const council = await councilOfChannel(ctx);
  const { db, clock } = ctx.deps;
  const cardActivityId = ctx.turn.activity.replyToId ?? undefined;
  try {
    const { result, repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, async (tx) => {
      const saved = await saveSchedule({ db: tx, clock, actor: ctx.actor, council, draft: draftOf(input), expectedVersion: input.version });
      return renderScheduleSummaryCard({
        tr: ctx.tr,
        locale: ctx.locale,
        unitName: council.unitName,
        zone: council.timeZone,
        year: saved.schedule.year,
        meetings: saved.meetings,
        invitationLeadDays: saved.schedule.invitationLeadDays,
        deadlinePassed: saved.deadlinePassed,
        savedByName: ctx.actor.name,
        changes: input.version ? { added: saved.added, moved: saved.moved, cancelled: saved.cancelled } : undefined,
        // The bot has no user token to change the team calendar: it says so, and a manager syncs from the tab.
        calendarOutOfStep: await countOutOfStepEvents(tx, council.tenantId, council.id, saved.schedule.year, clock.now()),
      });
    });
    if (!repeated && cardActivityId) await cardForEveryone(ctx, cardActivityId, result);
    return result;
  } catch (error) {
    if (error instanceof ValidationError) return formOfInput(ctx, council, input, rowsOf(input), { error: errorMessage(ctx.tr, error) });
    if (error instanceof ConflictError) {
      const current = await findSchedule(db, council.tenantId, council.id, input.year);
      return formOfInput(ctx, council, { ...input, version: current?.version }, rowsOf(input), { error: errorMessage(ctx.tr, error) });
    }
    if (error instanceof ForbiddenError) return summaryOrNotice(ctx, council, input.year, error);
    throw error;
  }
});

async function councilOfChannel(ctx: CardActionContext): Promise<Council> {
  if (!ctx.channel) throw new ValidationError('council.channelOnly');
  const council = await findCouncilByChannel(ctx.deps.db, ctx.channel.tenantId, ctx.channel.channelId);
  if (!council) throw new ValidationError('schedule.noCouncil');
  return council;
}

/** The schedule card for a drafted view. */
export function formOfView(ctx: Pick<CardActionContext, 'tr' | 'locale'>, view: ScheduleView): AdaptiveCard {
  return renderScheduleFormCard({
    tr: ctx.tr,
    locale: ctx.locale,
    unitName: view.council.unitName,
    zone: view.council.timeZone,
    year: view.year,
    version: view.schedule?.version,
    proposed: view.proposed,
    deadlinePassed: view.deadlinePassed,
    held: view.held,
    rows: view.rows,
    values: {
      weekday: view.slot.weekday,
      slotStart: view.slot.start,
      slotEnd: view.slot.end,
      invitationLeadDays: view.invitationLeadDays,
      teamsLink: view.teamsLink,
    },
  });
}

async function formOfInput(
  ctx: CardActionContext,
  council: Council,
  input: ScheduleFormInput,
  rows: MeetingDraft[],
  notes: { error?: string },
): Promise<AdaptiveCard> {
  const meetings = await listMeetings(ctx.deps.db, council.tenantId, council.id, input.year);
  const now = ctx.deps.clock.now();
  const inCard = new Set(rows.flatMap((r) => (r.id ? [r.id] : [])));
  return renderScheduleFormCard({
    tr: ctx.tr,
    locale: ctx.locale,
    unitName: council.unitName,
    zone: council.timeZone,
    year: input.year,
    version: input.version,
    proposed: input.version === undefined,
    deadlinePassed: isPastScheduleDeadline(input.year, localPartsOf(now, council.timeZone).date),
    held: meetings.filter((m) => m.status === 'scheduled' && m.startsAt <= now && !inCard.has(m.id)),
    rows,
    error: notes.error,
    values: {
      weekday: input.weekday,
      slotStart: input.slotStart,
      slotEnd: input.slotEnd,
      invitationLeadDays: input.invitationLeadDays,
      teamsLink: input.teamsLink,
    },
  });
}

/** The saved schedule (with any failed posts) for everyone, or a note when the year has none. */
export async function summaryOrNotice(
  ctx: CardActionContext,
  council: Council,
  year: number | undefined,
  error?: DomainError,
): Promise<AdaptiveCard> {
  const { db, clock } = ctx.deps;
  const thisYear = Number(clock.now().toISOString().slice(0, 4));
  const shownYear = year ?? thisYear;
  const schedule = await findSchedule(db, council.tenantId, council.id, shownYear);
  const meetings = schedule ? await listMeetings(db, council.tenantId, council.id, shownYear) : [];
  const failed = (await listFailedPosts(db, council.tenantId, council.id)).map((p) => `${ctx.tr(`post.kind.${p.kind}`)}: ${p.lastError ?? ''}`);
  const calendarOutOfStep = schedule ? await countOutOfStepEvents(db, council.tenantId, council.id, shownYear, clock.now()) : 0;
  return renderScheduleSummaryCard({
    tr: ctx.tr,
    locale: ctx.locale,
    unitName: council.unitName,
    zone: council.timeZone,
    year: shownYear,
    meetings,
    calendarOutOfStep,
    invitationLeadDays: schedule?.invitationLeadDays ?? 0,
    deadlinePassed: false,
    failed,
    notice: error ? errorMessage(ctx.tr, error) : schedule ? undefined : ctx.tr('schedule.none', { year: shownYear }),
  });
}
