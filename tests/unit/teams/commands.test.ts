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

  it('strips mention markup and tags', () => {
    expect(stripMentions('<at>Bot</at> <p>hej</p>')).toBe('hej');
  });
});
