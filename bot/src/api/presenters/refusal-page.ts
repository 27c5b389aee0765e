import type { Locale, Translate } from '../../i18n';
import type { PresentedError } from '../../presentation/error-presenter';
import { escapeHtml, htmlPage } from './html-page';

/**
 * A refused signed link (tampered, expired, or what it points to is gone) as the small page the
 * browser shows: the app's name and the error presenter's message in the reader's language. Nothing
 * about the meeting or the minutes, no code, no stack.
 */
export function renderRefusalPage(tr: Translate, locale: Locale, refusal: Pick<PresentedError, 'message'>): string {
  const title = tr('app.name');
  return htmlPage(locale, title, `<h1>${escapeHtml(title)}</h1><p role="alert">${escapeHtml(refusal.message)}</p>`);
}
