import { ForbiddenError } from '../../../bot/src/domain/errors';
import { setAreaHeads } from '../../../bot/src/services/area-heads-setter';
import { listAreaHeads } from '../../../bot/src/store/area-repository';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('setAreaHeads on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const head = () => ({ aadObjectId: w.member.aadObjectId, name: w.member.name });

  it("refuses everyone but the tenant's app admins and names no one", async () => {
    await expect(
      setAreaHeads({ db: w.db, clock: w.clock, actor: w.manager, adminIds: [], area: w.council.area, heads: [head()] }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listAreaHeads(w.db, w.council.tenantId)).toEqual([]);
  });

  it("names heads in the admin's own tenant only", async () => {
    await setAreaHeads({
      db: w.db,
      clock: w.clock,
      actor: w.foreign,
      adminIds: [w.foreign.aadObjectId.toLowerCase()],
      area: w.council.area,
      heads: [head()],
    });
    expect(await listAreaHeads(w.db, w.council.tenantId)).toEqual([]);
  });

  it("replaces the area's heads (the same person twice counts once) and returns them all", async () => {
    const adminIds = [w.manager.aadObjectId.toLowerCase()];
    const heads = await setAreaHeads({ db: w.db, clock: w.clock, actor: w.manager, adminIds, area: w.council.area, heads: [head(), head()] });
    expect(heads).toEqual([{ area: w.council.area, ...head() }]);
    expect(await listAreaHeads(w.db, w.council.tenantId)).toEqual(heads);
  });
});
