import type { Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/welcome.json';

const template = compileTemplate(templateJson);

/** The card the bot posts in a channel when it is added to a team: what it is, and "Starta kvalitetsråd". */
export function renderWelcomeCard(tr: Translate): AdaptiveCard {
  return renderTemplate(template, {
    title: tr('welcome.title'),
    body: tr('welcome.body'),
    next: tr('welcome.next'),
    startLabel: tr('welcome.start'),
  });
}
