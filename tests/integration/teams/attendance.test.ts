import { listAnswers } from '../../../bot/src/store/attendance-repository';
import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { listMeetings } from '../../../bot/src/store/schedule-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TeamsWorld, cardOf, councilFormData, people, submissionOf, textOf } from '../../helpers/teams-world';

type Card = Record<string, unknown>;
interface Mention {
  type: string;
  text: string;
  mentioned: { id: string; name: string };
}

const council = { ...councilFormData, unitName: 'Solgården' };
const councilIds = new Set(Object.values(people).map((p) => p.id));
const mentionsOf = (card: Card | undefined): Mention[] => (card?.msteams as { entities?: Mention[] } | undefined)?.entities ?? [];
const answerActions = (card: Card | undefined) =>
  ((card?.actions ?? []) as { type: string; verb?: string; title: string; data?: Record<string, unknown> }[]).filter(
    (a) => a.verb === 'meeting.answer',
  );

describe('invitations that reach the people and take their answers (real server, loopback connector)', () => {
  let world: TeamsWorld;
  let meetingId: string;
  let invitationId: string;

  beforeEach(async () => {
    world = await new TeamsWorld().start();
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', council, people.anna, 'welcome-card'));
    await world.setClock('2026-11-22T09:00:00Z');
    await world.send(world.channelMessage('planera'));
    const form = cardOf(world.connector.posts.at(-1)?.body);
    await world.send(world.invoke('schedule.save', submissionOf(form, 'schedule.save'), people.anna, 'schedule-card'));
    const saved = (await findCouncilByChannel(world.app.db, TENANT, CHANNEL_ID))!;
    meetingId = (await listMeetings(world.app.db, TENANT, saved.id, 2027))[0]!.id;
    // The first meeting is on Tuesday 12 January 2027; its invitation goes out a month before, at 08:00.
    const { posted } = await world.setClock('2026-12-13T07:00:00Z');
    invitationId = posted.find((p) => p.kind === 'invitation' && p.meetingId === meetingId)!.activityId!;
  });
  afterEach(async () => {
    await world.stop();
  });

  const invitation = (): Card => cardOf(world.connector.posts.find((p) => textOf(cardOf(p.body)).startsWith('Kallelse: Kvalitetsråd'))?.body)!;
  const press = async (answer: string, from = people.bengt) => world.send(world.invoke('meeting.answer', { meetingId, answer }, from, invitationId));

  it('mentions every council person on the invitation, each <at> text matched by a real person, and offers three answers', () => {
    const card = invitation();
    const mentions = mentionsOf(card);
    expect(mentions.map((m) => m.mentioned.id).sort()).toEqual([...councilIds].sort());
    const body = textOf(card);
    for (const m of mentions) {
      expect(m.type).toBe('mention');
      expect(body).toContain(m.text);
      expect(m.text).toBe(`<at>${m.mentioned.name}</at>`);
    }
    expect(answerActions(card).map((a) => a.title)).toEqual(['Jag kommer', 'Jag deltar digitalt', 'Jag kan inte']);
    expect(body).toContain('0 kommer · 0 digitalt · 0 kan inte · 6 har inte svarat');
  });

  it('answers the presser at once with their answer marked, and keeps names from the staff view', async () => {
    const { body } = await press('coming');
    const card = cardOf(body);
    expect(textOf(card)).toContain('Ditt svar: Jag kommer');
    expect(textOf(card)).toContain('1 kommer · 0 digitalt · 0 kan inte · 5 har inte svarat');
    expect(answerActions(card).map((a) => a.title)).toContain('✓ Jag kommer');
    expect(textOf(card)).not.toContain('Har inte svarat');
    const manager = cardOf((await world.send(world.invoke('meeting.refresh', { meetingId }, people.anna, invitationId))).body);
    expect(textOf(manager)).toContain('Kommer\nBengt Karlsson');
    expect(textOf(manager)).toMatch(/Har inte svarat\n.*Cecilia Ek/);
  });

  it('gives ten answers in a few seconds one update of the shared card, with the right tally', async () => {
    const members = [people.anna, people.bengt, people.cecilia, people.david, people.elin, people.fatima];
    const answers = ['coming', 'coming', 'digital', 'declined', 'coming', 'digital', 'coming', 'digital', 'coming', 'declined'];
    await Promise.all(answers.map((answer, i) => press(answer, members[i % members.length])));
    const before = world.connector.updates.length;
    await world.setClock('2026-12-13T07:00:30Z');
    const updates = world.connector.updates.slice(before).filter((u) => u.activityId === invitationId);
    expect(updates.length).toBeGreaterThanOrEqual(1);
    expect(updates.length).toBeLessThanOrEqual(2);
    const stored = await listAnswers(world.app.db, TENANT, meetingId);
    expect(stored).toHaveLength(6);
    const tally = (kind: string) => stored.filter((a) => a.answer === kind).length;
    expect(textOf(cardOf(updates.at(-1)!.body))).toContain(
      `${tally('coming')} kommer · ${tally('digital')} digitalt · ${tally('declined')} kan inte · 0 har inte svarat`,
    );
  });

  it('changes nothing when the same answer is pressed again or Teams delivers the press twice', async () => {
    await press('digital');
    const before = world.connector.updates.length;
    await world.setClock('2026-12-13T07:00:30Z');
    expect(world.connector.updates.length - before).toBe(1);
    await press('digital');
    await world.setClock('2026-12-13T07:01:30Z');
    expect(world.connector.updates.length - before).toBe(1);
  });

  it('refuses an answer that is not one of the three, and one for a meeting that has started, in Swedish', async () => {
    const bad = await press('maybe');
    expect((bad.body as { statusCode: number }).statusCode).toBe(400);
    await world.setClock('2027-01-12T12:00:00Z');
    const late = await press('coming');
    expect((late.body as { statusCode: number; value: { message: string } }).value.message).toBe(
      'Träffen har redan börjat, så svaret kan inte ändras längre.',
    );
    expect(await listAnswers(world.app.db, TENANT, meetingId)).toEqual([]);
  });

  it('mentions the council on the agenda and the day-before reminder', async () => {
    await world.setClock('2027-01-05T07:00:00Z');
    const agenda = world.connector.posts.map((p) => cardOf(p.body)).find((c) => textOf(c).includes('Dagordning'));
    expect(
      mentionsOf(agenda)
        .map((m) => m.mentioned.id)
        .sort(),
    ).toEqual([...councilIds].sort());
    await world.setClock('2027-01-11T07:00:00Z');
    const reminder = world.connector.posts
      .map((p) => p.body as { text?: string; entities?: Mention[] })
      .find((b) => b.text?.startsWith('Påminnelse'))!;
    expect(reminder.entities?.map((e) => e.mentioned.id).sort()).toEqual([...councilIds].sort());
    for (const e of reminder.entities ?? []) expect(reminder.text).toContain(e.text);
  });

  it('reminds the right people personally the day before, exactly once across a restart, and shows who could not be reached', async () => {
    await press('coming', people.bengt);
    await press('declined', people.david);
    await world.send(world.invoke('reminders.set', { meetingId, on: 'false' }, people.elin, 'reminder-card'));
    world.connector.unreachable.add(people.fatima.id);
    await world.setClock('2027-01-11T07:00:30Z');
    const reached = (p: { id: string }) =>
      world.connector
        .personalPosts(p.id)
        .map((c) => textOf(cardOf(c.body)))
        .filter((t) => t.includes('träffas i morgon'));
    expect(reached(people.bengt)).toHaveLength(1);
    expect(reached(people.bengt)[0]).toContain('Du har svarat att du kommer.');
    expect(reached(people.cecilia)[0]).toContain('Du har inte svarat på kallelsen än.');
    expect(reached(people.anna)).toHaveLength(1);
    expect(reached(people.david)).toEqual([]);
    expect(reached(people.elin)).toEqual([]);
    expect(reached(people.fatima)).toEqual([]);
    const manager = cardOf((await world.send(world.invoke('meeting.refresh', { meetingId }, people.anna, invitationId))).body);
    expect(textOf(manager)).toContain('Nås inte i personlig chatt\nFatima Ali');

    await world.restart();
    await world.setClock('2027-01-11T09:00:00Z');
    expect(reached(people.bengt)).toHaveLength(1);
    expect(reached(people.cecilia)).toHaveLength(1);
  });

  it('lets a person turn personal reminders off from the reminder itself, and only their own', async () => {
    const { body } = await world.send(world.invoke('reminders.set', { meetingId, on: 'false' }, people.cecilia, 'reminder-card'));
    expect(textOf(cardOf(body))).toContain('Personliga påminnelser är avstängda.');
    expect(textOf(cardOf(body))).toContain('Slå på personliga påminnelser');
    await world.setClock('2027-01-11T07:00:30Z');
    const reached = (p: { id: string }) => world.connector.personalPosts(p.id).filter((c) => textOf(cardOf(c.body)).includes('träffas i morgon'));
    expect(reached(people.cecilia)).toHaveLength(0);
    expect(reached(people.bengt)).toHaveLength(1);
  });

  it("mentions the council's managers, and only them, on a new proposal's card", async () => {
    await world.send(world.channelMessage('förslag Fler sittplatser i trädgården så att de boende kan vara ute längre', people.bengt));
    await world.setClock('2026-12-13T07:01:00Z');
    const card = world.connector.posts.map((p) => cardOf(p.body)).find((c) => textOf(c).includes('Fler sittplatser'));
    expect(mentionsOf(card).map((m) => m.mentioned.id)).toEqual([people.anna.id]);
    expect(textOf(card)).toContain('Till: <at>Anna Lindqvist</at>');
  });
});
