import { z } from 'zod';
import { MAX_SCHEDULE_ROWS } from '../../cards/schedule-form-card';
import type { MeetingDraft, ScheduleDraft } from '../../domain/schedule-draft';

const text = (max: number) => z.preprocess((v) => v ?? '', z.coerce.string().max(max));
const flag = z.preprocess((v) => v === true || v === 'true', z.boolean());

/**
 * The schedule card's submission: the year and version it was rendered for, the ids of its rows
 * (empty for a new row) and the inputs. Row inputs are `m<i>_date|start|end|place|online|removed`.
 * Ids are checked against the store by the use case, never trusted.
 */
export const ScheduleFormInputSchema = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100),
    version: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number().int().positive().optional()),
    rowIds: z.preprocess((v) => (typeof v === 'string' ? v.split(',') : []), z.array(z.union([z.literal(''), z.uuid()])).max(MAX_SCHEDULE_ROWS + 1)),
    weekday: text(2),
    slotStart: text(10),
    slotEnd: text(10),
    invitationLeadDays: text(10),
    teamsLink: text(1000),
  })
  .catchall(z.unknown());

/** The parsed submission. */
export type ScheduleFormInput = z.infer<typeof ScheduleFormInputSchema>;

const RowSchema = z.object({
  date: text(20),
  start: text(10),
  end: text(10),
  place: text(1000),
  online: flag,
  removed: flag,
});

/** The rows as typed, in card order (a submission with no rows has an empty `rowIds`). */
export function rowsOf(input: ScheduleFormInput): MeetingDraft[] {
  const ids = input.rowIds.length === 1 && input.rowIds[0] === '' && !(`m0_date` in input) ? [] : input.rowIds;
  return ids.map((id, i) => {
    const row = RowSchema.parse({
      date: input[`m${i}_date`],
      start: input[`m${i}_start`],
      end: input[`m${i}_end`],
      place: input[`m${i}_place`],
      online: input[`m${i}_online`],
      removed: input[`m${i}_removed`],
    });
    return { ...row, id: id || undefined };
  });
}

/** The submission as a schedule draft for the domain checks. */
export function draftOf(input: ScheduleFormInput): ScheduleDraft {
  return {
    year: input.year,
    slot: { weekday: Number(input.weekday), start: input.slotStart.trim(), end: input.slotEnd.trim() },
    invitationLeadDays: Number(input.invitationLeadDays),
    teamsLink: input.teamsLink.trim(),
    meetings: rowsOf(input),
  };
}
