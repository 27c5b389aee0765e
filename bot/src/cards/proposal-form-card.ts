import { PROPOSAL_LIMITS, ProposalSources } from '../domain/proposal';
import type { MessageKey, Translate } from '../i18n';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/proposal-form.json';

const template = compileTemplate(templateJson);

/** What the form shows in its inputs: empty at first, everything the user typed after a refusal. */
export interface ProposalFormValues {
  title: string;
  problem: string;
  improvement: string;
  source: string;
  anonymous: boolean;
}

/** An empty form: staff proposals are the usual source. */
export const EMPTY_PROPOSAL_FORM: ProposalFormValues = { title: '', problem: '', improvement: '', source: 'staff', anonymous: false };

/**
 * "Lämna förbättringsförslag": title, the problem or idea, what it would improve, the source and
 * "Lämna anonymt". A refusal renders it again with the reason and every value kept.
 */
export function renderProposalFormCard(
  tr: Translate,
  unitName: string,
  values: ProposalFormValues = EMPTY_PROPOSAL_FORM,
  error?: string,
): AdaptiveCard {
  return renderTemplate(template, {
    title: tr('proposal.form.title'),
    intro: tr('proposal.form.intro', { unit: unitName }),
    error,
    labels: {
      title: tr('proposal.form.titleLabel'),
      titlePlaceholder: tr('proposal.form.titlePlaceholder'),
      problem: tr('proposal.form.problemLabel'),
      problemPlaceholder: tr('proposal.form.problemPlaceholder'),
      improvement: tr('proposal.form.improvementLabel'),
      improvementPlaceholder: tr('proposal.form.improvementPlaceholder'),
      source: tr('proposal.source'),
      anonymous: tr('proposal.form.anonymous'),
      submit: tr('proposal.form.submit'),
    },
    messages: { title: tr('proposal.title.required'), problem: tr('proposal.problem.required'), source: tr('proposal.source.invalid') },
    limits: PROPOSAL_LIMITS,
    values: { ...values, anonymous: values.anonymous ? 'true' : 'false' },
    sources: ProposalSources.map((value) => ({ value, title: tr(`proposal.source.${value}` as MessageKey) })),
    privacy: tr('proposal.form.privacy'),
  });
}
