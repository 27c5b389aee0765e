import type { Proposal } from '../domain/proposal';
import type { Locale, Translate } from '../i18n';
import { formatDate } from '../domain/date-format';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/proposal-list.json';

const template = compileTemplate(templateJson);

/** Lines shown per section; the rest are counted ("och 12 till i fliken"). */
export const LIST_LIMIT = 25;

/** `@Kvalitetsråd förslag lista`: the unit's open proposals, then the parked ones, newest first. */
export function renderProposalListCard(data: {
  tr: Translate;
  locale: Locale;
  zone: string;
  unitName: string;
  proposals: readonly Proposal[];
}): AdaptiveCard {
  const { tr } = data;
  const line = (p: Proposal) =>
    `- ${tr('proposal.list.line', { number: p.number, title: p.title, count: p.supportCount, date: formatDate(p.createdAt, data.zone, data.locale) })}`;
  const open = data.proposals.filter((p) => p.status === 'open');
  const parked = data.proposals.filter((p) => p.status === 'parked');
  const sections = [
    { heading: tr('proposal.list.open', { count: open.length }), items: open },
    { heading: tr('proposal.list.parked', { count: parked.length }), items: parked },
  ].filter((s) => s.items.length > 0);
  const hidden = sections.reduce((sum, s) => sum + Math.max(0, s.items.length - LIST_LIMIT), 0);
  return renderTemplate(template, {
    title: tr('proposal.list.title', { unit: data.unitName }),
    empty: sections.length === 0 ? tr('proposal.list.empty') : undefined,
    sections: sections.map((s) => ({ heading: s.heading, lines: s.items.slice(0, LIST_LIMIT).map(line).join('\n') })),
    more: hidden > 0 ? tr('proposal.list.more', { count: hidden }) : undefined,
    propose: tr('proposal.form.open'),
  });
}
