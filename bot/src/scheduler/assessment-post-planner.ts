import { renderAssessmentCard, type AssessmentRow } from '../cards/assessment-card';
import { mentionsOf, withMentionLine } from '../cards/mentions';
import { ASSIGNMENT_NAME, monthOf } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import type { Council } from '../domain/council';
import type { Locale } from '../i18n';
import type { Db } from '../store/db';
import { listLatestAssessments } from '../store/follow-up-repository';
import { listSubAssignments } from '../store/sub-assignment-repository';
import { endPost, type PlanContext, type PostPlan } from './post-plan';

/** The card shows this many sub-assignments; the rest are assessed in the tab. */
export const ASSESSMENT_CARD_ROWS = 15;

/** A month as the card names it: "mars 2027" / "March 2027". */
export function monthLabel(month: string, locale: Locale): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The rows of a council's assessment card for `month`: the assignment "Kvalitetsråd" and each ongoing
 * sub-assignment of the year, with last month's status as a hint and this month's when it is made.
 */
export async function assessmentRows(
  db: Db,
  council: Council,
  month: string,
): Promise<{ rows: AssessmentRow[]; more: number; allAssessed: boolean }> {
  const year = Number(month.slice(0, 4));
  const [works, assignment, latest] = await Promise.all([
    listSubAssignments(db, council.tenantId, council.id, year),
    listLatestAssessments(db, council.tenantId, council.id, year, 'assignment'),
    listLatestAssessments(db, council.tenantId, council.id, year, 'subAssignment'),
  ]);
  const ongoing = works.filter((w) => w.status === 'ongoing');
  const targets = [
    { id: council.id, name: ASSIGNMENT_NAME, own: assignment.get(council.id) },
    ...ongoing.map((w) => ({ id: w.id, name: w.name, own: latest.get(w.id) })),
  ];
  const rows = targets.map(({ id, name, own }): AssessmentRow => {
    const thisMonth = own?.latest.month === month ? own.latest : undefined;
    const previous = own && own.latest.month < month ? own.latest : undefined;
    return {
      id,
      name,
      previous: previous && { month: previous.month, status: previous.status },
      status: thisMonth?.status,
      comment: thisMonth?.comment,
    };
  });
  const shown = rows.slice(0, ASSESSMENT_CARD_ROWS + 1);
  return { rows: shown, more: rows.length - shown.length, allAssessed: rows.every((row) => row.status) };
}

/**
 * Plans the monthly assessment card for the council's channel. Dropped when the council has no
 * ongoing work that year, skipped when everything was already assessed for the month (in the tab).
 */
export async function planAssessmentPost(ctx: PlanContext): Promise<PostPlan> {
  const { db, post, council, tr, locale } = ctx;
  const month = monthOf(localPartsOf(post.dueAt, council.timeZone).date);
  const { rows, more, allAssessed } = await assessmentRows(db, council, month);
  if (rows.length <= 1) return endPost('dropped', 'no ongoing sub-assignment');
  if (allAssessed) return endPost('skipped', 'already assessed this month');
  return {
    action: 'send',
    target: { reference: ctx.channel.reference },
    message: {
      // The monthly assessment is the managers' to make: they are the ones told.
      card: withMentionLine(
        renderAssessmentCard({
          tr,
          unitName: council.unitName,
          councilId: council.id,
          month,
          monthLabel: monthLabel(month, locale),
          rows,
          more,
          tabUrl: `${ctx.links.baseUrl}/tab/`,
        }),
        (names) => tr('attendance.to', { people: names }),
        mentionsOf(council.managers, tr('attendance.and')),
      ),
    },
    limitKey: council.channelId,
  };
}
