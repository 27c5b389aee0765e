import ICAL from 'ical.js';
import { listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { listMeetings } from '../../../bot/src/store/schedule-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TeamsWorld, cardOf, councilFormData, people, submissionOf, textOf } from '../../helpers/teams-world';
import { matches } from '../../helpers/matchers';
import { textOfCall } from '../../helpers/loopback-connector';

const councilForm = { ...councilFormData, unitName: 'Solgården' };

describe('the council year in the channel (real server, loopback connector, dev clock)', () => {
  let world: TeamsWorld;
  beforeEach(async () => {
    world = await new TeamsWorld().start();
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilForm, people.anna, 'welcome-card'));
    await world.setClock('2026-11-22T09:00:00Z');
  });
  afterEach(async () => {
    await world.stop();
  });

  /** `@Kvalitetsråd planera` and the schedule card it posts. */
  async function plan(text = 'planera', from = people.anna) {
    const before = world.connector.posts.length;
    await world.send(world.channelMessage(text, from));
    const post = world.connector.posts[before];
    return { card: cardOf(post?.body), text: textOf(cardOf(post?.body)) || textOfCall(post) };
  }

  async function saveProposal(changes: Record<string, string> = {}) {
    const { card } = await plan();
    const { body } = await world.send(world.invoke('schedule.save', submissionOf(card, 'schedule.save', changes), people.anna, 'schedule-card'));
    return { form: card, answer: cardOf(body) };
  }

  const council = async () => (await findCouncilByChannel(world.app.db, TENANT, CHANNEL_ID))!;
  const posts = async () => listCouncilPosts(world.app.db, TENANT, (await council()).id);
  const lastPost = () => world.connector.posts.at(-1)!;

  it('proposes next year in late November: at least eight Tuesdays 13:00–14:30, none in July or on a holiday', async () => {
    const { card, text } = await plan();
    expect(text).toContain('Tidsplan 2027 – Solgården');
    const data = submissionOf(card, 'schedule.save');
    const dates = Object.entries(data)
      .filter(([k]) => /^m\d+_date$/.test(k))
      .map(([, v]) => String(v));
    expect(dates.length).toBeGreaterThanOrEqual(8);
    for (const date of dates) {
      expect(new Date(`${date}T12:00:00Z`).getUTCDay()).toBe(2);
      expect(date.slice(5, 7)).not.toBe('07');
    }
    expect(data.m0_start).toBe('13:00');
    expect(data.m0_end).toBe('14:30');
  });

  it('saves the schedule, shows it to everyone, and keeps 13:00 local across the DST switch', async () => {
    const { answer } = await saveProposal({ m0_place: 'Personalrummet' });
    const summary = textOf(answer);
    expect(summary).toContain('11 träffar');
    expect(summary).toContain('tisdag 12 januari 2027, kl. 13:00–14:30 · Personalrummet');
    expect(world.connector.updates.at(-1)?.activityId).toBe('schedule-card');
    const meetings = await listMeetings(world.app.db, TENANT, (await council()).id, 2027);
    const march = meetings.find((m) => m.startsAt.toISOString().startsWith('2027-03'))!;
    const april = meetings.find((m) => m.startsAt.toISOString().startsWith('2027-04'))!;
    expect(march.startsAt.toISOString()).toBe('2027-03-16T12:00:00.000Z'); // CET, UTC+1
    expect(april.startsAt.toISOString()).toBe('2027-04-13T11:00:00.000Z'); // CEST, UTC+2
    expect((await posts()).filter((p) => p.status === 'pending')).toHaveLength(44);
  });

  it('refuses a date that does not exist, naming the meeting, and keeps everything typed', async () => {
    const { answer } = await saveProposal({ m0_place: 'Rum 1', m1_date: '2027-02-30' });
    expect(textOf(answer)).toContain('Träff 2: datumet ”2027-02-30” finns inte');
    const again = submissionOf(answer, 'schedule.save');
    expect(again.m1_date).toBe('2027-02-30');
    expect(again.m0_place).toBe('Rum 1');
    expect(await posts()).toHaveLength(0);
  });

  it.each([
    [{ m0_date: '2026-11-10' }, 'schedule year', 'ligger inte i 2027'],
    [{ m1_date: '2027-01-12' }, 'same time', 'Träff 1 och träff 2 är samtidigt'],
    [{ m2_end: '12:00' }, 'end before start', 'Träff 3: sluttiden 12:00 är inte efter starttiden 13:00'],
    [{ m0_removed: 'true', m1_removed: 'true', m2_removed: 'true', m3_removed: 'true' }, 'fewer than eight', 'minst 8 gånger per år: lägg till 1'],
  ])('refuses %j (%s) with a Swedish message and saves nothing', async (changes, _why, message) => {
    const { answer } = await saveProposal(changes);
    expect(textOf(answer)).toContain(message);
    expect(await posts()).toHaveLength(0);
  });

  it('refuses a meeting in the past', async () => {
    await world.setClock('2027-01-10T09:00:00Z');
    const { card } = await plan('planera 2027');
    const { body } = await world.send(world.invoke('schedule.save', submissionOf(card, 'schedule.save', { m0_date: '2027-01-05' })));
    expect(textOf(cardOf(body))).toContain('Träff 1: 2027-01-05 kl. 13:00 har redan varit');
  });

  it('refuses a year other than this or next, and planning by someone who is not a manager', async () => {
    expect((await plan('planera 2030')).text).toContain('Året måste vara i år (2026) eller nästa år (2027)');
    expect((await plan('planera', people.bengt)).text).toContain('Bara rådets enhetschefer kan planera');
  });

  it('says the deadline passed when a schedule is saved after 31 January, and saves it', async () => {
    await world.setClock('2027-02-03T09:00:00Z');
    const { answer } = await saveProposal();
    expect(textOf(answer)).toContain('skulle ha funnits före 31 januari 2027');
    expect(textOf(answer)).toMatch(/\d+ träffar/);
  });

  it('posts the invitation a month ahead, then agenda, reminder and "mötet börjar" in its thread', async () => {
    await saveProposal({ m0_place: 'Personalrummet' });
    const invited = await world.setClock('2026-12-13T07:30:00Z'); // 08:30 local, 30 days before 12 January
    expect(invited.posted.map((p) => [p.kind, p.outcome])).toEqual([['invitation', 'sent']]);
    const invitation = lastPost();
    expect(invitation.conversationId).toBe(CHANNEL_ID);
    const card = textOf(cardOf(invitation.body));
    expect(card).toContain('Kallelse: Kvalitetsråd – Solgården');
    expect(card).toContain('tisdag 12 januari 2027, kl. 13:00–14:30');
    expect(card).toContain('Personalrummet');
    expect(card).toContain('Deltagarnas egna punkter');
    expect(card).toContain('Lägg till i kalendern');
    const thread = `${CHANNEL_ID};messageid=${invited.posted[0]!.activityId}`;

    expect((await world.setClock('2027-01-05T07:30:00Z')).posted.map((p) => p.kind)).toEqual(['agenda']);
    expect(lastPost().conversationId).toBe(thread);
    expect(textOf(cardOf(lastPost().body))).toContain('Dagordning – tisdag 12 januari 2027');

    // 11 January is also January's reporting day: the monthly assessment card comes the same morning.
    const eve = await world.setClock('2027-01-11T07:30:00Z');
    const kinds = eve.posted.map((p) => p.kind);
    expect(kinds.filter((k) => k !== 'personal-reminder').sort()).toEqual(['assessment-reminder', 'reminder']);
    // Nobody has answered: all six of the council also get the reminder in personal chat.
    expect(kinds.filter((k) => k === 'personal-reminder')).toHaveLength(6);
    const reminder = world.connector.posts.find((p) => textOfCall(p).includes('i morgon'));
    expect(reminder).toMatchObject({ conversationId: thread });
    expect(reminder?.body?.text).toContain('i morgon');

    expect((await world.setClock('2027-01-12T12:00:00Z')).posted.map((p) => p.kind)).toEqual(['start']);
    expect(lastPost().body?.text).toContain('Mötet börjar nu');
    expect(await world.setClock('2027-01-12T12:05:00Z')).toMatchObject({ posted: [] });
  });

  it('moving a meeting updates the invitation in place, posts a notice in its thread and a new .ics SEQUENCE', async () => {
    await saveProposal();
    const invited = await world.setClock('2026-12-13T07:30:00Z');
    const invitationId = invited.posted[0]!.activityId!;
    const { body: open } = await world.send(world.invoke('schedule.open', { year: '2027' }));
    const form = cardOf(open);
    const { body } = await world.send(world.invoke('schedule.save', submissionOf(form, 'schedule.save', { m0_date: '2027-01-19' })));
    expect(textOf(cardOf(body))).toContain('1 flyttade');
    const after = await world.setClock('2026-12-13T07:31:00Z');
    expect(after.posted.map((p) => p.kind).sort()).toEqual(['change', 'invitation-update']);
    const update = world.connector.updates.find((u) => u.activityId === invitationId)!;
    expect(textOf(cardOf(update.body))).toContain('tisdag 19 januari 2027, kl. 13:00–14:30');
    expect(textOf(cardOf(update.body))).toContain('Ändrad tid');
    expect(lastPost().conversationId).toBe(`${CHANNEL_ID};messageid=${invitationId}`);

    // The card's first actions are the answers; "Lägg till i kalendern" is its link.
    const url = (cardOf(update.body)!.actions as { type: string; url?: string }[]).find((a) => a.type === 'Action.OpenUrl')!.url!;
    const ics = await fetch(url.replace(/^http:\/\/localhost:\d+/, world.baseUrl));
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    const vevent = new ICAL.Component(ICAL.parse(await ics.text()) as unknown[]).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.sequence).toBe(1);
    expect(event.startDate.toString()).toBe('2027-01-19T13:00:00');
    expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
    expect(event.summary).toBe('Kvalitetsråd – Solgården');

    // Tampered or expired: a small page in Swedish, 403, nothing about the meeting.
    const refusalOf = async (link: string) => {
      const answer = await fetch(link.replace(/^http:\/\/localhost:\d+/, world.baseUrl));
      return { status: answer.status, type: answer.headers.get('content-type'), page: await answer.text() };
    };
    const refused = {
      status: 403,
      type: 'text/html; charset=utf-8',
      page: matches.stringContaining('Länken till kalenderfilen är ogiltig eller har gått ut. Öppna kallelsen i kanalen och försök igen.'),
    };
    const tampered = await refusalOf(url.replace(/sig=./, (m) => (m.endsWith('A') ? 'sig=B' : 'sig=A')));
    expect(tampered).toEqual(refused);
    expect(tampered.page).not.toMatch(/Solgården|BEGIN:VCALENDAR|Error|at .*\.ts/);
    await world.setClock('2027-03-01T09:00:00Z'); // 30 days after the meeting: the link has expired
    expect(await refusalOf(url)).toEqual(refused);
  });

  it('cancelling a meeting marks the invitation INSTÄLLT, posts a notice and drops its pending posts', async () => {
    await saveProposal();
    const invited = await world.setClock('2026-12-13T07:30:00Z');
    const { body: open } = await world.send(world.invoke('schedule.open', { year: '2027' }));
    await world.send(world.invoke('schedule.save', submissionOf(cardOf(open), 'schedule.save', { m0_removed: 'true' })));
    const after = await world.setClock('2026-12-13T07:31:00Z');
    expect(after.posted.map((p) => p.kind).sort()).toEqual(['cancel', 'invitation-update']);
    const update = world.connector.updates.find((u) => u.activityId === invited.posted[0]!.activityId)!;
    expect(textOf(cardOf(update.body))).toContain('INSTÄLLT');
    expect(lastPost().body?.text).toContain('är inställd');
    const meetingId = invited.posted[0]!.meetingId;
    expect((await posts()).filter((p) => p.meetingId === meetingId && p.status === 'pending')).toHaveLength(0);
    expect((await world.setClock('2027-01-12T12:00:00Z')).posted.filter((p) => p.meetingId === meetingId)).toEqual([]);
  });

  it('catches up after a restart: a missed invitation goes out late with its date, posts too late are skipped with the reason', async () => {
    await saveProposal();
    await world.restart();
    const caughtUp = await world.setClock('2027-02-16T12:30:00Z'); // during meeting 2 (16 February 13:00–14:30)
    const kinds = caughtUp.posted.filter((p) => p.outcome === 'sent').map((p) => p.kind);
    expect(kinds.filter((k) => k === 'invitation')).toHaveLength(2); // meeting 1 is over: only 2 and 3 are still ahead or on
    expect(kinds).toContain('start');
    const skipped = (await posts()).filter((p) => p.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.every((p) => p.lastError?.startsWith('too late'))).toBe(true);
    const late = world.connector.posts.map((p) => textOf(cardOf(p.body))).find((t) => t.includes('tisdag 16 februari 2027'));
    expect(late).toContain('Kallelsen skickas sent');
    expect((await posts()).filter((p) => p.dueAt <= new Date('2027-02-16T12:30:00Z') && p.status === 'pending')).toHaveLength(0);
  });

  it('a council whose channel the app no longer knows: the post fails visibly, and the manager sees it', async () => {
    await saveProposal();
    await world.app.db.query('delete from conversation_reference where tenant_id = $1 and conversation_id = $2', [TENANT, CHANNEL_ID]);
    const run = await world.setClock('2026-12-13T07:30:00Z');
    expect(run.posted).toEqual([expect.objectContaining({ kind: 'invitation', outcome: 'failed' })]);
    const { body } = await world.send(world.invoke('schedule.show', { year: '2027' }));
    expect(textOf(cardOf(body))).toContain('Utskick som inte gick fram: Kallelse: kanalen är inte känd för appen');
  });

  it('reminds a council without a schedule in January, once a week, until one exists', async () => {
    const first = await world.setClock('2027-01-04T07:30:00Z'); // Monday 08:30 local
    expect(first.posted.map((p) => p.kind)).toEqual(['schedule-reminder']);
    expect(textOf(cardOf(lastPost().body))).toContain('Dags att planera kvalitetsrådets år 2027');
    expect((await world.setClock('2027-01-05T07:30:00Z')).posted).toEqual([]);
    expect((await world.setClock('2027-01-11T07:30:00Z')).posted.map((p) => p.kind)).toEqual(['schedule-reminder']);
    await saveProposal();
    expect((await world.setClock('2027-01-18T07:30:00Z')).posted.filter((p) => p.kind === 'schedule-reminder')).toEqual([]);
  });
});
