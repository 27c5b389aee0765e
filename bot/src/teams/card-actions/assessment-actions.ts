import { z } from 'zod';
import { renderAssessmentCard, type AssessmentRow } from '../../cards/assessment-card';
import type { AdaptiveCard } from '../../cards/render';
import type { Council } from '../../domain/council';
import { DomainError, ValidationError } from '../../domain/errors';
import { STATUS_COLOURS, type AssessmentTarget, type StatusColour } from '../../domain/follow-up';
import { authorize } from '../../domain/policies';
import { guardPersonalNumbers } from '../../domain/privacy';
import { errorMessage } from '../../i18n';
import { assessmentRows, monthLabel } from '../../scheduler/assessment-post-planner';
import { handleOnce } from '../../services/activity-once';
import { recordMonthlyAssessments } from '../../services/monthly-assessments-recorder';
import { findCouncilByChannel } from '../../store/council-repository';
import { cardForEveryone } from '../card-updates';
import { defineCardAction, type CardActionContext } from './card-action';

/** The card's data and, beside it, its inputs `status.<id>` and `comment.<id>` (one pair per row). */
const AssessSchema = z.looseObject({
  councilId: z.uuid(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
});

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : undefined);

/**
 * `followUp.assess`: the manager saves the month's statuses and comments from the card, all at once.
 * Refused input (a comment without a status, a personnummer, nothing chosen) answers the card again
 * with the reason and everything typed; non-managers are told who saves; success shows everyone what
 * was recorded; a repeated delivery saves nothing twice.
 */
export const assessAction = defineCardAction(AssessSchema, async (ctx, data) => {
  const council = await councilOfCard(ctx, data.councilId);
  const { rows, more } = await assessmentRows(ctx.deps.db, council, data.month);
  const typed: AssessmentRow[] = rows.map((row) => ({
    ...row,
    status: (text(data[`status.${row.id}`]) ?? row.status ?? '') as StatusColour | '',
    comment: text(data[`comment.${row.id}`]) ?? row.comment ?? '',
  }));
  const card = (extra: { error?: string; savedBy?: string }): AdaptiveCard =>
    renderAssessmentCard({
      tr: ctx.tr,
      unitName: council.unitName,
      councilId: council.id,
      month: data.month,
      monthLabel: monthLabel(data.month, ctx.locale),
      rows: typed,
      more,
      tabUrl: `${ctx.deps.links().baseUrl}/tab/`,
      ...extra,
    });
  try {
    authorize(ctx.actor, 'manageFollowUp', council);
    const items = checkedItems(council, data.month, typed);
    const { db, clock } = ctx.deps;
    const { result, repeated } = await handleOnce({ db, clock, tenantId: council.tenantId, activityId: ctx.turn.activity.id ?? '' }, async (tx) => {
      await recordMonthlyAssessments({ db: tx, clock, actor: ctx.actor, councilId: council.id, month: data.month, items });
      return card({ savedBy: ctx.actor.name });
    });
    const cardActivityId = ctx.turn.activity.replyToId;
    if (!repeated && cardActivityId) await cardForEveryone(ctx, cardActivityId, result);
    return result;
  } catch (error) {
    if (error instanceof DomainError) return card({ error: errorMessage(ctx.tr, error) });
    throw error;
  }
});

/** The rows with a status, as assessments; refuses unknown statuses, comments without a status, personnummer. */
function checkedItems(council: Council, month: string, rows: AssessmentRow[]): { target: AssessmentTarget; status: StatusColour; comment: string }[] {
  for (const row of rows) {
    if (row.status && !(STATUS_COLOURS as readonly string[]).includes(row.status))
      throw new ValidationError('followUp.status', { field: 'status' }, 'status');
    if (!row.status && row.comment) throw new ValidationError('assessment.commentWithoutStatus', { name: row.name });
  }
  // The message names the row the number is in (its name stands in for the field's).
  guardPersonalNumbers(Object.fromEntries(rows.map((row) => [row.name, row.comment])));
  const chosen = rows.filter((row) => row.status);
  if (chosen.length === 0) throw new ValidationError('assessment.nothing');
  const year = Number(month.slice(0, 4));
  return chosen.map((row) => ({
    target: row.id === council.id ? { kind: 'assignment' as const, year } : { kind: 'subAssignment' as const, id: row.id },
    status: row.status as StatusColour,
    comment: row.comment ?? '',
  }));
}

async function councilOfCard(ctx: CardActionContext, councilId: string): Promise<Council> {
  if (!ctx.channel) throw new ValidationError('council.channelOnly');
  const council = await findCouncilByChannel(ctx.deps.db, ctx.channel.tenantId, ctx.channel.channelId);
  if (!council || council.id !== councilId) throw new ValidationError('schedule.noCouncil');
  return council;
}
