import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { changeActivity } from '../../../bot/src/services/activity-changer';
import { findActivity } from '../../../bot/src/store/follow-up-repository';
import { drivers } from '../../helpers/databases';
import { addActivityTo, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('changeActivity on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());

  it('refuses a member who is not responsible for the activity and writes nothing', async () => {
    const activity = await addActivityTo(w, w.work);
    await expect(
      changeActivity({ db: w.db, clock: w.clock, actor: w.member, id: activity.id, change: { version: 1, done: true } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await findActivity(w.db, w.council.tenantId, activity.id))?.doneAt).toBeUndefined();
  });

  it("does not find another tenant's activity", async () => {
    const activity = await addActivityTo(w, w.work);
    await expect(
      changeActivity({ db: w.db, clock: w.clock, actor: w.foreign, id: activity.id, change: { version: 1, done: true } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets the member responsible mark it done, and returns it with its work', async () => {
    const activity = await addActivityTo(w, w.work, { responsible: { aadObjectId: w.member.aadObjectId, name: w.member.name } });
    const changed = await changeActivity({ db: w.db, clock: w.clock, actor: w.member, id: activity.id, change: { version: 1, done: true } });
    expect(changed).toMatchObject({ id: activity.id, subAssignmentId: w.work.id, version: 2, doneAt: w.clock.now() });
    expect(await findActivity(w.db, w.council.tenantId, activity.id)).toMatchObject({ version: 2, doneAt: w.clock.now() });
  });
});
