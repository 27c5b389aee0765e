import { STATUS_COLOURS, type StatusColour } from '../domain/follow-up';
import type { MessageKey, Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/assessment.json';

const template = compileTemplate(templateJson);

/** One thing to assess: the assignment "Kvalitetsråd" or an ongoing sub-assignment. */
export interface AssessmentRow {
  /** The council's id for the assignment, else the sub-assignment's. */
  id: string;
  name: string;
  /** Last month's status, shown as a hint. */
  previous?: { month: string; status: StatusColour };
  /** What the card holds for this month: saved, or typed and refused. */
  status?: StatusColour | '';
  comment?: string;
}

export interface AssessmentCardData {
  tr: Translate;
  unitName: string;
  councilId: string;
  month: string;
  /** "mars 2027". */
  monthLabel: string;
  rows: AssessmentRow[];
  /** Sub-assignments beyond what the card shows (they are in the tab). */
  more?: number;
  error?: string;
  /** After saving: who saved it; the card then shows what was saved, for everyone. */
  savedBy?: string;
  tabUrl?: string;
}

/** "Enligt plan" with its colour symbol: colour is never the only sign. */
export const statusLabel = (tr: Translate, status: StatusColour) =>
  `${tr(`followUp.symbol.${status}` as MessageKey)} ${tr(`followUp.status.${status}` as MessageKey)}`;

/**
 * The monthly lägesbedömning card (docs/domain.md#monthly-status-assessment): on the reporting day the
 * manager sets each ongoing sub-assignment's status and comment in one go. After saving it shows, for
 * everyone in the channel, what was recorded.
 */
export function renderAssessmentCard(data: AssessmentCardData): AdaptiveCard {
  const { tr } = data;
  const editable = !data.savedBy;
  return renderTemplate(template, {
    title: tr('assessment.title', { month: data.monthLabel }),
    intro: editable ? tr('assessment.intro', { unit: data.unitName }) : tr('assessment.savedIntro', { unit: data.unitName }),
    error: data.error,
    saved: data.savedBy && tr('assessment.saved', { name: data.savedBy, month: data.monthLabel }),
    editable,
    councilId: data.councilId,
    month: data.month,
    rows: data.rows.map((row) => ({
      id: row.id,
      name: row.name,
      previous: row.previous && tr('assessment.previous', { status: statusLabel(tr, row.previous.status) }),
      status: row.status ?? '',
      comment: row.comment ?? '',
      summary: row.status ? [statusLabel(tr, row.status), row.comment].filter(Boolean).join(' – ') : tr('assessment.notAssessed'),
    })),
    statuses: STATUS_COLOURS.map((value) => ({ value, title: statusLabel(tr, value) })),
    more: data.more ? tr('assessment.more', { count: data.more }) : undefined,
    tabUrl: data.tabUrl,
    labels: {
      status: tr('field.status'),
      choose: tr('assessment.choose'),
      comment: tr('field.comment'),
      save: tr('assessment.save'),
      openTab: tr('assessment.openTab'),
    },
  });
}
