import { ConflictError, ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { chooseGoodExample } from '../../../bot/src/services/good-example-chooser';
import { listCompletedWorks } from '../../../bot/src/store/area-repository';
import { drivers } from '../../helpers/databases';
import { addWork, completeWork, nameAreaHead, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('chooseGoodExample on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
    await completeWork(w, w.work);
  });
  afterAll(() => w.drop());
  const chosen = async () =>
    (await listCompletedWorks(w.db, w.council.tenantId, [w.council.area], 2027, { chosenOnly: true })).map((x) => x.subAssignmentId);

  it("refuses the unit's manager, who heads no area, and chooses nothing", async () => {
    await expect(chooseGoodExample({ db: w.db, clock: w.clock, actor: w.manager, subAssignmentId: w.work.id, chosen: true })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await chosen()).toEqual([]);
  });

  it("does not find another tenant's work", async () => {
    await expect(chooseGoodExample({ db: w.db, clock: w.clock, actor: w.foreign, subAssignmentId: w.work.id, chosen: true })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('lets the area head choose a completed work, and refuses an ongoing one', async () => {
    await nameAreaHead(w, w.staff);
    const ongoing = await addWork(w);
    await expect(chooseGoodExample({ db: w.db, clock: w.clock, actor: w.staff, subAssignmentId: ongoing.id, chosen: true })).rejects.toBeInstanceOf(
      ConflictError,
    );
    const work = await chooseGoodExample({ db: w.db, clock: w.clock, actor: w.staff, subAssignmentId: w.work.id, chosen: true });
    expect(work.id).toBe(w.work.id);
    expect(await chosen()).toEqual([w.work.id]);
  });
});
