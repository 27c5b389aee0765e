import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { addActivity } from '../../../bot/src/services/activity-adder';
import { listActivities } from '../../../bot/src/store/follow-up-repository';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('addActivity on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());

  it('refuses staff who sit in no council, and a member making someone else responsible; nothing written', async () => {
    await expect(
      addActivity({ db: w.db, clock: w.clock, actor: w.staff, subAssignmentId: w.work.id, input: { name: 'Fika' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const other = w.council.members[1]!.aadObjectId;
    await expect(
      addActivity({ db: w.db, clock: w.clock, actor: w.member, subAssignmentId: w.work.id, input: { name: 'Fika', responsibleAadObjectId: other } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listActivities(w.db, w.council.tenantId, w.work.id)).toEqual([]);
  });

  it("does not find another tenant's work", async () => {
    await expect(
      addActivity({ db: w.db, clock: w.clock, actor: w.foreign, subAssignmentId: w.work.id, input: { name: 'Fika' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("adds a member's activity with themselves responsible and returns it as stored", async () => {
    const added = await addActivity({
      db: w.db,
      clock: w.clock,
      actor: w.member,
      subAssignmentId: w.work.id,
      input: { name: 'Fasta fikatider', responsibleAadObjectId: w.member.aadObjectId, dueOn: '2027-04-30' },
    });
    expect(added).toMatchObject({
      subAssignmentId: w.work.id,
      name: 'Fasta fikatider',
      dueOn: '2027-04-30',
      version: 1,
      responsible: { aadObjectId: w.member.aadObjectId },
    });
    expect(await listActivities(w.db, w.council.tenantId, w.work.id)).toEqual([added]);
  });
});
