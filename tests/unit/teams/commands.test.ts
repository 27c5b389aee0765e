import { parseCommand, stripMentions } from '../../../bot/src/teams/commands';

describe('commands', () => {
  it.each([
    ['<at>Kvalitetsråd</at> hjälp', 'help'],
    ['<at>Kvalitetsråd</at>&nbsp;HELP', 'help'],
    ['hjälp mig', 'help'],
    ['<at>Kvalitetsråd</at> råd', 'council'],
    ['council', 'council'],
    ['Kvalitetsråd', 'council'],
  ])('reads %j as %s', (text, name) => {
    expect(parseCommand(text).name).toBe(name);
  });

  it('keeps what it did not understand, shortened, for the help card', () => {
    expect(parseCommand('<at>Kvalitetsråd</at> blomkål och potatis')).toEqual({ name: 'unknown', text: 'blomkål och potatis' });
    expect(parseCommand(undefined)).toEqual({ name: 'unknown', text: '' });
    expect((parseCommand('x'.repeat(500)) as { text: string }).text).toHaveLength(60);
  });

  it('reads proposals: text, the list, and a wish for anonymity', () => {
    expect(parseCommand('<at>Kvalitetsråd</at> förslag Fler bänkar &amp; bord')).toEqual({
      name: 'propose',
      anonymous: false,
      text: 'Fler bänkar & bord',
    });
    expect(parseCommand('Förslag: Lugnare kvällar')).toEqual({ name: 'propose', anonymous: false, text: 'Lugnare kvällar' });
    expect(parseCommand('propose')).toEqual({ name: 'propose', anonymous: false, text: '' });
    expect(parseCommand('förslag lista')).toEqual({ name: 'proposals' });
    expect(parseCommand('förslag lista över saker att köpa')).toMatchObject({ name: 'propose', text: 'lista över saker att köpa' });
    expect(parseCommand('förslag anonymt Chefen borde lyssna')).toEqual({ name: 'propose', anonymous: true, text: 'Chefen borde lyssna' });
  });

  it('strips mention markup and tags', () => {
    expect(stripMentions('<at>Bot</at> <p>hej</p>')).toBe('hej');
  });
});
