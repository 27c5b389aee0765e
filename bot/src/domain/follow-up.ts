import { STATUS_COLOURS, type StatusColour } from './vocabulary';
import { ConflictError, ValidationError, type ErrorCode } from './errors';
import { isSwedishWorkingDay } from './holidays';
import { addDays, type LocalDate } from './local-time';

export { STATUS_COLOURS, type StatusColour };

/** The name Stratsys gives the assignment every unit gets pushed out centrally (docs/domain.md#the-stratsys-workflow). */
export const ASSIGNMENT_NAME = 'Kvalitetsråd';
/** The sub-assignment the schedule and the minutes are attached to (docs/domain.md#the-stratsys-workflow). */
export const PLANNING_NAME = 'Planering och protokoll kvalitetsråd';

/** Longest texts: names fit a Stratsys node title, comments and reports a node card. */
export const FOLLOW_UP_LIMITS = { name: 200, text: 4000, comment: 2000, finalReport: 4000, linkTitle: 200, url: 2000 } as const;

/** What a monthly assessment is about: the assignment of a year, a sub-assignment or an activity. */
export type AssessmentTarget = { kind: 'assignment'; year: number } | { kind: 'subAssignment'; id: string } | { kind: 'activity'; id: string };

/** A month as Stratsys reports it: `YYYY-MM`. */
export type Month = string;

/** The default reporting day: the 5th working day of the month (Monday–Friday, not a holiday or closed eve). */
export const DEFAULT_REPORTING_WORKDAY = 5;

const reportingDays = new Map<string, LocalDate>();

/** The date by which month `month`'s assessment is due: its `workday`th working day. */
export function reportingDay(month: Month, workday = DEFAULT_REPORTING_WORKDAY): LocalDate {
  const key = `${month}/${workday}`;
  let day = reportingDays.get(key);
  if (!day) reportingDays.set(key, (day = countWorkingDays(month, workday)));
  return day;
}

function countWorkingDays(month: Month, workday: number): LocalDate {
  let date = `${month}-01`;
  let counted = 0;
  for (;;) {
    if (isSwedishWorkingDay(date)) counted += 1;
    if (counted === workday) return date;
    date = addDays(date, 1);
  }
}

/** `YYYY-MM` of a local date. */
export const monthOf = (date: LocalDate): Month => date.slice(0, 7);

/** The months of `year` from `from` through `to` (both `YYYY-MM`, either may lie outside the year). */
export function monthsBetween(year: number, from: Month, to: Month): Month[] {
  const position = (month: Month) => (Number(month.slice(0, 4)) - year) * 12 + Number(month.slice(5, 7));
  const months: Month[] = [];
  for (let m = Math.max(1, position(from)); m <= Math.min(12, position(to)); m += 1) months.push(`${year}-${String(m).padStart(2, '0')}`);
  return months;
}

/**
 * The months of `year` whose assessment is due but missing for a target that existed from `since`
 * (its start) until `until` (completed or done; open-ended when absent): a month is due once its
 * reporting day has passed (`today` is after it), and missing while it has no assessment.
 */
export function missingMonths(props: {
  year: number;
  today: LocalDate;
  since: LocalDate;
  until?: LocalDate;
  assessed: ReadonlySet<Month>;
  workday?: number;
}): Month[] {
  const { year, today, since, until, assessed, workday } = props;
  const last = until && monthOf(until) < monthOf(today) ? monthOf(until) : monthOf(today);
  return monthsBetween(year, monthOf(since), last).filter((month) => today > reportingDay(month, workday) && !assessed.has(month));
}

/**
 * A month can be assessed from January of its year through the current month (a late assessment of an
 * earlier month is allowed; the future is not).
 */
export function checkAssessmentMonth(month: Month, year: number, today: LocalDate): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || !month.startsWith(`${year}-`)) {
    throw new ValidationError('followUp.month.outsideYear', { field: 'month', year }, 'month');
  }
  if (month > monthOf(today)) throw new ValidationError('followUp.month.future', { field: 'month' }, 'month');
}

/** Every activity is done before the sub-assignment gets its final report (docs/domain.md#final-report). */
export function checkCompletable(props: { status: 'ongoing' | 'completed'; openActivities: number }): void {
  if (props.status === 'completed') throw new ConflictError('followUp.complete.already');
  if (props.openActivities > 0) throw new ActivitiesOpenError(props.openActivities);
}

/** Refusal of a final report while activities are open (HTTP 409, code `ActivitiesOpen`). */
export class ActivitiesOpenError extends ConflictError {
  override readonly code: ErrorCode = 'ActivitiesOpen';
  constructor(readonly open: number) {
    super('followUp.complete.activitiesOpen', { count: open, field: 'finalReport' });
  }
}
