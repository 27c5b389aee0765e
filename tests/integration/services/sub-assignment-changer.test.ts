import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { changeSubAssignment } from '../../../bot/src/services/sub-assignment-changer';
import { findSubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('changeSubAssignment on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());

  it('refuses a council member (only managers edit a work) and writes nothing', async () => {
    await expect(
      changeSubAssignment({ db: w.db, clock: w.clock, actor: w.member, id: w.work.id, change: { version: 1, name: 'Nytt' } }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await findSubAssignment(w.db, w.council.tenantId, w.work.id))?.name).toBe('Lugnare måltider');
  });

  it("does not find another tenant's work, even for its own ids", async () => {
    await expect(
      changeSubAssignment({ db: w.db, clock: w.clock, actor: w.foreign, id: w.work.id, change: { version: 1, name: 'Nytt' } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("saves the manager's change and returns the work at its next version", async () => {
    const responsible = w.council.members[1]!;
    const saved = await changeSubAssignment({
      db: w.db,
      clock: w.clock,
      actor: w.manager,
      id: w.work.id,
      change: { version: 1, goal: 'Lugn vid varje middag', responsibleAadObjectId: responsible.aadObjectId, endsOn: '2027-06-30' },
    });
    expect(saved).toMatchObject({
      id: w.work.id,
      version: 2,
      goal: 'Lugn vid varje middag',
      endsOn: '2027-06-30',
      responsible: { name: responsible.name },
    });
    expect(await findSubAssignment(w.db, w.council.tenantId, w.work.id)).toMatchObject({
      version: 2,
      goal: 'Lugn vid varje middag',
      endsOn: '2027-06-30',
    });
  });
});
