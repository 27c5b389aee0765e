import { NotFoundError } from '../../../bot/src/domain/errors';
import { readCouncilOfChannel } from '../../../bot/src/services/channel-council-reader';
import { drivers } from '../../helpers/databases';
import { openFollowUpWorld, type FollowUpWorld } from '../../helpers/follow-up-world';

describe.each(drivers)('readCouncilOfChannel on %s', (driver) => {
  let w: FollowUpWorld;
  beforeAll(async () => {
    w = await openFollowUpWorld(driver);
  });
  afterAll(() => w.drop());

  it('lets staff of the unit find the council, managing nothing', async () => {
    const found = await readCouncilOfChannel({ db: w.db, actor: w.staff, channelId: w.council.channelId });
    expect(found.permissions).toEqual({ manage: false, contribute: false });
  });

  it("does not find another tenant's channel, nor a channel without a council", async () => {
    await expect(readCouncilOfChannel({ db: w.db, actor: w.foreign, channelId: w.council.channelId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(readCouncilOfChannel({ db: w.db, actor: w.manager, channelId: '19:none@thread.tacv2' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("finds the council of the channel with the manager's rights", async () => {
    const found = await readCouncilOfChannel({ db: w.db, actor: w.manager, channelId: w.council.channelId });
    expect(found.council.id).toBe(w.council.id);
    expect(found.permissions).toEqual({ manage: true, contribute: true });
  });
});
