import { NotFoundError } from '../../../bot/src/domain/errors';
import { readSubAssignment } from '../../../bot/src/services/sub-assignment-reader';
import { drivers } from '../../helpers/databases';
import { addActivityTo, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';
import { matches } from '../../helpers/matchers';

describe.each(drivers)('readSubAssignment on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const read = (actor: FollowUpWorld['manager'], id = w.work.id) =>
    readSubAssignment({ db: w.db, clock: w.clock, actor, id, reportingWorkday: 5, links: () => w.links });

  it('lets staff of the unit read, editing nothing', async () => {
    await addActivityTo(w, w.work);
    const seen = await read(w.staff);
    expect(seen.permissions).toEqual({ manage: false, contribute: false });
    expect(seen.activities.map((a) => a.editable)).toEqual([false]);
  });

  it("does not find another tenant's work, nor ours for them", async () => {
    await expect(read(w.foreign)).rejects.toBeInstanceOf(NotFoundError);
    await expect(read(w.manager, w.foreignWork.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads the work with its activities, history and missing months', async () => {
    const seen = await read(w.manager);
    expect(seen.work.id).toBe(w.work.id);
    expect(seen.missingMonths).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(seen.activities).toEqual([
      expect.objectContaining({ activity: matches.objectContaining({ name: 'Fasta fikatider' }), history: [], editable: true }),
    ]);
    expect(seen).toMatchObject({ minutes: [], links: [], history: [] });
  });
});
