import type { Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/help.json';

const template = compileTemplate(templateJson);

/** The help card: the commands, in the user's language; `unknownText` says what was not understood. */
export function renderHelpCard(tr: Translate, unknownText?: string): AdaptiveCard {
  return renderTemplate(template, {
    title: tr('help.title'),
    unknown: unknownText ? tr('help.unknown', { text: unknownText }) : undefined,
    intro: tr('help.intro'),
    commands: [
      { usage: '@Kvalitetsråd hjälp (help)', description: tr('help.cmd.help') },
      { usage: '@Kvalitetsråd råd (council)', description: tr('help.cmd.council') },
      { usage: '@Kvalitetsråd planera [år] (plan)', description: tr('help.cmd.plan') },
      { usage: '@Kvalitetsråd förslag [text] (propose)', description: tr('help.cmd.propose') },
      { usage: '@Kvalitetsråd förslag lista (propose list)', description: tr('help.cmd.proposals') },
      { usage: '@Kvalitetsråd anteckningar (minutes)', description: tr('help.cmd.minutes') },
    ],
    propose: tr('help.propose'),
    footer: tr('help.footer'),
  });
}
