import { sizeAdvice, type Council } from '../domain/council';
import type { Translate } from '../i18n';
import { renderWelcomeCard } from './welcome-card';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/council-summary.json';

const template = compileTemplate(templateJson);

/** Extra lines a summary may carry for the person who sees it. */
export interface SummaryNotes {
  /** A per-user message (a refusal, a conflict), already translated. */
  notice?: string;
  /** Who saved last, shown small under the card. */
  savedBy?: string;
}

/** The council as everyone in the channel sees it. */
export function renderCouncilSummaryCard(tr: Translate, council: Council, notes: SummaryNotes = {}): AdaptiveCard {
  const managerIds = council.managers.map((p) => p.aadObjectId);
  const memberIds = council.members.map((p) => p.aadObjectId);
  const advice = sizeAdvice(managerIds, memberIds);
  const size = new Set([...managerIds, ...memberIds]).size;
  return renderTemplate(template, {
    title: tr('summary.title', { unit: council.unitName }),
    notice: notes.notice,
    inactive: council.status === 'inactive' ? tr('summary.inactive') : undefined,
    labels: {
      area: tr('summary.area'),
      timeZone: tr('summary.timeZone'),
      managers: tr('summary.managers'),
      size: tr('summary.size'),
      members: tr('summary.members', { count: council.members.length }),
    },
    area: tr(`area.${council.area}`),
    timeZone: council.timeZone,
    managers: council.managers.map((p) => p.name).join(', '),
    size: tr('summary.sizeValue', { count: size }),
    members: council.members.length > 0 ? council.members.map((p) => p.name).join(', ') : tr('summary.noMembers'),
    advice: advice ? tr(`summary.advice.${advice}`) : undefined,
    savedBy: notes.savedBy,
    councilId: council.id,
    editLabel: tr('summary.edit'),
    proposeLabel: tr('proposal.form.open'),
    active: council.status === 'active',
  });
}

/** What a channel shows of its council: the summary, or the welcome card while it has none. */
export function renderChannelCouncilCard(tr: Translate, council: Council | undefined, notes: SummaryNotes = {}): AdaptiveCard {
  return council ? renderCouncilSummaryCard(tr, council, notes) : renderWelcomeCard(tr);
}
