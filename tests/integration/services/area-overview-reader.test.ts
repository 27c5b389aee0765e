import { ForbiddenError } from '../../../bot/src/domain/errors';
import { readAreaOverview } from '../../../bot/src/services/area-overview-reader';
import { drivers } from '../../helpers/databases';
import { nameAreaHead, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('readAreaOverview on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const read = (actor: FollowUpWorld['manager'], adminIds: string[] = []) =>
    readAreaOverview({ db: w.db, clock: w.clock, actor, year: 2027, adminIds, reportingWorkday: 5 });

  it('refuses someone who heads no area and is no admin; an admin sees an empty table', async () => {
    await expect(read(w.manager)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await read(w.staff, [w.staff.aadObjectId.toLowerCase()])).toEqual({ year: 2027, areas: [], admin: true, units: [] });
  });

  it("shows another tenant's head of the same area none of our units", async () => {
    await nameAreaHead({ db: w.db, council: w.foreignCouncil }, w.foreign);
    const theirs = await read(w.foreign);
    expect(theirs.units.map((u) => u.councilId)).toEqual([w.foreignCouncil.id]);
  });

  it('shows the area head every unit of their area in figures', async () => {
    await nameAreaHead(w, w.staff);
    const overview = await read(w.staff);
    expect(overview).toMatchObject({ areas: [w.council.area], admin: false });
    expect(overview.units).toEqual([
      expect.objectContaining({
        councilId: w.council.id,
        scheduleInPlace: false,
        monthsDue: 3,
        monthsAssessed: 0,
        worksOngoing: 1,
        worksCompleted: 0,
      }),
    ]);
  });
});
