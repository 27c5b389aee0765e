import type { Translate } from '../i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './templates/welcome.json';

/** The card the bot posts in a channel when it is added to a team: what it is, and "Starta kvalitetsråd". */
export function renderWelcomeCard(tr: Translate): AdaptiveCard {
  return renderTemplate(template, {
    title: tr('welcome.title'),
    body: tr('welcome.body'),
    next: tr('welcome.next'),
    startLabel: tr('welcome.start'),
  });
}
