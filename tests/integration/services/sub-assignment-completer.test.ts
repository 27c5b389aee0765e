import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { ActivitiesOpenError } from '../../../bot/src/domain/follow-up';
import { completeSubAssignment } from '../../../bot/src/services/sub-assignment-completer';
import { listAssessmentsOf } from '../../../bot/src/store/follow-up-repository';
import { findSubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { drivers } from '../../helpers/databases';
import { addActivityTo, addWork, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('completeSubAssignment on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const input = { version: 1, finalReport: 'Lugnare kvällar.' };

  it('refuses a member (only managers final-report) and changes nothing', async () => {
    await expect(completeSubAssignment({ db: w.db, clock: w.clock, actor: w.member, id: w.work.id, input })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await findSubAssignment(w.db, w.council.tenantId, w.work.id))?.status).toBe('ongoing');
  });

  it("does not find another tenant's work", async () => {
    await expect(completeSubAssignment({ db: w.db, clock: w.clock, actor: w.foreign, id: w.work.id, input })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses while an activity is open, then completes the work and records the month as done', async () => {
    const work = await addWork(w);
    await addActivityTo(w, work);
    await expect(completeSubAssignment({ db: w.db, clock: w.clock, actor: w.manager, id: work.id, input })).rejects.toBeInstanceOf(
      ActivitiesOpenError,
    );
    const completed = await completeSubAssignment({ db: w.db, clock: w.clock, actor: w.manager, id: w.work.id, input });
    expect(completed).toMatchObject({ id: w.work.id, status: 'completed', finalReport: 'Lugnare kvällar.', completedAt: w.clock.now(), version: 2 });
    expect(await listAssessmentsOf(w.db, w.council.tenantId, [w.work.id], 2027)).toEqual([
      expect.objectContaining({ month: '2027-03', status: 'done', comment: 'Lugnare kvällar.' }),
    ]);
  });
});
