import { NotFoundError } from '../../../bot/src/domain/errors';
import { readFollowUp } from '../../../bot/src/services/follow-up-reader';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';
import { matches } from '../../helpers/matchers';

describe.each(drivers)('readFollowUp on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const read = (actor: FollowUpWorld['manager'], councilId = w.council.id) =>
    readFollowUp({ db: w.db, clock: w.clock, actor, councilId, year: 2027, reportingWorkday: 5 });

  it('lets staff of the unit read, without the right to change anything', async () => {
    expect((await read(w.staff)).permissions).toEqual({ manage: false, contribute: false });
  });

  it("does not find another tenant's council", async () => {
    await expect(read(w.foreign)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the year's works with their missing months, as domain values", async () => {
    const followUp = await read(w.manager);
    expect(followUp.council.id).toBe(w.council.id);
    expect(followUp.permissions).toEqual({ manage: true, contribute: true });
    expect(followUp.today).toBe('2027-03-10');
    expect(followUp.years).toContain(2027);
    expect(followUp.subAssignments).toEqual([
      expect.objectContaining({
        work: matches.objectContaining({ id: w.work.id }),
        activities: { done: 0, total: 0 },
        missingMonths: ['2027-01', '2027-02', '2027-03'],
      }),
    ]);
  });
});
