import type { Meeting } from '../domain/meeting';
import type { MeetingDraft } from '../domain/schedule-draft';
import type { Locale, Translate } from '../i18n';
import { formatMeetingTime } from './meeting-format';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/schedule-form.json';

const template = compileTemplate(templateJson);

/** The most meeting rows one card carries (Teams cards stay under their 28 KB limit). */
export const MAX_SCHEDULE_ROWS = 24;

/** What the schedule card shows; `rows` and `values` are what the manager typed, kept on refusal. */
export interface ScheduleFormData {
  tr: Translate;
  locale: Locale;
  unitName: string;
  zone: string;
  year: number;
  /** The saved schedule's version, absent for a proposal. */
  version?: number;
  proposed: boolean;
  deadlinePassed: boolean;
  values: { weekday: number | string; slotStart: string; slotEnd: string; invitationLeadDays: number | string; teamsLink: string };
  held: readonly Meeting[];
  rows: readonly MeetingDraft[];
  error?: string;
  notice?: string;
}

/** Tidsplan: the editable schedule of a year (a proposal, or the saved meetings ahead). */
export function renderScheduleFormCard(data: ScheduleFormData): AdaptiveCard {
  const { tr } = data;
  return renderTemplate(template, {
    title: tr('schedule.title', { year: data.year, unit: data.unitName }),
    intro: data.proposed
      ? tr('schedule.intro.proposed', { count: data.rows.length, weekday: tr(`weekday.${weekdayKey(data.values.weekday)}`) })
      : tr('schedule.intro.saved'),
    deadline: tr(data.deadlinePassed ? 'schedule.deadlinePassed' : 'schedule.deadline', { year: data.year }),
    deadlineColor: data.deadlinePassed ? 'Warning' : 'Default',
    error: data.error,
    notice: data.notice,
    proposed: data.proposed,
    labels: {
      usualSlot: tr('schedule.usualSlot'),
      weekday: tr('schedule.weekday'),
      slotStart: tr('schedule.slotStart'),
      slotEnd: tr('schedule.slotEnd'),
      repropose: tr('schedule.repropose'),
      leadDays: tr('schedule.leadDays'),
      teamsLink: tr('schedule.teamsLink'),
      teamsLinkPlaceholder: tr('schedule.teamsLink.placeholder'),
      held: tr('schedule.held'),
      date: tr('schedule.date'),
      start: tr('schedule.start'),
      end: tr('schedule.end'),
      place: tr('schedule.place'),
      placePlaceholder: tr('schedule.place.placeholder'),
      online: tr('schedule.online'),
      remove: tr('schedule.remove'),
      save: tr('schedule.save'),
      addRow: tr('schedule.addRow'),
      cancel: tr('schedule.cancel'),
    },
    weekdays: WEEKDAYS.map((d) => ({ title: tr(`weekday.${d}`), value: String(d) })),
    values: {
      weekday: String(data.values.weekday),
      slotStart: data.values.slotStart,
      slotEnd: data.values.slotEnd,
      invitationLeadDays: String(data.values.invitationLeadDays),
      teamsLink: data.values.teamsLink,
    },
    held: data.held.map((m) => m.id),
    heldText: data.held.map((m) => `- ${formatMeetingTime(tr, m, data.zone, data.locale)}`).join('\n'),
    rows: data.rows.slice(0, MAX_SCHEDULE_ROWS).map((row, i) => ({
      heading: tr('schedule.meeting', { n: i + 1 }),
      date: row.date,
      start: row.start,
      end: row.end,
      place: row.place,
      online: String(row.online),
      removed: String(row.removed),
    })),
    year: String(data.year),
    version: data.version === undefined ? '' : String(data.version),
    rowIds: data.rows
      .slice(0, MAX_SCHEDULE_ROWS)
      .map((row) => row.id ?? '')
      .join(','),
  });
}

/** Monday to Friday, the days a council meets. */
const WEEKDAYS = [1, 2, 3, 4, 5] as const;

function weekdayKey(weekday: number | string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS.find((d) => d === Number(weekday)) ?? 2;
}
