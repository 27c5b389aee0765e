import { ForbiddenError } from '../../../bot/src/domain/errors';
import { readGoodExamples } from '../../../bot/src/services/good-examples-reader';
import { setGoodExample } from '../../../bot/src/store/area-repository';
import { drivers } from '../../helpers/databases';
import { addWork, completeWork, nameAreaHead, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('readGoodExamples on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());

  it('refuses someone who heads no area', async () => {
    await expect(readGoodExamples({ db: w.db, actor: w.manager, year: 2027 })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("shows another tenant's head of the same area none of our works", async () => {
    await completeWork(w, w.work);
    await nameAreaHead({ db: w.db, council: w.foreignCouncil }, w.foreign);
    expect((await readGoodExamples({ db: w.db, actor: w.foreign, year: 2027 })).works).toEqual([]);
  });

  it("lists the year's completed works of the head's areas, or only the chosen ones", async () => {
    await nameAreaHead(w, w.staff);
    const other = await completeWork(w, await addWork(w, { name: 'Mer utevistelse' }));
    await setGoodExample(w.db, {
      tenantId: w.council.tenantId,
      subAssignmentId: other.id,
      year: 2027,
      chosen: true,
      byName: w.staff.name,
      at: w.clock.now(),
    });
    const all = await readGoodExamples({ db: w.db, actor: w.staff, year: 2027 });
    expect(all.areas).toEqual([w.council.area]);
    expect(all.works.map((x) => [x.name, x.chosen]).sort()).toEqual([
      ['Lugnare måltider', false],
      ['Mer utevistelse', true],
    ]);
    expect((await readGoodExamples({ db: w.db, actor: w.staff, year: 2027, chosenOnly: true })).works.map((x) => x.name)).toEqual([
      'Mer utevistelse',
    ]);
  });
});
