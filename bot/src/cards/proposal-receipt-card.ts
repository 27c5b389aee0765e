import type { Proposal } from '../domain/proposal';
import type { Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/proposal-receipt.json';

const template = compileTemplate(templateJson);

/**
 * The private receipt the proposer sees in place of the form (an invoke's answer reaches only the one
 * who pressed). Names no one; says what happens next, and that an anonymous proposer hears back
 * through the card and the next meeting rather than personally.
 */
export function renderProposalReceiptCard(tr: Translate, proposal: Pick<Proposal, 'number' | 'title' | 'anonymous'>): AdaptiveCard {
  return renderTemplate(template, {
    title: tr('proposal.receipt.title'),
    body: tr(proposal.anonymous ? 'proposal.receipt.anonymous' : 'proposal.receipt.named', { number: proposal.number, title: proposal.title }),
    next: tr(proposal.anonymous ? 'proposal.receipt.nextAnonymous' : 'proposal.receipt.next'),
    another: tr('proposal.receipt.another'),
  });
}
