import type { Person } from '../domain/council';
import type { AdaptiveCard } from './render';

/** A Teams mention as an Adaptive Card carries it in `msteams.entities`; `text` stands in the card's text as is. */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

/** The mentions of a post: the text to put in a TextBlock, the entities, and who could only be named. */
export interface Mentions {
  /** "<at>Anna Lindqvist</at>, <at>Bengt Karlsson</at> och Cecilia Ek": names without a Teams id in plain text. */
  text: string;
  entities: MentionEntity[];
  /** People without a known Teams id: named in plain text, never as a broken mention. */
  unmentioned: Person[];
}

/** A Teams user id a mention can point to: the Bot Framework id (`29:…`) or an Entra one (`8:orgid:…`). */
const isTeamsUserId = (id: string): boolean => /^(29:|8:orgid:)\S+$/.test(id);

/** `<`, `>` and line breaks would break the `<at>` markup or the entity's match with the text. */
const safeName = (name: string): string => name.replace(/[<>]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Teams mentions of `people` (each once) for a card that must notify them, since a channel post alone
 * notifies only those who follow the channel (docs/domain.md#invitations-agendas-and-reminders):
 * `<at>name</at>` in the text and one entity per person with their Teams id. `and` joins the last name.
 */
export function mentionsOf(people: readonly Person[], and: string): Mentions {
  const unique = [...new Map(people.map((p) => [p.aadObjectId, p])).values()];
  const entities: MentionEntity[] = [];
  const unmentioned: Person[] = [];
  const parts = unique.map((person) => {
    const name = safeName(person.name);
    if (!isTeamsUserId(person.teamsUserId)) {
      unmentioned.push(person);
      return name;
    }
    const text = `<at>${name}</at>`;
    entities.push({ type: 'mention', text, mentioned: { id: person.teamsUserId, name } });
    return text;
  });
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} ${and} ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
  return { text, entities, unmentioned };
}

/** The card with its mention entities (`msteams.entities`), other `msteams` settings kept. */
export function withMentions(card: AdaptiveCard, entities: readonly MentionEntity[]): AdaptiveCard {
  if (entities.length === 0) return card;
  const msteams = typeof card.msteams === 'object' && card.msteams !== null ? card.msteams : {};
  return { ...card, msteams: { ...msteams, entities: [...entities] } };
}
