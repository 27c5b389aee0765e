import { z } from 'zod';
import { ATTENDANCE_INPUT_PREFIX, type MinutesCardData, type MinutesCardView } from '../../cards/minutes-card';
import type { AdaptiveCard } from '../../cards/render';
import type { Council } from '../../domain/council';
import { ConflictError, NotFoundError, PrivacyError, ValidationError } from '../../domain/errors';
import { MinutesFields, type Minutes, type MinutesContent, type MinutesField } from '../../domain/minutes';
import { ATTENDANCE_MODES, type MinutesAttendance } from '../../domain/minutes-attendance';
import { authorize, can } from '../../domain/policies';
import { errorMessage, type MessageKey } from '../../i18n';
import { handleOnce } from '../../services/activity-once';
import { approveMinutes } from '../../services/minutes-approver';
import { correctMinutes } from '../../services/minutes-corrector';
import { minutesCard } from '../minutes-card-view';
import { MinutesConflictError, saveMinutes } from '../../services/minutes-saver';
import { findCouncilById } from '../../store/council-repository';
import { findMinutes } from '../../store/minutes-repository';
import { cardForEveryone } from '../card-updates';
import { announceApproval } from '../minutes-announcement';
import { defineCardAction, type CardActionContext } from './card-action';

const text = z.preprocess((v) => v ?? '', z.string().max(100_000));
const RefSchema = z.object({ minutesId: z.uuid() });
const VersionedSchema = RefSchema.extend({ version: z.coerce.number().int().positive() });

/**
 * What the council writes on the card: every section's text and the version the card showed. Each
 * person's attendance comes as its own input, `attendance.<Entra object id>` (kept by `catchall`);
 * `present` ("id,id") is what cards posted before that sent, read when no attendance input came.
 */
const MinutesWriteSchema = VersionedSchema.extend({
  present: z.preprocess((v) => v ?? '', z.string().max(10_000)),
  ...(Object.fromEntries(MinutesFields.map((f) => [f, text])) as Record<MinutesField, typeof text>),
}).catchall(z.unknown());
const AttendanceModeSchema = z.union([z.enum(ATTENDANCE_MODES), z.literal('')]);

/** The written data with the attendance read out of its inputs; an input with another value is refused (400). */
function withAttendance<T extends z.infer<typeof MinutesWriteSchema>>(data: T, ctx: z.RefinementCtx): T & { attendance: MinutesAttendance } {
  const attendance: MinutesAttendance = {};
  const inputs = Object.entries(data).filter(([key]) => key.startsWith(ATTENDANCE_INPUT_PREFIX));
  for (const [key, value] of inputs) {
    const mode = AttendanceModeSchema.safeParse(value ?? '');
    if (!mode.success) ctx.addIssue({ code: 'custom', message: 'not an attendance mode', path: [key] });
    else if (mode.data !== '') attendance[key.slice(ATTENDANCE_INPUT_PREFIX.length)] = mode.data;
  }
  if (inputs.length === 0) {
    for (const id of data.present.split(',').map((s) => s.trim())) if (id) attendance[id] = 'present';
  }
  return { ...data, attendance };
}

/** `minutes.save` data: every section's text, each person's attendance, and the version the card showed. */
export const MinutesSaveSchema = MinutesWriteSchema.transform(withAttendance);

/** `minutes.requestChange` data: the manager's note to the council. */
const RequestChangeSchema = VersionedSchema.extend({ reason: z.preprocess((v) => v ?? '', z.string().max(500)) });

/**
 * `minutes.save`: stores what the council wrote. The card is updated for everyone; a refusal (too
 * long, a personal identity number) answers the card with the message and everything typed; a save
 * that collides with another in the same sections answers the stored minutes with the saver's text
 * beside those sections. A repeated delivery saves once.
 */
