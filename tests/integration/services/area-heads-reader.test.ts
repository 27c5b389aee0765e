import { ForbiddenError } from '../../../bot/src/domain/errors';
import { readAreaHeads } from '../../../bot/src/services/area-heads-reader';
import { drivers } from '../../helpers/databases';
import { nameAreaHead, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('readAreaHeads on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());

  it("refuses everyone but the tenant's app admins", async () => {
    await expect(readAreaHeads({ db: w.db, actor: w.manager, adminIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('shows an admin of another tenant none of ours, even when named by the same id', async () => {
    await nameAreaHead(w, w.member);
    await expect(readAreaHeads({ db: w.db, actor: w.foreign, adminIds: [w.manager.aadObjectId.toLowerCase()] })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await readAreaHeads({ db: w.db, actor: w.foreign, adminIds: [w.foreign.aadObjectId.toLowerCase()] })).toEqual([]);
  });

  it("lists the tenant's area heads for its admin", async () => {
    expect(await readAreaHeads({ db: w.db, actor: w.manager, adminIds: [w.manager.aadObjectId.toLowerCase()] })).toEqual([
      { area: w.council.area, aadObjectId: w.member.aadObjectId, name: w.member.name },
    ]);
  });
});
