import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { recordAssessment } from '../../../bot/src/services/assessment-recorder';
import { listAssessmentsOf } from '../../../bot/src/store/follow-up-repository';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('recordAssessment on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const entry = () => ({
    target: { kind: 'subAssignment' as const, id: w.work.id },
    month: '2027-03',
    status: 'on_track' as const,
    comment: 'Lugnare.',
  });

  it('refuses a member (only managers assess) and writes nothing', async () => {
    await expect(recordAssessment({ db: w.db, clock: w.clock, actor: w.member, councilId: w.council.id, entry: entry() })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await listAssessmentsOf(w.db, w.council.tenantId, [w.work.id], 2027)).toEqual([]);
  });

  it("does not find another tenant's council or work", async () => {
    await expect(recordAssessment({ db: w.db, clock: w.clock, actor: w.foreign, councilId: w.council.id, entry: entry() })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      recordAssessment({ db: w.db, clock: w.clock, actor: w.foreign, councilId: w.foreignCouncil.id, entry: entry() }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records the manager's assessment of the month and returns it; a second one replaces the first", async () => {
    await recordAssessment({ db: w.db, clock: w.clock, actor: w.manager, councilId: w.council.id, entry: entry() });
    const saved = await recordAssessment({
      db: w.db,
      clock: w.clock,
      actor: w.manager,
      councilId: w.council.id,
      entry: { ...entry(), status: 'partly', comment: 'Delvis.' },
    });
    expect(saved).toMatchObject({
      targetKind: 'subAssignment',
      targetId: w.work.id,
      month: '2027-03',
      status: 'partly',
      assessedBy: { name: w.council.managers[0]!.name },
    });
    expect(await listAssessmentsOf(w.db, w.council.tenantId, [w.work.id], 2027)).toEqual([saved]);
  });
});