export const saveMinutesAction = defineCardAction(MinutesSaveSchema, async (ctx, data) => {
  const { minutes, council } = await minutesOf(ctx, data.minutesId);
  const content = contentOf(data);
  const { db, clock } = ctx.deps;
  try {
    const { result, repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, (tx) =>
      saveMinutes({ db: tx, clock, actor: ctx.actor, council, minutesId: minutes.id, content, expectedVersion: data.version }).then((saved) => ({
        version: saved.minutes.version,
        mergedWith: saved.mergedWith ?? null,
      })),
    );
    const notice = result.mergedWith
      ? ctx.tr('minutes.merged', { version: result.version, name: result.mergedWith })
      : ctx.tr('minutes.saved', { version: result.version });
    return await answer(ctx, council, minutes.id, { updateEveryone: !repeated, notice: { text: notice, tone: 'good' } });
  } catch (error) {
    if (error instanceof MinutesConflictError) {
      const fields = error.fields.map((f) => ctx.tr(`field.${f}` as MessageKey)).join(', ');
      const mine = Object.fromEntries(error.fields.map((f) => [f, content.fields[f]]));
      return answer(ctx, council, minutes.id, {
        notice: { text: ctx.tr('minutes.conflict', { name: error.byName, fields }), tone: 'warning' },
        mine,
      });
    }
    if (error instanceof ValidationError || error instanceof PrivacyError || error instanceof ConflictError) {
      // Nothing is lost: the card comes back with exactly what was typed, and the version it was typed on.
      const typed: Minutes = { ...minutes, version: data.version, content };
      return answer(ctx, council, minutes.id, { notice: { text: errorMessage(ctx.tr, error), tone: 'attention' }, typed });
    }
    throw error;
  }
});

/** `minutes.approve`: a manager locks the minutes as read; non-managers get 403, a stale card a message. */
export const approveMinutesAction = defineCardAction(VersionedSchema, async (ctx, data) => {
  const { minutes, council } = await minutesOf(ctx, data.minutesId);
  const { db, clock } = ctx.deps;
  try {
    const { result, repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, (tx) =>
      approveMinutes({ db: tx, clock, actor: ctx.actor, council, minutesId: minutes.id, expectedVersion: data.version }).then(
        ({ minutes: m, works }) => ({ version: m.version, works }),
      ),
    );
    const notice = result.works > 0 ? { text: ctx.tr('minutes.worksCreated', { count: result.works }), tone: 'good' as const } : undefined;
    if (!repeated) await announceApproval(ctx, council);
    return await answer(ctx, council, minutes.id, { updateEveryone: !repeated, notice });
  } catch (error) {
    if (error instanceof ConflictError) return answer(ctx, council, minutes.id, { notice: { text: errorMessage(ctx.tr, error), tone: 'warning' } });
    throw error;
  }
});

/** `minutes.requestChange`: the manager asks the council to change something before approving. */
export const requestMinutesChange = defineCardAction(RequestChangeSchema, async (ctx, data) => {
  const { minutes, council } = await minutesOf(ctx, data.minutesId);
  authorize(ctx.actor, 'approveMinutes', council);
  const reason = data.reason.trim();
  if (!reason) return answer(ctx, council, minutes.id, { notice: { text: ctx.tr('minutes.reasonRequired'), tone: 'attention' } });
  const notice = { text: ctx.tr('minutes.changeRequested', { name: ctx.actor.name, reason }), tone: 'warning' as const };
  return answer(ctx, council, minutes.id, { notice, updateEveryone: true, noticeForEveryone: true });
});

/** `minutes.correct.open`: "Rätta anteckningarna" on approved minutes; the manager's editor for a correction. */
export const openMinutesCorrection = defineCardAction(VersionedSchema, async (ctx, data) => {
  const { minutes, council } = await minutesOf(ctx, data.minutesId);
  authorize(ctx.actor, 'approveMinutes', council);
  return answer(ctx, council, minutes.id, { correcting: minutes.status === 'approved' });
});

/** `minutes.correct` data: the corrected sections and attendance, the reason, and the version corrected. */
const MinutesCorrectSchema = MinutesWriteSchema.extend({ reason: z.preprocess((v) => v ?? '', z.string().max(10_000)) }).transform(withAttendance);

/**
 * `minutes.correct`: a manager corrects approved minutes with a reason (a new version; the approved
 * one stays). Refusals answer the correction editor with the message and everything typed.
 */
