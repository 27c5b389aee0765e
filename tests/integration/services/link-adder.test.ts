import { ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import { addLink } from '../../../bot/src/services/link-adder';
import { listLinks } from '../../../bot/src/store/follow-up-repository';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('addLink on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());
  const input = { title: 'Rutin för måltider', url: 'https://kommun.sharepoint.example/rutin.docx' };

  it('refuses a member (only managers attach links) and writes nothing', async () => {
    await expect(addLink({ db: w.db, clock: w.clock, actor: w.member, subAssignmentId: w.work.id, input })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await listLinks(w.db, w.council.tenantId, w.work.id)).toEqual([]);
  });

  it("does not find another tenant's work", async () => {
    await expect(addLink({ db: w.db, clock: w.clock, actor: w.foreign, subAssignmentId: w.work.id, input })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("attaches the manager's link and returns it as stored", async () => {
    const link = await addLink({ db: w.db, clock: w.clock, actor: w.manager, subAssignmentId: w.work.id, input });
    expect(link).toMatchObject({ subAssignmentId: w.work.id, ...input });
    expect(await listLinks(w.db, w.council.tenantId, w.work.id)).toEqual([link]);
  });
});
