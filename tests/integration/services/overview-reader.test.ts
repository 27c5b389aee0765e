import { NotFoundError } from '../../../bot/src/domain/errors';
import { readOverview } from '../../../bot/src/services/overview-reader';
import { recordReachFailure, saveAnswer } from '../../../bot/src/store/attendance-repository';
import { drivers } from '../../helpers/databases';
import { createMeeting } from '../../helpers/factories';
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

  it("tallies the next meeting's answers for everyone, and names the people only for a manager", async () => {
    const meeting = await createMeeting(w.db, { council: w.council, startsAt: new Date('2027-03-23T12:00:00Z') });
    const [bengt, cecilia] = w.council.members;
    const at = new Date('2027-03-01T08:00:00Z');
    await saveAnswer(w.db, w.council.tenantId, {
      meetingId: meeting.id,
      person: bengt!,
      answer: 'coming',
      givenForStartsAt: meeting.startsAt,
      answeredAt: at,
    });
    await recordReachFailure(w.db, w.council.tenantId, w.council.id, {
      aadObjectId: cecilia!.aadObjectId,
      name: cecilia!.name,
      reason: 'Forbidden',
      failedAt: at,
    });
    const tally = { coming: 1, digital: 0, declined: 0, unanswered: 5, guests: 0, toConfirm: 0 };
    for (const actor of [w.staff, w.member]) expect((await read(actor)).nextMeeting).toEqual({ meeting, answers: { tally } });
    const managers = (await read(w.manager)).nextMeeting?.answers;
    expect(managers?.tally).toEqual(tally);
    expect(managers?.who?.coming.map((p) => p.name)).toEqual([bengt!.name]);
    expect(managers?.who?.unanswered).toHaveLength(5);
    expect(managers?.who?.unreachable).toEqual([cecilia!.name]);
  });
});
