import { canBeSupported, PROPOSAL_LIMITS, type Proposal } from '../domain/proposal';
import type { Locale, MessageKey, Translate } from '../i18n';
import { formatDate } from '../domain/date-format';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/proposal.json';

const template = compileTemplate(templateJson);

/** Who the card is rendered for: everyone (the card in the channel), one staff member, or a manager. */
export type ProposalCardView =
  { kind: 'everyone' } | { kind: 'person'; supported: boolean } | { kind: 'manager'; supported: boolean; reason?: string; error?: string };

/** What a proposal card shows. */
export interface ProposalCardData {
  tr: Translate;
  locale: Locale;
  zone: string;
  unitName: string;
  proposal: Proposal;
  view: ProposalCardView;
  /** Teams user ids of the council's managers: their clients refresh the card into the manager's view. */
  managerIds: readonly string[];
  notice?: string;
}

const STATUS_COLOR = { open: 'Accent', accepted: 'Good', parked: 'Warning', declined: 'Attention' } as const;

/**
 * Förbättringsförslag as a card in the channel. Everyone sees the proposal, its status and how many
 * support it (not who); the presser's own view says whether they support it; managers' view (through
 * `refresh.userIds`) adds triage: a reason and Acceptera / Parkera / Avslå, or "Ta upp igen".
 */
export function renderProposalCard(data: ProposalCardData): AdaptiveCard {
  const { tr, proposal: p, view } = data;
  const ids = { proposalId: p.id, version: String(p.version) };
  const actions: { title: string; verb: string; style: string; decision: string; proposalId: string; version: string }[] = [];
  const supported = view.kind !== 'everyone' && view.supported;
  if (canBeSupported(p.status)) {
    actions.push({
      ...ids,
      title: tr(supported ? 'proposal.unsupport' : 'proposal.support'),
      verb: 'proposal.support',
      style: 'default',
      decision: '',
    });
  }
  const manager = view.kind === 'manager';
  if (manager && p.status === 'open') {
    actions.push({ ...ids, title: tr('proposal.accept'), verb: 'proposal.triage', style: 'positive', decision: 'accept' });
    actions.push({ ...ids, title: tr('proposal.park'), verb: 'proposal.triage', style: 'default', decision: 'park' });
    actions.push({ ...ids, title: tr('proposal.decline'), verb: 'proposal.triage', style: 'destructive', decision: 'decline' });
  }
  if (manager && p.status === 'parked') {
    actions.push({ ...ids, title: tr('proposal.reopen'), verb: 'proposal.reopen', style: 'default', decision: '' });
  }
  const date = (d: Date) => formatDate(d, data.zone, data.locale);
  return renderTemplate(template, {
    proposalId: p.id,
    refreshUserIds: data.managerIds.length > 0 && p.status !== 'accepted' && p.status !== 'declined' ? data.managerIds.slice(0, 60) : undefined,
    title: tr('proposal.card.title', { number: p.number, title: p.title }),
    status: tr(`proposal.status.${p.status}` as MessageKey),
    statusColor: STATUS_COLOR[p.status],
    notice: data.notice,
    facts: [
      { title: tr('proposal.by'), value: p.author ? p.author.name : tr('proposal.anonymous') },
      { title: tr('proposal.source'), value: tr(`proposal.source.${p.source}` as MessageKey) },
      { title: tr('proposal.date'), value: date(p.createdAt) },
      { title: tr('proposal.unit'), value: data.unitName },
    ],
    labels: { problem: tr('proposal.problem'), improvement: tr('proposal.improvement') },
    problem: p.problem,
    improvement: p.improvement || undefined,
    decision: p.decidedAt
      ? tr(`proposal.decision.${p.status}` as MessageKey, { name: p.decidedByName ?? '', date: date(p.decidedAt), reason: p.reason ?? '' }) +
        (p.reason && p.status === 'accepted' ? ` ${p.reason}` : '')
      : undefined,
    support: tr(supported ? 'proposal.supportCount.you' : 'proposal.supportCount', { count: p.supportCount }),
    triage:
      manager && p.status === 'open'
        ? {
            heading: tr('proposal.triage.heading'),
            reasonLabel: tr('proposal.triage.reason'),
            reasonPlaceholder: tr('proposal.triage.placeholder'),
            reasonMax: PROPOSAL_LIMITS.reason,
            reason: view.reason ?? '',
            error: view.error,
          }
        : undefined,
    actions,
  });
}
