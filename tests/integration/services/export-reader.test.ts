import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { readExport } from '../../../bot/src/services/export-reader';
import { upsertAssessment } from '../../../bot/src/store/follow-up-repository';
import { drivers } from '../../helpers/databases';
import { addActivityTo, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';
import { matches } from '../../helpers/matchers';

describe.each(drivers)('readExport on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const read = (actor: FollowUpWorld['manager'], councilId = w.council.id) => readExport({ db: w.db, clock: w.clock, actor, councilId, year: 2027 });

  it("refuses members and staff (the export is the manager's)", async () => {
    await expect(read(w.member)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(read(w.staff)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("does not find another tenant's council", async () => {
    await expect(read(w.foreign)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("loads the year: the assignment's and every work's and activity's assessments", async () => {
    const activity = await addActivityTo(w, w.work);
    await upsertAssessment(w.db, {
      tenantId: w.council.tenantId,
      councilId: w.council.id,
      year: 2027,
      targetKind: 'activity',
      targetId: activity.id,
      month: '2027-02',
      status: 'on_track',
      comment: 'Fungerar.',
      assessedBy: { aadObjectId: w.manager.aadObjectId, name: w.manager.name },
      assessedAt: w.clock.now(),
    });
    const year = await read(w.manager);
    expect(year).toMatchObject({ year: 2027, exportedAt: w.clock.now(), assignmentHistory: [] });
    expect(year.works).toEqual([
      expect.objectContaining({
        work: matches.objectContaining({ id: w.work.id }),
        origin: undefined,
        history: [],
        activities: [
          { activity: matches.objectContaining({ id: activity.id }), history: [expect.objectContaining({ month: '2027-02', comment: 'Fungerar.' })] },
        ],
      }),
    ]);
  });
});
