import { formatDateTime } from '../../domain/date-format';
import { MinutesFields, type MinutesField } from '../../domain/minutes';
import type { Locale, MessageKey, Translate } from '../../i18n';
import type { MinutesRecord } from '../../services/minutes-document-reader';
import { escapeHtml, htmlPage, paragraphsHtml } from './html-page';

/** What the minutes page shows, in the reader's language. */
export interface MinutesPageInput {
  tr: Translate;
  locale: Locale;
  minutes: MinutesRecord;
}

/**
 * The whole minutes as a web page ("Visa allt" on the card): heading, day, who was there and how, who was not, every
 * section of the minutes template, whether approved, and the corrections since. Data in, HTML out.
 */
export function renderMinutesPage({ tr, locale, minutes }: MinutesPageInput): string {
  const when = (date: Date) => formatDateTime(date, minutes.timeZone, locale);
  const section = (f: MinutesField) =>
    `<h2>${escapeHtml(tr(`field.${f}` as MessageKey))}</h2>${paragraphsHtml(minutes.content.fields[f] || tr('minutes.empty'))}`;
  const status =
    minutes.status === 'approved'
      ? tr('minutes.status.approved', { name: minutes.approvedByName ?? '', date: when(minutes.approvedAt ?? minutes.updatedAt) })
      : tr('minutes.status.draft', { version: minutes.version });
  const title = tr('minutes.title', { unit: minutes.unitName });
  const present = [...minutes.present, ...minutes.digital.map((name) => tr('minutes.attendance.digitalName', { name }))];
  return htmlPage(
    locale,
    title,
    `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(when(minutes.heldAt))}</p>` +
      `<h2>${escapeHtml(tr('field.present'))}</h2><p>${escapeHtml(present.join(', ') || tr('minutes.empty'))}</p>` +
      `<h2>${escapeHtml(tr('minutes.document.absent'))}</h2><p>${escapeHtml(minutes.absent.join(', ') || tr('minutes.empty'))}</p>` +
      MinutesFields.map(section).join('') +
      `<p><em>${escapeHtml(status)}</em></p>` +
      minutes.corrections
        .map(
          (c) =>
            `<p><em>${escapeHtml(tr('minutes.correction', { name: c.byName, date: when(c.at), version: c.version, reason: c.reason }))}</em></p>`,
        )
        .join(''),
  );
}
