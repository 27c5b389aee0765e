import { mentionsOf, withMentions } from '../../../bot/src/cards/mentions';
import { buildPerson } from '../../helpers/factories';

describe('mentions on a card', () => {
  it('names every person once, each <at> text matched by an entity with their Teams id', () => {
    const anna = buildPerson({ name: 'Anna Lindqvist' });
    const bengt = buildPerson({ name: 'Bengt Karlsson' });
    const cecilia = buildPerson({ name: 'Cecilia Ek' });
    const mentions = mentionsOf([anna, bengt, anna, cecilia], 'och');
    expect(mentions.text).toBe('<at>Anna Lindqvist</at>, <at>Bengt Karlsson</at> och <at>Cecilia Ek</at>');
    expect(mentions.entities.map((e) => e.mentioned.id)).toEqual([anna.teamsUserId, bengt.teamsUserId, cecilia.teamsUserId]);
    for (const entity of mentions.entities) expect(mentions.text).toContain(entity.text);
  });

  it('names a person without a known Teams id in plain text, never as a broken mention', () => {
    const known = buildPerson({ name: 'Anna Lindqvist' });
    const unknown = buildPerson({ name: 'David Nilsson', teamsUserId: '' });
    const mentions = mentionsOf([known, unknown], 'and');
    expect(mentions.text).toBe('<at>Anna Lindqvist</at> and David Nilsson');
    expect(mentions.entities).toHaveLength(1);
    expect(mentions.unmentioned.map((p) => p.name)).toEqual(['David Nilsson']);
  });

  it('keeps a name with markup characters from breaking the mention', () => {
    const mentions = mentionsOf([buildPerson({ name: 'Elin <Svensson>' })], 'och');
    expect(mentions.text).toBe('<at>Elin Svensson</at>');
    expect(mentions.entities[0]!.mentioned.name).toBe('Elin Svensson');
  });

  it('puts the entities on the card beside its other Teams settings', () => {
    const { entities } = mentionsOf([buildPerson()], 'och');
    const card = withMentions({ type: 'AdaptiveCard', version: '1.5', body: [], msteams: { width: 'Full' } }, entities);
    expect(card.msteams).toEqual({ width: 'Full', entities });
  });
});
