import type { Meeting } from '../domain/meeting';
import type { Locale, Translate } from '../i18n';
import { formatMeetingTime, formatPlace } from './meeting-format';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/schedule-summary.json';

const template = compileTemplate(templateJson);

/** What the saved schedule shows to everyone in the channel. */
export interface ScheduleSummaryData {
  tr: Translate;
  locale: Locale;
  unitName: string;
  zone: string;
  year: number;
  meetings: readonly Meeting[];
  invitationLeadDays: number;
  deadlinePassed: boolean;
  savedByName?: string;
  changes?: { added: number; moved: number; cancelled: number };
  /** Posts that ended as failed, already described ("Kallelse 16 mars: …"). */
  failed?: readonly string[];
  notice?: string;
  /** Meetings the team's group calendar no longer shows as they are (moved, cancelled, added since its last sync). */
  calendarOutOfStep?: number;
}

/** "Planering och protokoll kvalitetsråd": the year's schedule as saved. */
export function renderScheduleSummaryCard(data: ScheduleSummaryData): AdaptiveCard {
  const { tr } = data;
  const active = data.meetings.filter((m) => m.status === 'scheduled');
  const line = (m: Meeting) => {
    const text = `${formatMeetingTime(tr, m, data.zone, data.locale)} · ${formatPlace(tr, m)}`;
    return m.status === 'cancelled' ? `- ~~${text}~~ (${tr('schedule.cancelled')})` : `- ${text}`;
  };
  return renderTemplate(template, {
    title: tr('schedule.saved.title', { year: data.year, unit: data.unitName }),
    notice: data.notice,
    deadline: data.deadlinePassed ? tr('schedule.deadlinePassed', { year: data.year }) : undefined,
    count: tr('schedule.saved.count', { count: active.length }),
    meetings: data.meetings.map(line).join('\n'),
    changes: data.changes ? tr('schedule.saved.changes', data.changes) : undefined,
    failed: data.failed && data.failed.length > 0 ? tr('schedule.failed', { list: data.failed.join('; ') }) : undefined,
    calendar: data.calendarOutOfStep ? tr('graph.calendarOutOfStep', { count: data.calendarOutOfStep }) : undefined,
    savedBy: data.savedByName !== undefined ? tr('schedule.saved.by', { name: data.savedByName, days: data.invitationLeadDays }) : undefined,
    editLabel: tr('schedule.edit'),
    year: String(data.year),
  });
}
