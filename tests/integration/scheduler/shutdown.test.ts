import { findCouncilByChannel } from '../../../bot/src/store/council-repository';
import { listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { TENANT } from '../../helpers/factories';
import { CHANNEL_ID, TeamsWorld, cardOf, councilFormData, people, submissionOf } from '../../helpers/teams-world';
import { textOfCall } from '../../helpers/loopback-connector';

describe('shutting down (SIGTERM) while Teams is slow to answer', () => {
  let world: TeamsWorld;
  beforeAll(async () => {
    world = await new TeamsWorld().start();
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    await world.setClock('2026-11-22T09:00:00Z');
    const before = world.connector.posts.length;
    await world.send(world.channelMessage('planera 2027'));
    const form = cardOf(world.connector.posts[before]?.body)!;
    await world.send(world.invoke('schedule.save', submissionOf(form, 'schedule.save'), people.anna, 'schedule-card'));
  });
  afterAll(() => world.stop());

  const invitations = () => world.connector.posts.filter((p) => JSON.stringify(p.body ?? {}).includes('Kallelse: Kvalitetsråd'));

  it('finishes the send in flight, hands the other claimed posts back, and after a restart posts each exactly once', async () => {
    let answer!: () => void;
    world.connector.hold = new Promise((resolve) => {
      answer = resolve;
    });
    // On the morning of 11 January, the day before the first meeting, its invitation, agenda and
    // reminder and January's assessment card are all due: one council, so one lane, one after the
    // other. The first, the invitation, is held by a slow Teams.
    const clock = world.setClock('2027-01-11T08:30:00+01:00').catch(() => undefined);
    while (world.connector.held === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    const restarting = world.restart(); // what SIGTERM does: app.stop(), then a new instance on the same store
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(invitations()).toHaveLength(0); // still waiting for Teams: nothing was cut off
    world.connector.hold = undefined;
    answer();
    await restarting;
    await clock;
    expect(invitations()).toHaveLength(1);

    // Handed back rather than left leased for a minute, the attempt the old instance never made not
    // counted: the new instance takes them at once, each made once.
    const council = (await findCouncilByChannel(world.app.db, TENANT, CHANNEL_ID))!;
    const dueBy = async () =>
      (await listCouncilPosts(world.app.db, TENANT, council.id))
        .filter((p) => p.dueAt <= new Date('2027-01-11T07:30:00Z'))
        .map((p) => `${p.kind} ${p.status} ${p.attempts}`)
        .sort();
    expect(await dueBy()).toEqual(['agenda pending 0', 'assessment-reminder pending 0', 'invitation sent 1', 'reminder pending 0']);
    await world.setClock('2027-01-11T08:30:30+01:00');
    expect(await dueBy()).toEqual(['agenda sent 1', 'assessment-reminder sent 1', 'invitation sent 1', 'reminder sent 1']);
    expect(invitations()).toHaveLength(1);
    expect(world.connector.posts.filter((p) => textOfCall(p).includes('i morgon'))).toHaveLength(1);
  });
});
