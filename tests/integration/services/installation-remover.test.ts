import { randomUUID } from 'node:crypto';
import { removeInstallation } from '../../../bot/src/services/installation-remover';
import { findCouncilById } from '../../../bot/src/store/council-repository';
import { findReference, findTeamInstallation } from '../../../bot/src/store/installation-repository';
import { findMeeting } from '../../../bot/src/store/schedule-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { createChannelReference, createCouncil, createInstallation, createMeeting } from '../../helpers/factories';

const clock = new ManualClock('2027-03-01T15:00:00Z');

describe.each(drivers)('removing the app from a team (installation-remover) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  // Teams reports the removal; no user acts, so there is no refusal to test.

  it('makes the team’s councils inactive and marks the team uninstalled, deleting nothing and leaving other teams alone', async () => {
    const teamId = `19:${randomUUID()}@thread.tacv2`;
    const council = await createCouncil(t.db, { teamId });
    const neighbour = await createCouncil(t.db, { teamId, unitName: 'Ekbackens gruppboende' });
    const otherTeam = await createCouncil(t.db);
    await createInstallation(t.db, { council });
    await createChannelReference(t.db, { council });
    const meeting = await createMeeting(t.db, { council });
    expect(await removeInstallation({ db: t.db, clock, tenantId: council.tenantId, teamId })).toBe(2);
    expect((await findCouncilById(t.db, council.tenantId, council.id))!.status).toBe('inactive');
    expect((await findCouncilById(t.db, council.tenantId, neighbour.id))!.status).toBe('inactive');
    expect((await findCouncilById(t.db, council.tenantId, otherTeam.id))!.status).toBe('active');
    expect(await findTeamInstallation(t.db, council.tenantId, teamId)).toMatchObject({ installed: false, uninstalledAt: clock.now() });
    expect(await findReference(t.db, council.tenantId, council.channelId)).toBeDefined();
    expect(await findMeeting(t.db, council.tenantId, meeting.id)).toBeDefined();
  });

  it('counts no council twice when Teams reports the removal again', async () => {
    const council = await createCouncil(t.db, { teamId: `19:${randomUUID()}@thread.tacv2` });
    await createInstallation(t.db, { council });
    expect(await removeInstallation({ db: t.db, clock, tenantId: council.tenantId, teamId: council.teamId })).toBe(1);
    expect(await removeInstallation({ db: t.db, clock, tenantId: council.tenantId, teamId: council.teamId })).toBe(0);
    expect((await findCouncilById(t.db, council.tenantId, council.id))!.version).toBe(2);
  });
});
