import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { listSubAssignments } from '../../../bot/src/store/sub-assignment-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TeamsWorld, cardOf, councilFormData, people, submissionOf, textOf } from '../../helpers/teams-world';
import { matches } from '../../helpers/matchers';
import { textOfCall } from '../../helpers/loopback-connector';

const council = { ...councilFormData, unitName: 'Solgården' };
const SUGGESTION = 'Fler sittplatser i trädgården. Många boende orkar inte gå hela slingan utan att vila.';

describe('improvement proposals in the channel (real server, loopback connector, dev clock)', () => {
  let world: TeamsWorld;
  beforeEach(async () => {
    world = await new TeamsWorld().start();
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', council, people.anna, 'welcome-card'));
    await world.setClock('2026-11-22T09:00:00Z');
  });
  afterEach(async () => {
    await world.stop();
  });

  const db = () => world.app.db;
  const stored = () => db().query<Record<string, unknown>>('select * from proposal order by number');
  const lastPost = () => world.connector.posts.at(-1)!;

  /** Writes `@Kvalitetsråd <text>` in the channel and returns what the bot answered. */
  async function say(text: string, from = people.bengt) {
    const before = world.connector.posts.length;
    const activity = world.channelMessage(text, from);
    await world.send(activity);
    const answers = world.connector.posts.slice(before);
    return {
      activityId: String(activity.id),
      answers,
      card: cardOf(answers[0]?.body),
      text: answers.map((a) => [textOfCall(a), textOf(cardOf(a.body))].join('\n')).join('\n'),
    };
  }

  /** Opens the form with `förslag` and submits it with `changes` as `from`. */
  async function propose(changes: Record<string, string>, from = people.cecilia) {
    const { card } = await say('förslag', from);
    const submit = world.invoke('proposal.submit', submissionOf(card, 'proposal.submit', changes), from, 'form-card');
    const { status, body } = await world.send(submit);
    expect(status).toBe(200);
    return { form: card, answer: cardOf(body), body, activityId: String(submit.id) };
  }

  /** The proposal card the outbox posted at the top of the channel. */
  async function postedCard() {
    const { posted } = await world.setClock('2026-11-22T09:01:00Z');
    const sent = posted.find((p) => p.kind === 'proposal' && p.outcome === 'sent')!;
    const post = world.connector.posts.filter((p) => p.conversationId === CHANNEL_ID && textOf(cardOf(p.body)).startsWith('Förslag')).at(-1)!;
    return { activityId: sent.activityId!, card: cardOf(post.body)! };
  }

  it('takes a named proposal from a message: the card answers in its thread, a receipt goes to personal chat', async () => {
    const { text, answers, activityId } = await say(`förslag ${SUGGESTION}`);
    expect(answers).toHaveLength(1);
    expect(text).toContain('Förslag 1: Fler sittplatser i trädgården');
    expect(text).toContain('Lämnat av\nBengt Karlsson');
    expect(text).toContain('Förbättringsförslag från medarbetare');
    expect(text).toContain('0 stöder förslaget');
    expect(text).toContain('Jag stöder förslaget');
    expect(text).not.toContain('Acceptera'); // triage is the managers' view, reached through refresh
    expect(cardOf(answers[0]!.body)!.refresh).toMatchObject({ userIds: [people.anna.id] });
    expect((answers[0]!.body as { replyToId?: string }).replyToId).toBe(activityId);

    const { posted } = await world.setClock('2026-11-22T09:01:00Z');
    expect(posted.map((p) => [p.kind, p.outcome])).toEqual([['proposal-receipt', 'sent']]);
    const receipt = world.connector.personalPosts(people.bengt.id);
    expect(receipt).toHaveLength(1);
    expect(String(receipt[0]!.body!.text)).toContain('Tack för ditt förslag till kvalitetsrådet på Solgården: Förslag 1');

    const before = world.connector.posts.length;
    const retried = world.channelMessage(`förslag ${SUGGESTION}`, people.bengt);
    retried.id = activityId; // Teams delivers the first message again
    await world.send(retried);
    expect(world.connector.posts.length).toBe(before);

    const again = await say(`förslag ${SUGGESTION}`); // the same words in a new message
    expect(again.text).toContain('Det här förslaget har du redan lämnat: Förslag 1');
    expect(await stored()).toHaveLength(1);
  });

  it('takes an anonymous proposal through the form and stores nothing that leads back to its author', async () => {
    const { answer, activityId } = await propose({
      title: 'Lugnare kvällar',
      problem: 'Det blir stökigt vid kvällsfikat.',
      anonymous: 'true',
      source: 'deviation',
    });
    const receipt = textOf(answer);
    expect(receipt).toContain('Förslag 1, ”Lugnare kvällar”, är lämnat anonymt');
    expect(receipt).not.toContain('Cecilia');

    const { card } = await postedCard();
    expect(textOf(card)).toContain('Lämnat av\nAnonymt');
    expect(textOf(card)).toContain('Avvikelser och synpunkter');
    expect(lastPost().conversationId).toBe(CHANNEL_ID); // top of the channel, not the thread of Cecilia's message

    const [row] = await stored();
    expect(row).toMatchObject({
      anonymous: true,
      author_aad_object_id: null,
      author_teams_user_id: null,
      author_name: null,
      thread_root_id: matches.any(String),
    });
    const everything = JSON.stringify([
      await stored(),
      await db().query('select * from outbox'),
      await db().query(`select * from processed_activity where response::text like '%Lugnare%' or activity_id = $1`, [activityId]),
      await db().query('select * from proposal_support'),
    ]);
    for (const trace of [people.cecilia.id, people.cecilia.aadObjectId, people.cecilia.name, 'Cecilia', activityId])
      expect(everything).not.toContain(trace);
    expect(world.connector.calls.filter((c) => c.method === 'CREATE')).toHaveLength(0);
  });

  it('counts support once per person, shows the count to everyone and "du också" to the presser; pressing again withdraws', async () => {
    await say(`förslag ${SUGGESTION}`);
    const cardId = String((await stored())[0]!.card_activity_id);
    const proposalId = String((await stored())[0]!.id);
    const press = (from = people.david, activityId?: string) => {
      const activity = world.invoke('proposal.support', { proposalId }, from, cardId);
      if (activityId) activity.id = activityId;
      return world.send(activity);
    };

    const first = await press(people.david, 'press-1');
    expect(textOf(cardOf(first.body))).toContain('1 stöder förslaget, du också');
    expect(textOf(cardOf(first.body))).toContain('Ta tillbaka mitt stöd');
    const forEveryone = textOf(cardOf(world.connector.updates.at(-1)!.body));
    expect(forEveryone).toContain('1 stöder förslaget');
    expect(forEveryone).not.toContain('du också');
    expect(world.connector.updates.at(-1)!.activityId).toBe(cardId);

    await press(people.david, 'press-1'); // Teams delivers the same press again: nothing changes
    await press(people.elin);
    expect(textOf(cardOf((await press(people.fatima)).body))).toContain('3 stöder förslaget, du också');
    expect(textOf(cardOf((await press(people.david)).body))).toContain('2 stöder förslaget');
    const rows = await db().query('select aad_object_id from proposal_support order by aad_object_id');
    expect(rows.map((r) => r.aad_object_id)).toEqual([people.elin.aadObjectId, people.fatima.aadObjectId]);
  });

  it('lets only a manager triage: 403 for staff; decline needs a reason; the card changes for everyone and the proposer hears back', async () => {
    await say(`förslag ${SUGGESTION}`);
    await world.setClock('2026-11-22T09:01:00Z'); // the receipt
    const [row] = await stored();
    const proposalId = String(row!.id);
    const cardId = String(row!.card_activity_id);

    const refused = await world.send(
      world.invoke('proposal.triage', { proposalId, version: 1, decision: 'decline', reason: 'Nej' }, people.bengt, cardId),
    );
    expect(refused.body).toMatchObject({
      statusCode: 403,
      value: { message: 'Bara rådets enhetschefer kan acceptera, parkera eller avslå förslag.' },
    });

    const managerView = cardOf((await world.send(world.invoke('proposal.refresh', { proposalId }, people.anna, cardId))).body);
    expect(textOf(managerView)).toContain('Enhetschefens beslut');
    const declineData = { ...submissionOf(managerView, 'proposal.triage'), decision: 'decline', reason: '' };
    const missing = await world.send(world.invoke('proposal.triage', declineData, people.anna, cardId));
    expect(textOf(cardOf(missing.body))).toContain('Skriv varför förslaget avslås');
    expect((await stored())[0]!.status).toBe('open');

    const decided = await world.send(
      world.invoke('proposal.triage', { ...declineData, reason: 'Trädgården byggs om i vår; vi tar det då.' }, people.anna, cardId),
    );
    expect(textOf(cardOf(decided.body))).toContain('Avslaget av Anna Lindqvist');
    expect(textOf(cardOf(world.connector.updates.at(-1)!.body))).toContain('Skäl: Trädgården byggs om i vår; vi tar det då.');
    expect(textOf(cardOf(world.connector.updates.at(-1)!.body))).not.toContain('Jag stöder förslaget');

    const { posted } = await world.setClock('2026-11-22T09:02:00Z');
    expect(posted.map((p) => [p.kind, p.outcome])).toEqual([['proposal-outcome', 'sent']]);
    expect(String(world.connector.personalPosts(people.bengt.id).at(-1)!.body!.text)).toContain(
      'är avslaget av Anna Lindqvist. Skäl: Trädgården byggs om',
    );

    const again = await world.send(world.invoke('proposal.triage', { ...declineData, version: 2, decision: 'accept' }, people.anna, cardId));
    expect(textOf(cardOf(again.body))).toContain('Förslaget är redan avslaget och kan inte beslutas igen.');
    const vote = await world.send(world.invoke('proposal.support', { proposalId }, people.elin, cardId));
    expect(textOf(cardOf(vote.body))).toContain('Förslaget är avslaget och kan inte få stöd längre.');
    expect(await db().query('select * from proposal_support')).toHaveLength(0);
  });

  it('turns an accepted proposal into an improvement work (deluppdrag) linked to it', async () => {
    await propose({ title: 'Bättre överrapportering', problem: 'Information tappas mellan dag och kväll.', anonymous: 'false' });
    const { activityId, card } = await postedCard();
    expect(textOf(card)).toContain('Lämnat av\nCecilia Ek');
    const managerView = cardOf(
      (
        await world.send(
          world.invoke(
            'proposal.refresh',
            { proposalId: (card.refresh as { action: { data: { proposalId: string } } }).action.data.proposalId },
            people.anna,
            activityId,
          ),
        )
      ).body,
    );
    const accepted = await world.send(
      world.invoke('proposal.triage', { ...submissionOf(managerView, 'proposal.triage'), decision: 'accept', reason: '' }, people.anna, activityId),
    );
    expect(textOf(cardOf(accepted.body))).toContain('Godtaget av Anna Lindqvist');
    const councilId = (await findCouncilByChannel(db(), TENANT, CHANNEL_ID))!.id;
    const works = await listSubAssignments(db(), TENANT, councilId, 2026);
    expect(works).toMatchObject([
      { kind: 'improvement', name: 'Bättre överrapportering', status: 'ongoing', origin: { kind: 'proposal', id: String((await stored())[0]!.id) } },
    ]);
    expect((await stored())[0]!.sub_assignment_id).toBe(works[0]!.id);
  });

  it('refuses a personal identity number with the field and characters, keeps every input, and stores nothing', async () => {
    const typed = {
      title: 'Fallrisk',
      problem: 'Brukaren 19121212-1212 föll två gånger.',
      improvement: 'Färre fall',
      source: 'deviation',
      anonymous: 'true',
    };
    const { answer } = await propose(typed);
    expect(textOf(answer)).toContain('Fältet ”Vad är problemet eller idén?” innehåller ett personnummer (tecken 10–22: 19121212-1212)');
    expect(submissionOf(answer, 'proposal.submit')).toMatchObject(typed);
    expect(await stored()).toHaveLength(0);

    const { text } = await say('förslag Brukaren 1212121212 behöver ny rullator');
    expect(text).toContain('Förslaget sparades inte: texten innehåller ett personnummer eller samordningsnummer (tecken 10–19)');
    expect(text).not.toContain('1212121212');
    expect(await stored()).toHaveLength(0);
  });

  it.each([
    [{ title: '' }, 'Skriv en kort rubrik.'],
    [{ title: 'ab' }, 'Rubriken behöver minst 3 tecken.'],
    [{ problem: 'x'.repeat(2001) }, 'högst 2 000 tecken'],
    [{ source: 'skvaller' }, 'Välj underlag i listan.'],
  ])('refuses %j with a Swedish message and keeps the input', async (changes, message) => {
    const { answer } = await propose({ title: 'Bra idé', problem: 'Beskrivning', ...changes });
    expect(textOf(answer)).toContain(message);
    expect(submissionOf(answer, 'proposal.submit')).toMatchObject(changes);
    expect(await stored()).toHaveLength(0);
  });

  it('answers 400 for malformed payloads and 404 for a proposal not in the tenant', async () => {
    expect((await world.send(world.invoke('proposal.support', {}))).body).toMatchObject({ statusCode: 400 });
    expect((await world.send(world.invoke('proposal.triage', { proposalId: 'x', decision: 'maybe' }))).body).toMatchObject({ statusCode: 400 });
    const missing = await world.send(world.invoke('proposal.support', { proposalId: '00000000-0000-4000-8000-00000000dead' }));
    expect(missing.body).toMatchObject({ statusCode: 404, value: { message: 'Förslaget finns inte i det här kvalitetsrådet.' } });
  });

  it('stores a proposal once when Teams delivers the same submit twice', async () => {
    const { form } = await propose({ title: 'Dubbel', problem: 'Skickas två gånger', anonymous: 'true' });
    const activity = world.invoke(
      'proposal.submit',
      submissionOf(form, 'proposal.submit', { title: 'En gång', problem: 'Text' }),
      people.david,
      'form-card',
    );
    const one = await world.send(activity);
    const two = await world.send(activity);
    expect(textOf(cardOf(two.body))).toBe(textOf(cardOf(one.body)));
    expect((await stored()).map((r) => r.title)).toEqual(['Dubbel', 'En gång']);
  });

  it('lists open and parked proposals, and explains anonymity and personal chat instead of storing', async () => {
    await say('förslag Första idén om kaffet');
    await say('förslag Andra idén om promenader', people.david);
    const list = await say('förslag lista');
    expect(list.text).toContain('Öppna (2)');
    expect(list.text).toContain('Förslag 2: Andra idén om promenader · 0 stöder');

    const anonymous = await say('förslag anonymt Chefen borde lyssna mer');
    expect(anonymous.text).toContain('visar ditt namn, så förslaget blir inte anonymt härifrån');
    expect(anonymous.text).toContain('Lämna anonymt');
    const personal = world.personalMessage('förslag Något');
    await world.send(personal);
    expect(String(lastPost().body!.text)).toContain('Förslag lämnas i enhetens kanal för kvalitetsrådet');
    expect(await stored()).toHaveLength(2);
  });

  it("tells a proposer the bot cannot reach in the card's thread instead", async () => {
    world.connector.unreachable.add(people.bengt.id);
    const { activityId } = await say(`förslag ${SUGGESTION}`);
    const { posted } = await world.setClock('2026-11-22T09:01:00Z');
    expect(posted.map((p) => [p.kind, p.outcome])).toEqual([['proposal-receipt', 'sent']]);
    expect(lastPost().conversationId).toBe(`${CHANNEL_ID};messageid=${activityId}`);
    expect(String(lastPost().body!.text)).toContain('Tack för ditt förslag');
  });

  it("puts open and recently decided proposals on the next meeting's agenda (feedback)", async () => {
    await say('förslag Första idén om kaffet');
    await say('förslag Andra idén om promenader', people.david);
    const [, second] = await stored();
    await world.send(world.invoke('proposal.triage', { proposalId: second!.id, version: 1, decision: 'park', reason: 'Efter vintern' }, people.anna));
    const { card } = await say('planera', people.anna);
    await world.send(world.invoke('schedule.save', submissionOf(card, 'schedule.save'), people.anna, 'schedule-card'));
    await world.setClock('2026-12-13T07:30:00Z'); // the invitation
    const { posted } = await world.setClock('2027-01-05T07:30:00Z');
    expect(posted.filter((p) => p.outcome === 'sent').map((p) => p.kind)).toEqual(['agenda']);
    const agenda = textOf(cardOf(lastPost().body));
    expect(agenda).toContain('Förbättringsförslag och återkoppling');
    expect(agenda).toContain('Förslag 1: Första idén om kaffet (0 stöder)');
    expect(agenda).toContain('Förslag 2: Andra idén om promenader – Parkerat till senare');
  });

  it("keeps the outbox to the proposal's own posts", async () => {
    await propose({ title: 'Namngiven', problem: 'Via formuläret', anonymous: 'false' });
    const councilId = (await findCouncilByChannel(db(), TENANT, CHANNEL_ID))!.id;
    expect((await listCouncilPosts(db(), TENANT, councilId)).map((p) => p.kind)).toEqual(['proposal']);
  });
});
