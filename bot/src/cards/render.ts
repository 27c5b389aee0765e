import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card (schema 1.5) as JSON, ready to attach. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/** The content type Teams expects for an Adaptive Card attachment or invoke response. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** Expands a JSON template with `data` (adaptivecards-templating): the one renderer all cards share. */
export function renderTemplate(template: object, data: object): AdaptiveCard {
  const card = new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
  delete card.$schema; // Teams ignores it; leaving it out keeps payloads small.
  return card;
}
