import type { AttendanceAnswer } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { Locale, Translate } from '../i18n';
import { formatMeetingTime, formatPlace } from './meeting-format';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/personal-reminder.json';

const template = compileTemplate(templateJson);

/** What the personal day-before reminder shows one person. */
export interface PersonalReminderCardData {
  tr: Translate;
  locale: Locale;
  unitName: string;
  zone: string;
  meeting: Meeting;
  /** The signed link to the meeting's `.ics` ("Lägg till i kalendern"). */
  calendarUrl: string;
  /** The Teams meeting link, when the meeting is digital and has one. */
  joinUrl?: string;
  /** The person's current answer, if any. */
  answer?: AttendanceAnswer;
  /** Whether personal reminders are on for this person (the button offers the other state). */
  remindersOn: boolean;
  /** What pressing the button just did, shown once. */
  notice?: string;
}

/**
 * Påminnelse i personlig chatt: the meeting's time and place, the Teams link when it is digital,
 * "Lägg till i kalendern", the person's own answer, and a button to turn personal reminders off (or
 * on again).
 */
export function renderPersonalReminderCard(data: PersonalReminderCardData): AdaptiveCard {
  const { tr, meeting, zone, locale } = data;
  const joinUrl = meeting.online ? data.joinUrl : undefined;
  return renderTemplate(template, {
    meetingId: meeting.id,
    title: tr('personal.reminder.title', { unit: data.unitName }),
    facts: [
      { title: tr('invitation.when'), value: formatMeetingTime(tr, meeting, zone, locale) },
      { title: tr('invitation.place'), value: formatPlace(tr, meeting) },
      ...(meeting.online ? [{ title: tr('invitation.digital'), value: tr(joinUrl ? 'invitation.digital.link' : 'invitation.digital.noLink') }] : []),
    ],
    answer: tr(data.answer ? `personal.reminder.answer.${data.answer}` : 'personal.reminder.answer.none'),
    notice: data.notice,
    why: tr('personal.reminder.why'),
    labels: { calendar: tr('invitation.calendar'), join: tr('invitation.join') },
    calendarUrl: data.calendarUrl,
    joinUrl,
    toggle: { title: tr(data.remindersOn ? 'personal.reminder.turnOff' : 'personal.reminder.turnOn'), on: !data.remindersOn },
  });
}
