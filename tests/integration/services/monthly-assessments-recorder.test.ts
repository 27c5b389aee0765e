import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { recordMonthlyAssessments } from '../../../bot/src/services/monthly-assessments-recorder';
import { listAssessments } from '../../../bot/src/store/follow-up-repository';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('recordMonthlyAssessments on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const items = () => [
    { target: { kind: 'assignment' as const, year: 2027 }, status: 'on_track' as const, comment: 'Bra träffar.' },
    { target: { kind: 'subAssignment' as const, id: w.work.id }, status: 'partly' as const, comment: 'På väg.' },
  ];
  const stored = () => listAssessments(w.db, w.council.tenantId, w.council.id, 2027, ['assignment', 'subAssignment']);

  it('refuses a member and writes none of the items', async () => {
    await expect(
      recordMonthlyAssessments({ db: w.db, clock: w.clock, actor: w.member, councilId: w.council.id, month: '2027-03', items: items() }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await stored()).toEqual([]);
  });

  it("does not find another tenant's council, and saves nothing when one item is not found", async () => {
    await expect(
      recordMonthlyAssessments({ db: w.db, clock: w.clock, actor: w.foreign, councilId: w.council.id, month: '2027-03', items: items() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const foreignItem = { target: { kind: 'subAssignment' as const, id: w.foreignWork.id }, status: 'done' as const, comment: '' };
    await expect(
      recordMonthlyAssessments({
        db: w.db,
        clock: w.clock,
        actor: w.manager,
        councilId: w.council.id,
        month: '2027-03',
        items: [...items(), foreignItem],
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await stored()).toEqual([]);
  });

  it("saves every item of the manager's card for the month and returns them", async () => {
    const saved = await recordMonthlyAssessments({
      db: w.db,
      clock: w.clock,
      actor: w.manager,
      councilId: w.council.id,
      month: '2027-03',
      items: items(),
    });
    expect(saved.map((a) => [a.targetKind, a.month, a.status])).toEqual([
      ['assignment', '2027-03', 'on_track'],
      ['subAssignment', '2027-03', 'partly'],
    ]);
    expect(await stored()).toHaveLength(2);
  });
});
