import { randomUUID } from 'node:crypto';
import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { listLatestAssessments } from '../../../bot/src/store/follow-up-repository';
import { insertSubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TeamsWorld, cardOf, councilFormData, people, submissionOf, textOf } from '../../helpers/teams-world';

describe('the monthly status assessment card on the reporting day (real server, loopback connector, dev clock)', () => {
  let world: TeamsWorld;
  let councilId: string;
  const workId = randomUUID();

  beforeAll(async () => {
    world = await new TeamsWorld().start();
    await world.setClock('2027-02-20T09:00:00+01:00');
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    councilId = (await findCouncilByChannel(world.app.db, TENANT, CHANNEL_ID))!.id;
    await insertSubAssignment(world.app.db, {
      id: workId,
      tenantId: TENANT,
      councilId,
      year: 2027,
      kind: 'improvement',
      name: 'Lugnare måltider',
      purpose: '',
      startsOn: '2027-01-10',
      status: 'ongoing',
      createdAt: new Date('2027-01-10T10:00:00Z'),
    });
  });
  afterAll(() => world.stop());

  const stored = async () => listLatestAssessments(world.app.db, TENANT, councilId, 2027, 'subAssignment');
  let cardId: string;
  let card: Record<string, unknown>;

  it("posts the card at 08:00 on March's 5th working day (Friday 5 March), not before, and once", async () => {
    expect((await world.setClock('2027-03-04T16:00:00+01:00')).posted.filter((p) => p.kind === 'assessment-reminder')).toEqual([]);
    const { posted } = await world.setClock('2027-03-05T08:05:00+01:00');
    const sent = posted.filter((p) => p.kind === 'assessment-reminder');
    expect(sent).toEqual([expect.objectContaining({ outcome: 'sent' })]);
    const post = world.connector.posts.at(-1)!;
    expect(post.conversationId).toBe(CHANNEL_ID);
    card = cardOf(post.body)!;
    cardId = sent[0]!.activityId!;
    const text = textOf(card);
    expect(text).toContain('Lägesbedömning mars 2027');
    expect(text).toContain('Kvalitetsråd');
    expect(text).toContain('Lugnare måltider');
    expect((await world.setClock('2027-03-08T09:00:00+01:00')).posted.filter((p) => p.kind === 'assessment-reminder')).toEqual([]);
  });

  it('tells a staff member that the manager saves it, and keeps what they chose', async () => {
    const data = submissionOf(card, 'followUp.assess', { [`status.${workId}`]: 'on_track' });
    const { body } = await world.send(world.invoke('followUp.assess', data, people.bengt, cardId));
    const answer = textOf(cardOf(body));
    expect(answer).toContain('Bara rådets enhetschefer');
    expect(JSON.stringify(cardOf(body))).toContain('"value":"on_track"');
    expect((await stored()).size).toBe(0);
  });

  it('refuses a comment without a status and a personnummer, naming the row, and saves nothing', async () => {
    const noStatus = submissionOf(card, 'followUp.assess', { [`comment.${workId}`]: 'Dukningen prövas.' });
    expect(textOf(cardOf((await world.send(world.invoke('followUp.assess', noStatus, people.anna, cardId))).body))).toContain(
      'Välj en status till kommentaren för ”Lugnare måltider”',
    );
    const pnr = submissionOf(card, 'followUp.assess', { [`status.${workId}`]: 'partly', [`comment.${workId}`]: 'Gäller 19121212-1212' });
    const refused = textOf(cardOf((await world.send(world.invoke('followUp.assess', pnr, people.anna, cardId))).body));
    expect(refused).toContain('”Lugnare måltider” innehåller ett personnummer');
    expect((await stored()).size).toBe(0);
  });

  it("saves the manager's statuses in one go, shows everyone what was recorded, and saves a repeated delivery once", async () => {
    const data = submissionOf(card, 'followUp.assess', {
      [`status.${councilId}`]: 'on_track',
      [`status.${workId}`]: 'partly',
      [`comment.${workId}`]: 'Dukningen prövas från vecka 11.',
    });
    const activity = world.invoke('followUp.assess', data, people.anna, cardId);
    const { body } = await world.send(activity);
    const saved = textOf(cardOf(body));
    expect(saved).toContain('Sparad av Anna Lindqvist');
    expect(saved).toContain('🟡 Delvis enligt plan – Dukningen prövas från vecka 11.');
    expect(world.connector.updates.at(-1)?.activityId).toBe(cardId);
    const updates = world.connector.updates.length;

    expect((await world.send(activity)).status).toBe(200);
    expect(world.connector.updates.length).toBe(updates);
    const latest = await stored();
    expect(latest.get(workId)?.latest).toMatchObject({
      month: '2027-03',
      status: 'partly',
      comment: 'Dukningen prövas från vecka 11.',
      assessedBy: { name: 'Anna Lindqvist' },
    });
    expect((await listLatestAssessments(world.app.db, TENANT, councilId, 2027, 'assignment')).get(councilId)?.latest.status).toBe('on_track');
  });
});

describe('a reporting day the organisation chose (REPORTING_WORKDAY=1)', () => {
  let world: TeamsWorld;
  afterAll(() => world.stop());

  it("posts the card on the month's first working day instead", async () => {
    world = await new TeamsWorld().start({ REPORTING_WORKDAY: '1' });
    await world.setClock('2027-02-20T09:00:00+01:00');
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    const councilId = (await findCouncilByChannel(world.app.db, TENANT, CHANNEL_ID))!.id;
    await insertSubAssignment(world.app.db, {
      id: randomUUID(),
      tenantId: TENANT,
      councilId,
      year: 2027,
      kind: 'improvement',
      name: 'Lugnare måltider',
      purpose: '',
      startsOn: '2027-01-10',
      status: 'ongoing',
      createdAt: new Date('2027-01-10T10:00:00Z'),
    });
    // February's (due Monday 1 February) comes late, the work being new; March's on Monday 1 March at 08:00.
    expect((await world.setClock('2027-02-28T09:00:00+01:00')).posted.filter((p) => p.kind === 'assessment-reminder')).toHaveLength(1);
    expect((await world.setClock('2027-03-01T07:55:00+01:00')).posted.filter((p) => p.kind === 'assessment-reminder')).toEqual([]);
    const monday = await world.setClock('2027-03-01T08:10:00+01:00');
    expect(monday.posted.filter((p) => p.kind === 'assessment-reminder')).toEqual([expect.objectContaining({ outcome: 'sent' })]);
    expect(textOf(cardOf(world.connector.posts.at(-1)!.body))).toContain('Lägesbedömning mars 2027');
  });
});