export const correctMinutesAction = defineCardAction(MinutesCorrectSchema, async (ctx, data) => {
  const { minutes, council } = await minutesOf(ctx, data.minutesId);
  const content = contentOf(data);
  const { db, clock } = ctx.deps;
  try {
    const { result, repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, (tx) =>
      correctMinutes({
        db: tx,
        clock,
        actor: ctx.actor,
        council,
        minutesId: minutes.id,
        content,
        reason: data.reason,
        expectedVersion: data.version,
      }).then((m) => ({ version: m.version })),
    );
    return await answer(ctx, council, minutes.id, {
      updateEveryone: !repeated,
      notice: { text: ctx.tr('minutes.corrected', { version: result.version }), tone: 'good' },
    });
  } catch (error) {
    if (error instanceof ValidationError || error instanceof PrivacyError || error instanceof ConflictError) {
      const typed: Minutes = { ...minutes, version: data.version, content };
      return answer(ctx, council, minutes.id, {
        notice: { text: errorMessage(ctx.tr, error), tone: 'attention' },
        typed,
        correcting: true,
        reason: data.reason,
      });
    }
    throw error;
  }
});

/** `minutes.refresh`: Teams asks for the card as this user should see it. */
export const refreshMinutes = defineCardAction(RefSchema, async (ctx, data) => {
  const { minutes, council } = await minutesOf(ctx, data.minutesId);
  const readOnly = minutes.status === 'draft' && viewOf(ctx, council) === 'reader';
  return answer(ctx, council, minutes.id, readOnly ? { notice: { text: ctx.tr('minutes.forbidden.readOnly'), tone: 'warning' } } : {});
});

/** The view of the minutes for this person: managers approve, members write, others read. */
export function viewOf(ctx: Pick<CardActionContext, 'actor'>, council: Council): MinutesCardView {
  if (can(ctx.actor, 'approveMinutes', council)) return 'manager';
  return can(ctx.actor, 'writeMinutes', council) ? 'member' : 'reader';
}

async function answer(
  ctx: CardActionContext,
  council: Council,
  minutesId: string,
  options: {
    updateEveryone?: boolean;
    notice?: MinutesCardData['notice'];
    noticeForEveryone?: boolean;
    mine?: MinutesCardData['mine'];
    typed?: Minutes;
    correcting?: boolean;
    reason?: string;
  },
): Promise<AdaptiveCard> {
  const stored = await findMinutes(ctx.deps.db, council.tenantId, minutesId);
  if (!stored) throw new Error('the minutes answered are not in the store');
  if (options.updateEveryone && stored.cardActivityId) {
    const everyone = await minutesCard(cardDeps(ctx), council, stored, 'reader', options.noticeForEveryone ? { notice: options.notice } : {});
    await cardForEveryone(ctx, stored.cardActivityId, everyone);
  }
  return minutesCard(cardDeps(ctx), council, options.typed ?? stored, viewOf(ctx, council), {
    notice: options.notice,
    mine: options.mine,
    correcting: options.correcting,
    reason: options.reason,
  });
}

function contentOf(data: z.infer<typeof MinutesSaveSchema>): MinutesContent {
  return {
    fields: Object.fromEntries(MinutesFields.map((f) => [f, data[f].replace(/\r\n/g, '\n')])) as Record<MinutesField, string>,
    attendance: data.attendance,
  };
}

/** The minutes the card is about, reloaded in the actor's tenant, and their council. */
async function minutesOf(ctx: CardActionContext, minutesId: string): Promise<{ minutes: Minutes; council: Council }> {
  const minutes = await findMinutes(ctx.deps.db, ctx.actor.tenantId, minutesId);
  const council = minutes && (await findCouncilById(ctx.deps.db, ctx.actor.tenantId, minutes.councilId));
  if (!minutes || !council) throw new NotFoundError('minutes.notFound');
  return { minutes, council };
}

/** What building a minutes card needs, from a card action's context. */
export const cardDeps = (ctx: Pick<CardActionContext, 'deps' | 'tr' | 'locale'>) => ({
  db: ctx.deps.db,
  clock: ctx.deps.clock,
  links: ctx.deps.links(),
  tr: ctx.tr,
  locale: ctx.locale,
});
