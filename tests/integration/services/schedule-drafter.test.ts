import type { Council } from '../../../bot/src/domain/council';
import { ForbiddenError, ValidationError } from '../../../bot/src/domain/errors';
import type { Actor } from '../../../bot/src/domain/policies';
import type { MeetingSlot } from '../../../bot/src/domain/schedule';
import { draftSchedule } from '../../../bot/src/services/schedule-drafter';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { buildActor, createCouncil, createMeeting, createSchedule } from '../../helpers/factories';

describe.each(drivers)('drafting the year’s schedule (schedule-drafter) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const clock = new ManualClock('2026-11-22T10:00:00Z');
  beforeEach(() => clock.set('2026-11-22T10:00:00Z'));
  const draft = (actor: Actor, council: Council, options: { year?: number; slot?: MeetingSlot } = {}) =>
    draftSchedule({ db: t.db, clock, actor, council, ...options });

  it('refuses a member who is not a manager', async () => {
    const council = await createCouncil(t.db);
    await expect(draft(buildActor(council.members[0]), council)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('plans only this year or the next, naming both', async () => {
    const council = await createCouncil(t.db);
    const refused = await draft(buildActor(council.managers[0]), council, { year: 2028 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused).toMatchObject({ field: 'year', params: { thisYear: 2026, nextYear: 2027 } });
  });

  it('proposes at least eight Tuesday meetings of next year, away from July, when late November leaves too few this year', async () => {
    const council = await createCouncil(t.db);
    const view = await draft(buildActor(council.managers[0]), council);
    expect(view).toMatchObject({ year: 2027, proposed: true, schedule: undefined, held: [], invitationLeadDays: 30, deadlinePassed: false });
    expect(view.rows.length).toBeGreaterThanOrEqual(8);
    for (const row of view.rows) {
      expect(new Date(`${row.date}T12:00:00Z`).getUTCDay()).toBe(2);
      expect(row).toMatchObject({ start: '13:00', end: '14:30', online: true });
      expect(row.date.slice(5, 7)).not.toBe('07');
    }
  });

  it('proposes next year at the slot and invitation lead the council saved last year', async () => {
    const council = await createCouncil(t.db);
    await createSchedule(t.db, { council, year: 2026, slot: { weekday: 4, start: '09:00', end: '10:00' }, invitationLeadDays: 21 });
    const view = await draft(buildActor(council.managers[0]), council, { year: 2027 });
    expect(view).toMatchObject({ proposed: true, invitationLeadDays: 21, slot: { weekday: 4, start: '09:00' } });
    expect(view.rows.every((row) => new Date(`${row.date}T12:00:00Z`).getUTCDay() === 4 && row.start === '09:00')).toBe(true);
  });

  it('shows a saved year as held meetings and editable upcoming ones, leaving out cancelled ones and other units’', async () => {
    clock.set('2027-02-01T10:00:00Z');
    const council = await createCouncil(t.db);
    await createSchedule(t.db, { council });
    const held = await createMeeting(t.db, { council });
    const upcoming = await createMeeting(t.db, { council, startsAt: new Date('2027-02-16T12:00:00Z'), place: 'Biblioteket' });
    await createMeeting(t.db, { council, startsAt: new Date('2027-03-16T12:00:00Z'), status: 'cancelled', revision: 2 });
    await createMeeting(t.db, { startsAt: new Date('2027-04-13T12:00:00Z') });
    const view = await draft(buildActor(council.managers[0]), council, { year: 2027 });
    expect(view).toMatchObject({ proposed: false, schedule: { version: 1 }, deadlinePassed: true });
    expect(view.held.map((m) => m.id)).toEqual([held.id]);
    expect(view.rows).toEqual([
      { id: upcoming.id, date: '2027-02-16', start: '13:00', end: '14:30', place: 'Biblioteket', online: true, removed: false },
    ]);
  });
});
