import { openMinutes } from '../../../bot/src/services/minutes-opener';
import { findMinutesVersion } from '../../../bot/src/store/minutes-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { createCouncil, createMeeting, createMinutes } from '../../helpers/factories';

// 19 January 2027, 13:05 in Stockholm: the default meeting of the factories has just started.
const clock = new ManualClock('2027-01-19T12:05:00Z');

describe.each(drivers)('opening the minutes (minutes-opener) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  // Anyone who reaches the channel may open the minutes (docs/domain.md#minutes): there is no refusal to test.

  it('opens empty minutes of today’s planned meeting, held at its start, and names who opened them', async () => {
    const council = await createCouncil(t.db);
    const meeting = await createMeeting(t.db, { council });
    const minutes = await openMinutes({ db: t.db, clock, council, byName: 'Bengt Karlsson' });
    expect(minutes).toMatchObject({ meetingId: meeting.id, heldAt: meeting.startsAt, status: 'draft', version: 1 });
    expect(Object.values(minutes.content.fields).every((text) => text === '')).toBe(true);
    expect(await findMinutesVersion(t.db, council.tenantId, minutes.id, 1)).toMatchObject({ kind: 'opened', byName: 'Bengt Karlsson' });
  });

  it('gives back the minutes already written for the meeting instead of opening new ones', async () => {
    const council = await createCouncil(t.db);
    const meeting = await createMeeting(t.db, { council });
    const written = await createMinutes(t.db, { council, meeting, status: 'approved' });
    const opened = await openMinutes({ db: t.db, clock, council, byName: 'Cecilia Ek' });
    expect(opened).toMatchObject({ id: written.id, status: 'approved', version: 3 });
    expect(opened.content.fields.decisions).toBe('Fasta fikatider provas från februari.');
  });

  it('opens minutes of an extra meeting held now on a day whose planned meeting was cancelled', async () => {
    const council = await createCouncil(t.db);
    await createMeeting(t.db, { council, status: 'cancelled', revision: 2 });
    await createMeeting(t.db, { council, startsAt: new Date('2027-02-16T12:00:00Z') });
    const minutes = await openMinutes({ db: t.db, clock, council, byName: 'Anna Lindqvist' });
    expect(minutes).toMatchObject({ meetingId: undefined, heldAt: clock.now(), status: 'draft' });
  });

  it('opens the meeting the start post names, however many open it at once', async () => {
    const council = await createCouncil(t.db);
    const meeting = await createMeeting(t.db, { council, startsAt: new Date('2027-02-16T12:00:00Z') });
    const opened = await Promise.all(Array.from({ length: 4 }, () => openMinutes({ db: t.db, clock, council, meeting, byName: 'Kvalitetsråd' })));
    expect(new Set(opened.map((m) => m.id)).size).toBe(1);
    expect(opened[0]).toMatchObject({ meetingId: meeting.id, heldAt: new Date('2027-02-16T12:00:00Z') });
  });
});
