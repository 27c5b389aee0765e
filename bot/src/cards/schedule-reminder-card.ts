import type { Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/schedule-reminder.json';

const template = compileTemplate(templateJson);

/** The January reminder to a council without a schedule for the year, with a button to plan it. */
export function renderScheduleReminderCard(tr: Translate, unitName: string, year: number): AdaptiveCard {
  return renderTemplate(template, {
    title: tr('scheduleReminder.title', { year }),
    body: tr('scheduleReminder.body', { year, unit: unitName }),
    action: tr('scheduleReminder.action'),
    year: String(year),
  });
}
