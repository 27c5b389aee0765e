import { NotFoundError } from '../../../bot/src/domain/errors';
import { readOverview } from '../../../bot/src/services/overview-reader';
import { drivers } from '../../helpers/databases';
import { addWork, openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('readOverview on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const read = (actor: FollowUpWorld['manager'], councilId = w.council.id) =>
    readOverview({ db: w.db, clock: w.clock, actor, councilId, year: 2027, links: () => w.links });

  it('lets staff of the unit read, managing nothing', async () => {
    expect((await read(w.staff)).permissions).toEqual({ manage: false, contribute: false });
  });

  it("does not find another tenant's council", async () => {
    await expect(read(w.foreign)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows the year at a glance: no schedule yet, the improvement works only', async () => {
    await addWork(w, { kind: 'planning', name: 'Planering och protokoll kvalitetsråd', createdAt: new Date('2027-01-05T10:00:00Z') });
    const overview = await read(w.manager);
    expect(overview).toMatchObject({
      year: 2027,
      planned: 0,
      held: 0,
      inPlaceByDeadline: false,
      openProposals: [],
      latestMinutes: undefined,
      nextMeeting: undefined,
    });
    expect(overview.scheduleSavedAt).toEqual(new Date('2027-01-05T10:00:00Z'));
    expect(overview.works.map((x) => x.work.id)).toEqual([w.work.id]);
  });
});
