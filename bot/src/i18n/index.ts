import type { DomainError } from '../domain/errors';
import { en } from './en';
import { sv, type MessageKey } from './sv';

export type { MessageKey } from './sv';

/** The languages the product speaks: Swedish first, English second. */
export type Locale = 'sv' | 'en';

const tables: Record<Locale, Record<MessageKey, string>> = { sv, en };

/** How the language is chosen: from each user's Teams locale (`auto`), or fixed. */
export type LocaleSetting = 'auto' | Locale;

/** Picks the language from a Teams locale tag (`en-US`, `sv-SE`): Swedish unless it is English. */
export function localeOf(tag: string | undefined, setting: LocaleSetting = 'auto'): Locale {
  if (setting !== 'auto') return setting;
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** True when `key` is a message key (error message keys travel as plain strings). */
export function isMessageKey(key: string): key is MessageKey {
  return key in sv;
}

/** The text for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one locale. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** How a presenter speaks to one user: their translator and language. */
export interface Speech {
  tr: Translate;
  locale: Locale;
}

/** Binds `t` to a locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}

/** The user-facing text of a domain error; a key we do not know falls back to "försök igen". */
export function errorMessage(tr: Translate, error: DomainError): string {
  if (!isMessageKey(error.messageKey)) return tr('error.tryAgain');
  const fieldKey = `field.${String(error.params.field ?? '')}`;
  const fieldName = isMessageKey(fieldKey) ? tr(fieldKey) : String(error.params.field ?? '');
  return tr(error.messageKey, { fieldName, ...error.params });
}
