import { TeamsWorld, cardOf, people, textOf } from '../../helpers/teams-world';

describe('commands in the channel and in personal chat', () => {
  let world: TeamsWorld;
  beforeAll(async () => {
    world = await new TeamsWorld().start({ LOCALE: 'auto' }); // follow each user's Teams locale
  });
  afterAll(async () => {
    await world.stop();
  });

  const lastReply = () => world.connector.posts.at(-1)!;

  it('answers "@Kvalitetsråd hjälp" with the help card in Swedish', async () => {
    await world.send(world.channelMessage('hjälp'));
    const help = textOf(cardOf(lastReply().body));
    expect(help).toContain('Det här kan Kvalitetsråd');
    expect(help).toContain('@Kvalitetsråd råd (council)');
  });

  it('answers "help" from an English-speaking user in English', async () => {
    await world.send(world.channelMessage('help', people.bengt, 'en-US'));
    expect(textOf(cardOf(lastReply().body))).toContain('What Kvalitetsråd can do');
  });

  it('answers anything it does not understand with the same help card, saying what it did not get', async () => {
    await world.send(world.channelMessage('blomkål'));
    const text = textOf(cardOf(lastReply().body));
    expect(text).toContain('Jag förstod inte ”blomkål”');
    expect(text).toContain('Det här kan Kvalitetsråd');
  });

  it('shows the start card on "råd" in a channel without a council, and explains in personal chat', async () => {
    await world.send(world.channelMessage('råd'));
    expect(textOf(cardOf(lastReply().body))).toContain('Starta kvalitetsråd');
    await world.send(world.personalMessage('council'));
    expect(lastReply().body?.text).toContain('startas i enhetens kanal');
  });

  it('replies "försök igen" and /healthz says 503 when the store is down', async () => {
    const healthy = await fetch(`${world.baseUrl}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({ status: 'ok' });

    await world.app.db.close(); // the store stops answering
    await world.send(world.channelMessage('råd'));
    const reply = lastReply().body!;
    expect(reply.text).toBe('Något gick fel hos Kvalitetsråd just nu. Försök igen om en stund.');
    expect(JSON.stringify(reply)).not.toMatch(/at .*\.ts:\d+|Error:/);
    const down = await fetch(`${world.baseUrl}/healthz`);
    expect(down.status).toBe(503);
  });
});
