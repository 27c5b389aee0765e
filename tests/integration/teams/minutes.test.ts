import { listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TeamsWorld, cardOf, councilFormData, people, submissionOf, textOf } from '../../helpers/teams-world';

describe('minutes in the channel (real server, loopback connector, dev clock)', () => {
  let world: TeamsWorld;
  beforeEach(async () => {
    world = await new TeamsWorld().start();
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    await world.setClock('2026-11-24T12:00:00Z');
  });
  afterEach(async () => {
    await world.stop();
  });

  const db = () => world.app.db;
  const stored = async () => (await db().query<Record<string, unknown>>('select * from minutes'))[0]!;

  /** `@Kvalitetsråd anteckningar` in the channel: the posted card and its id. */
  async function openMinutes() {
    const before = world.connector.posts.length;
    await world.send(world.channelMessage('anteckningar', people.anna));
    const post = world.connector.posts.slice(before)[0]!;
    const row = await stored();
    return { card: cardOf(post.body)!, cardId: String(row.card_activity_id), minutesId: String(row.id) };
  }

  /** The card as `who` sees it (Teams' refresh, or "Skriv i anteckningarna"). */
  async function viewAs(who: (typeof people)[keyof typeof people], minutesId: string, cardId: string) {
    const { body } = await world.send(world.invoke('minutes.refresh', { minutesId }, who, cardId));
    return cardOf(body)!;
  }

  async function save(who: (typeof people)[keyof typeof people], card: Record<string, unknown>, changes: Record<string, string>, cardId: string) {
    const { status, body } = await world.send(world.invoke('minutes.save', submissionOf(card, 'minutes.save', changes), who, cardId));
    return { status, body, card: cardOf(body) };
  }

  it('opens minutes for an extra meeting; everyone reads, members write, the manager also approves', async () => {
    const { card, cardId, minutesId } = await openMinutes();
    expect(textOf(card)).toContain('Mötesanteckningar – Solgårdens vård- och omsorgsboende');
    expect(textOf(card)).toContain('Extra träff, tisdag 24 november 2026, 13:00');
    expect(textOf(card)).toContain('Skriv i anteckningarna');
    expect(textOf(card)).not.toContain('Godkänn');
    expect((card.refresh as { userIds: string[] }).userIds).toEqual(expect.arrayContaining([people.anna.id, people.bengt.id]));

    const member = await viewAs(people.bengt, minutesId, cardId);
    expect(textOf(member)).toContain('Spara');
    expect(textOf(member)).toContain('Deltagarnas egna punkter');
    expect(textOf(member)).toMatch(/Närvaro[\s\S]*Anna Lindqvist[\s\S]*På plats[\s\S]*Digitalt[\s\S]*Frånvarande/);
    expect(textOf(member)).not.toContain('Godkänn');
    const manager = await viewAs(people.anna, minutesId, cardId);
    expect(textOf(manager)).toContain('Godkänn');
    const outsider = { id: '29:gustav', name: 'Gustav Berg', aadObjectId: '00000000-0000-4000-8000-000000000199' };
    const reader = await viewAs(outsider, minutesId, cardId);
    expect(textOf(reader)).toContain('Du kan läsa anteckningarna');
    expect(textOf(reader)).not.toContain('Spara');
    const refused = await world.send(world.invoke('minutes.save', submissionOf(member, 'minutes.save', { decisions: 'x' }), outsider, cardId));
    expect(refused.body).toMatchObject({ statusCode: 403 });
  });

  it("merges two saves of different sections and keeps both; a save of the same section is answered with the stored text and the saver's own", async () => {
    const { cardId, minutesId } = await openMinutes();
    const bengtsCard = await viewAs(people.bengt, minutesId, cardId);
    const ceciliasCard = await viewAs(people.cecilia, minutesId, cardId);

    const first = await save(
      people.bengt,
      bengtsCard,
      {
        ownItems: 'Bengt: larmen på avdelning 2.',
        [`attendance.${people.anna.aadObjectId}`]: 'present',
        [`attendance.${people.bengt.aadObjectId}`]: 'digital',
      },
      cardId,
    );
    expect(textOf(first.card)).toContain('Sparat (version 2)');
    expect(textOf(world.connector.updates.at(-1)!.body && cardOf(world.connector.updates.at(-1)!.body))).toContain('Bengt: larmen på avdelning 2.');

    const second = await save(people.cecilia, ceciliasCard, { decisions: 'Vi provar fasta fikatider i fyra veckor.' }, cardId);
    expect(textOf(second.card)).toContain('Bengt Karlsson sparade samtidigt i andra fält; båda ändringarna finns med');
    const row = await stored();
    expect(row.version).toBe(3);
    expect(JSON.stringify(row.content)).toContain('Bengt: larmen på avdelning 2.');
    expect(JSON.stringify(row.content)).toContain('fasta fikatider');
    expect(row.content).toMatchObject({ attendance: { [people.anna.aadObjectId]: 'present', [people.bengt.aadObjectId]: 'digital' } });

    const clash = await save(people.david, ceciliasCard, { decisions: 'Vi väntar med fikatiderna.' }, cardId);
    expect(textOf(clash.card)).toContain('Cecilia Ek ändrade samma fält samtidigt: Beslut');
    expect(textOf(clash.card)).toContain('Din text i ”Beslut”: Vi väntar med fikatiderna.');
    expect(textOf(clash.card)).toContain('Vi provar fasta fikatider i fyra veckor.'); // the stored text, to redo the change on
    expect((await stored()).version).toBe(3);
  });

  it('refuses a personal identity number naming the section and characters, keeps everything typed, stores nothing', async () => {
    const { cardId, minutesId } = await openMinutes();
    const card = await viewAs(people.bengt, minutesId, cardId);
    const typed = { ownItems: 'Rutiner vid nattlarm.', decisions: 'Brukaren 19121212-1212 ska få nytt larm.' };
    const { card: answer } = await save(people.bengt, card, typed, cardId);
    expect(textOf(answer)).toContain('Fältet ”Beslut” innehåller ett personnummer (tecken 10–22: 19121212-1212)');
    expect(submissionOf(answer, 'minutes.save')).toMatchObject(typed);
    expect((await stored()).version).toBe(1);

    const long = await save(people.bengt, card, { other: 'x'.repeat(4001) }, cardId);
    expect(textOf(long.card)).toContain('Fältet ”Övrigt” har högst 4 000 tecken.');
  });

  it('lets only a manager approve the version they read; approved minutes are locked, downloadable as Word and readable as a page', async () => {
    const { cardId, minutesId } = await openMinutes();
    const bengts = await viewAs(people.bengt, minutesId, cardId);
    await save(
      people.bengt,
      bengts,
      {
        decisions: 'Fasta fikatider.',
        [`attendance.${people.anna.aadObjectId}`]: 'present',
        [`attendance.${people.bengt.aadObjectId}`]: 'digital',
        newWorks: 'Fasta fikatider – Cecilia Ek – 2027-03-01',
      },
      cardId,
    );

    const notManager = await world.send(world.invoke('minutes.approve', { minutesId, version: 2 }, people.bengt, cardId));
    expect(notManager.body).toMatchObject({ statusCode: 403, value: { message: 'Bara rådets enhetschefer kan godkänna anteckningarna.' } });
    const stale = await world.send(world.invoke('minutes.approve', { minutesId, version: 1 }, people.anna, cardId));
    expect(textOf(cardOf(stale.body))).toContain('har ändrats sedan du öppnade kortet (nu version 2)');

    const asked = await world.send(
      world.invoke('minutes.requestChange', { minutesId, version: 2, reason: 'Skriv vem som gör vad.' }, people.anna, cardId),
    );
    expect(textOf(cardOf(asked.body))).toContain('Anna Lindqvist har begärt ändring: Skriv vem som gör vad.');
    expect(textOf(cardOf(world.connector.updates.at(-1)!.body))).toContain('Anna Lindqvist har begärt ändring');
    const noReason = await world.send(world.invoke('minutes.requestChange', { minutesId, version: 2, reason: ' ' }, people.anna, cardId));
    expect(textOf(cardOf(noReason.body))).toContain('Skriv vad som behöver ändras.');
    expect(
      (await world.send(world.invoke('minutes.requestChange', { minutesId, version: 2, reason: 'x' }, people.bengt, cardId))).body,
    ).toMatchObject({ statusCode: 403 });

    const approve = world.invoke('minutes.approve', { minutesId, version: 2 }, people.anna, cardId);
    const approved = await world.send(approve);
    await world.send(approve); // Teams delivers it again
    const text = textOf(cardOf(approved.body));
    expect(text).toContain('Godkända av Anna Lindqvist tisdag 24 november 2026');
    expect(text).toContain('Nya förbättringsarbeten upplagda som deluppdrag under Kvalitetsråd: 1.');
    expect(await db().query(`select name, responsible_name, ends_on::text as ends_on from sub_assignment where origin = 'minutes'`)).toEqual([
      { name: 'Fasta fikatider', responsible_name: 'Cecilia Ek', ends_on: '2027-03-01' },
    ]);
    expect(text).not.toContain('Spara');
    expect(textOf(cardOf(world.connector.updates.at(-1)!.body))).toContain('Godkända av Anna Lindqvist');
    // Told once, by name: the council is @mentioned in a reply (updating the card notifies no one).
    const told = world.connector.posts.map((p) => p.body as { text?: string; entities?: { text: string; mentioned: { id: string } }[] });
    const announcements = told.filter((b) => b.text?.startsWith('Anteckningarna är godkända av Anna Lindqvist'));
    expect(announcements).toHaveLength(1);
    expect(announcements[0]!.entities!.map((e) => e.mentioned.id).sort()).toEqual(
      Object.values(people)
        .map((p) => p.id)
        .sort(),
    );
    for (const e of announcements[0]!.entities!) expect(announcements[0]!.text).toContain(e.text);
    expect((await stored()).version).toBe(3);
    expect((await db().query('select kind from minutes_version order by version')).map((r) => r.kind)).toEqual(['opened', 'saved', 'approved']);

    const late = await save(people.bengt, bengts, { decisions: 'Ändrat i efterhand' }, cardId);
    expect(textOf(late.card)).toContain('Anteckningarna är redan godkända och låsta.');
    await expect(db().query(`update minutes set content = '{}' where id = $1`, [minutesId])).rejects.toThrow(/correction/);
    await expect(db().query('delete from minutes_version where minutes_id = $1', [minutesId])).rejects.toThrow(/never changed/);

    // A correction is a new version with who and why; only a manager makes one, and only with a reason.
    expect((await world.send(world.invoke('minutes.correct.open', { minutesId, version: 3 }, people.bengt, cardId))).body).toMatchObject({
      statusCode: 403,
    });
    const editor = cardOf((await world.send(world.invoke('minutes.correct.open', { minutesId, version: 3 }, people.anna, cardId))).body)!;
    expect(textOf(editor)).toContain('Spara rättelsen');
    const typed = { decisions: 'Fasta fikatider från 1 februari.' };
    const unexplained = cardOf(
      (await world.send(world.invoke('minutes.correct', submissionOf(editor, 'minutes.correct', { ...typed, reason: '' }), people.anna, cardId)))
        .body,
    );
    expect(textOf(unexplained)).toContain('Skriv varför anteckningarna rättas.');
    expect(submissionOf(unexplained, 'minutes.correct')).toMatchObject(typed);
    const corrected = cardOf(
      (
        await world.send(
          world.invoke('minutes.correct', submissionOf(editor, 'minutes.correct', { ...typed, reason: 'Fel startdatum' }), people.anna, cardId),
        )
      ).body,
    );
    expect(textOf(corrected)).toContain('Rättelsen är sparad (version 4).');
    expect(textOf(cardOf(world.connector.updates.at(-1)!.body))).toContain(
      'Rättad av Anna Lindqvist tisdag 24 november 2026, 13:00 (version 4): Fel startdatum',
    );
    expect(textOf(cardOf(world.connector.updates.at(-1)!.body))).toContain('Fasta fikatider från 1 februari.');
    expect(await db().query('select kind, reason from minutes_version where kind = $1', ['corrected'])).toEqual([
      { kind: 'corrected', reason: 'Fel startdatum' },
    ]);
    expect(JSON.stringify((await db().query('select content from minutes_version where kind = $1', ['approved']))[0])).toContain('Fasta fikatider.'); // the approved version stays

    const actions = (cardOf(approved.body)!.actions as { type: string; url?: string; title: string }[]).filter((a) => a.type === 'Action.OpenUrl');
    const download = await fetch(actions.find((a) => a.title === 'Ladda ner som Word')!.url!.replace(/^http:\/\/localhost:\d+/, world.baseUrl));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('wordprocessingml');
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const page = await fetch(actions.find((a) => a.title === 'Visa allt')!.url!.replace(/^http:\/\/localhost:\d+/, world.baseUrl));
    const html = await page.text();
    expect(html).toContain('<h2>Beslut</h2><p>Fasta fikatider från 1 februari.</p>');
    expect(html).toContain('Rättad av Anna Lindqvist');
    expect(html).toContain('<h2>Närvarande</h2><p>Anna Lindqvist, Bengt Karlsson (digitalt)</p>');
    expect(textOf(cardOf(approved.body))).toContain('Anna Lindqvist, Bengt Karlsson (digitalt)');
    const tampered = await fetch(
      actions[0]!.url!.replace(/^http:\/\/localhost:\d+/, world.baseUrl).replace(/sig=./, (m) => (m.endsWith('A') ? 'sig=B' : 'sig=A')),
    );
    expect(tampered.status).toBe(403);
    expect(tampered.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const refusal = await tampered.text();
    expect(refusal).toContain('Länken är ogiltig eller för gammal. Öppna anteckningarna i kanalen och ladda ner dem därifrån.');
    expect(refusal).not.toMatch(/Fasta fikatider|Bengt Karlsson|Error|at .*\.ts/);
  });

  it('saves once when Teams delivers the same save twice, and answers 400 to a malformed one', async () => {
    const { cardId, minutesId } = await openMinutes();
    const card = await viewAs(people.bengt, minutesId, cardId);
    const activity = world.invoke('minutes.save', submissionOf(card, 'minutes.save', { other: 'Kaffe' }), people.bengt, cardId);
    await world.send(activity);
    await world.send(activity);
    expect((await stored()).version).toBe(2);
    expect((await world.send(world.invoke('minutes.save', { minutesId: 'nope', version: 'x' }, people.bengt, cardId))).body).toMatchObject({
      statusCode: 400,
    });
    const oddMode = { ...submissionOf(card, 'minutes.save'), [`attendance.${people.bengt.aadObjectId}`]: 'kanske' };
    expect((await world.send(world.invoke('minutes.save', oddMode, people.bengt, cardId))).body).toMatchObject({ statusCode: 400 });
    // A card posted before attendance said how sends "present" ("id,id") and no attendance inputs: those are present.
    const legacy = { minutesId, version: 2, present: people.cecilia.aadObjectId, other: 'Kaffe' };
    await world.send(world.invoke('minutes.save', legacy, people.bengt, cardId));
    expect(await stored()).toMatchObject({ version: 3, content: { attendance: { [people.cecilia.aadObjectId]: 'present' } } });
  });

  it('posts the minutes card with "mötet börjar" in the invitation thread, for the planned meeting', async () => {
    await world.setClock('2026-11-22T09:00:00Z');
    const before = world.connector.posts.length;
    await world.send(world.channelMessage('planera', people.anna));
    const form = cardOf(world.connector.posts.slice(before)[0]!.body);
    await world.send(world.invoke('schedule.save', submissionOf(form, 'schedule.save'), people.anna, 'schedule-card'));
    const councilId = (await findCouncilByChannel(db(), TENANT, CHANNEL_ID))!.id;
    const start = (await listCouncilPosts(db(), TENANT, councilId))
      .filter((p) => p.kind === 'start')
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0]!;
    await world.setClock(new Date(start.dueAt.getTime() - 60_000).toISOString()); // the invitation and everything before
    const { posted } = await world.setClock(start.dueAt.toISOString());
    expect(posted.filter((p) => p.outcome === 'sent').map((p) => p.kind)).toEqual(['start']);
    const post = world.connector.posts.at(-1)!;
    expect(String(post.body!.text)).toContain('Mötet börjar nu');
    expect(textOf(cardOf(post.body))).toContain('Mötesanteckningar – Solgårdens vård- och omsorgsboende');
    expect(post.conversationId).toContain(';messageid=');
    const row = await stored();
    expect(row.meeting_id).toBe(start.meetingId);
    expect(row.card_activity_id).toBe(posted.find((p) => p.kind === 'start')!.activityId);

    // `anteckningar` the same day opens the same minutes, not an extra meeting's.
    await world.send(world.channelMessage('anteckningar', people.bengt));
    expect(await db().query('select id from minutes')).toHaveLength(1);
  });
});
