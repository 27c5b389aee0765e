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

/** A card template parsed once (parsing costs ~30× an expansion), expanded per card. */
export type CompiledTemplate = ACData.Template;

/** Parses a JSON card template; card modules do this once, at load. */
export function compileTemplate(json: object): CompiledTemplate {
  return new ACData.Template(json);
}

/** Expands a compiled template with `data` (adaptivecards-templating): the one renderer all cards share. */
export function renderTemplate(template: CompiledTemplate, data: object): AdaptiveCard {
  const card = template.expand({ $root: data }) as AdaptiveCard;
  delete card.$schema; // Teams ignores it; leaving it out keeps payloads small.
  for (const key of Object.keys(card)) if (card[key] === null) Reflect.deleteProperty(card, key); // a `$when` that dropped a property (refresh)
  return card;
}
