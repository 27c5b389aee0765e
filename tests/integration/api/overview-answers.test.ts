import { randomUUID } from 'node:crypto';
import { OverviewResponseSchema } from '../../../bot/src/contract/follow-up';
import type { Council, Person } from '../../../bot/src/domain/council';
import type { AttendanceAnswer } from '../../../bot/src/domain/vocabulary';
import { recordReachFailure, saveAnswer } from '../../../bot/src/store/attendance-repository';
import { contract } from '../../helpers/contract';
import { drivers, type Driver } from '../../helpers/databases';
import { buildPerson, createCouncil, createMeeting, OTHER_TENANT } from '../../helpers/factories';
import { TabWorld } from '../../helpers/tab-world';

/** A guest of the team (another profession invited for a work), not on the council. */
const guest = buildPerson({ name: 'Hanna Sjuksköterska' });
const staff = { aadObjectId: randomUUID(), name: 'Gustav Berg' };

describe.each(drivers)("the overview's next meeting on %s: counts for everyone, names for managers only", (driver: Driver) => {
  const tab = new TabWorld();
  let council: Council;
  let everyName: string[];
  const manager = () => council.managers[0]!;
  const member = (name: string) => council.members.find((m) => m.name === name)!;
  const overview = async (person: { aadObjectId: string; name: string }, changes?: Record<string, unknown>) =>
    tab.call('GET', `/api/councils/${council.id}/overview?year=2027`, await tab.token(person, changes));

  beforeAll(async () => {
    await tab.start(driver);
    await tab.world.setClock('2027-03-10T09:00:00+01:00');
    const db = tab.world.app.db;
    council = await createCouncil(db);
    // Held already, with an answer: only the next meeting's answers count.
    const held = await createMeeting(db, { council, startsAt: new Date('2027-02-16T12:00:00Z') });
    // Moved: from 16 March to 23 March; an answer for the 16th awaits confirmation.
    const next = await createMeeting(db, { council, startsAt: new Date('2027-03-23T12:00:00Z') });
    const answer = async (meetingId: string, person: Person, a: AttendanceAnswer, givenForStartsAt: Date) =>
      saveAnswer(db, council.tenantId, { meetingId, person, answer: a, givenForStartsAt, answeredAt: new Date('2027-03-01T08:00:00Z') });
    await answer(held.id, member('Fatima Ali'), 'coming', held.startsAt);
    await answer(next.id, member('Bengt Karlsson'), 'coming', next.startsAt);
    await answer(next.id, guest, 'coming', next.startsAt);
    await answer(next.id, member('Cecilia Ek'), 'digital', next.startsAt);
    await answer(next.id, member('David Nilsson'), 'declined', next.startsAt);
    await answer(next.id, member('Elin Svensson'), 'coming', new Date('2027-03-16T12:00:00Z'));
    await recordReachFailure(db, council.tenantId, council.id, {
      aadObjectId: member('Fatima Ali').aadObjectId,
      name: 'Fatima Ali',
      reason: 'ConversationBlockedByUser',
      failedAt: new Date('2027-03-01T08:00:00Z'),
    });
    everyName = [...council.managers, ...council.members, guest].map((p) => p.name);
  });
  afterAll(() => tab.stop());

  const tally = { coming: 2, digital: 1, declined: 1, unanswered: 3, guests: 1, toConfirm: 1 };

  it.each([
    ['a staff member of the unit', () => staff],
    ['a council member', () => member('Bengt Karlsson')],
  ])('gives %s the counts and no name at all, not even in a field the tab would hide', async (_who, person) => {
    const { status, body } = await overview(person());
    expect(status).toBe(200);
    const next = contract(OverviewResponseSchema, body).nextMeeting;
    expect(next?.answers).toEqual(tally);
    expect(next?.answers).not.toHaveProperty('names');
    expect(next?.answers).not.toHaveProperty('unreachable');
    const json = JSON.stringify(body);
    for (const name of everyName) expect(json).not.toContain(name);
  });

  it('gives a manager who answered what, who has not (each list by name), and who cannot be reached', async () => {
    const { status, body } = await overview(manager());
    expect(status).toBe(200);
    const next = contract(OverviewResponseSchema, body).nextMeeting;
    expect(next).toMatchObject({ startsAt: '2027-03-23T12:00:00.000Z' });
    expect(next?.answers).toEqual({
      ...tally,
      names: {
        coming: ['Bengt Karlsson', 'Hanna Sjuksköterska'],
        digital: ['Cecilia Ek'],
        declined: ['David Nilsson'],
        // Elin answered for the earlier time only: she has not answered for the meeting as it is now.
        unanswered: ['Anna Lindqvist', 'Elin Svensson', 'Fatima Ali'],
        toConfirm: ['Elin Svensson'],
      },
      unreachable: ['Fatima Ali'],
    });
  });

  it('answers someone of another tenant 404, as if the council did not exist, and shows them nothing', async () => {
    const stranger = { aadObjectId: manager().aadObjectId, name: 'Främling' };
    const { status, body } = await overview(stranger, { tid: OTHER_TENANT, iss: `${tab.entra.url}/${OTHER_TENANT}/v2.0` });
    expect({ status, body }).toEqual({ status: 404, body: { code: 'NotFound', message: 'Kvalitetsrådet finns inte. Ladda om fliken.' } });
  });
});
