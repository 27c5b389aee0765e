import type { MeetingAnswer } from '../../../bot/src/domain/attendance';
import {
  clearReachFailure,
  listAnswers,
  listReachFailures,
  personalRemindersOff,
  recordReachFailure,
  saveAnswer,
  setPersonalReminders,
} from '../../../bot/src/store/attendance-repository';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { createCouncil, createMeeting, OTHER_TENANT } from '../../helpers/factories';

const at = new Date('2027-01-02T09:00:00Z');

describe.each(drivers)('answers and personal reach on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('keeps one answer per person and meeting, the latest, and says whether it changed', async () => {
    const council = await createCouncil(t.db);
    const meeting = await createMeeting(t.db, { council });
    const [bengt] = council.members;
    const answer = (value: MeetingAnswer['answer'], answeredAt: Date): MeetingAnswer => ({
      meetingId: meeting.id,
      person: bengt!,
      answer: value,
      givenForStartsAt: meeting.startsAt,
      answeredAt,
    });
    expect(await saveAnswer(t.db, council.tenantId, answer('coming', at))).toBe(true);
    expect(await saveAnswer(t.db, council.tenantId, answer('coming', new Date('2027-01-02T09:01:00Z')))).toBe(false);
    expect(await saveAnswer(t.db, council.tenantId, answer('digital', new Date('2027-01-03T09:00:00Z')))).toBe(true);
    const answers = await listAnswers(t.db, council.tenantId, meeting.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ answer: 'digital', person: { name: bengt!.name } });
    expect(await listAnswers(t.db, OTHER_TENANT, meeting.id)).toEqual([]);
  });

  it('remembers who turned personal reminders off, and on again', async () => {
    const council = await createCouncil(t.db);
    const [bengt, cecilia] = council.members.map((p) => p.aadObjectId);
    await setPersonalReminders(t.db, council.tenantId, bengt!, false, at);
    await setPersonalReminders(t.db, council.tenantId, cecilia!, false, at);
    await setPersonalReminders(t.db, council.tenantId, cecilia!, true, at);
    expect([...(await personalRemindersOff(t.db, council.tenantId, [bengt!, cecilia!]))]).toEqual([bengt]);
    expect((await personalRemindersOff(t.db, OTHER_TENANT, [bengt!])).size).toBe(0);
  });

  it('lists who could not be reached personally until they are reached again', async () => {
    const council = await createCouncil(t.db);
    const [bengt] = council.members;
    await recordReachFailure(t.db, council.tenantId, council.id, {
      aadObjectId: bengt!.aadObjectId,
      name: bengt!.name,
      reason: 'forbidden',
      failedAt: at,
    });
    expect((await listReachFailures(t.db, council.tenantId, council.id)).map((f) => [f.name, f.reason])).toEqual([[bengt!.name, 'forbidden']]);
    await clearReachFailure(t.db, council.tenantId, council.id, bengt!.aadObjectId);
    expect(await listReachFailures(t.db, council.tenantId, council.id)).toEqual([]);
  });
});
