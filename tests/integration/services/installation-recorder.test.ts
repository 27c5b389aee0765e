import { randomUUID } from 'node:crypto';
import { recordInstallation } from '../../../bot/src/services/installation-recorder';
import { findCouncilById } from '../../../bot/src/store/council-repository';
import { findReference, findTeamInstallation, listTeamReferences } from '../../../bot/src/store/installation-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { TENANT, createCouncil } from '../../helpers/factories';

const clock = new ManualClock('2027-02-01T08:00:00Z');
const referenceTo = (id: string) => ({
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  bot: { id: '28:bot' },
  conversation: { id, tenantId: TENANT },
});

describe.each(drivers)('recording an installation (installation-recorder) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  // Teams reports installations; no user acts, so there is no refusal to test.

  it('keeps a reference to every channel of the team, marks it installed and brings its councils back', async () => {
    const teamId = `19:${randomUUID()}@thread.tacv2`;
    const council = await createCouncil(t.db, { teamId, status: 'inactive' });
    const neighbour = await createCouncil(t.db, { teamId, status: 'inactive', unitName: 'Ekbackens gruppboende' });
    const otherTeam = await createCouncil(t.db, { status: 'inactive' });
    const result = await recordInstallation({
      db: t.db,
      clock,
      tenantId: TENANT,
      conversation: { id: council.channelId, kind: 'channel', name: 'Kvalitetsråd' },
      reference: referenceTo(council.channelId),
      team: { id: teamId, name: 'Solgården', aadGroupId: randomUUID() },
      channels: [
        { id: council.channelId, name: 'Kvalitetsråd' },
        { id: neighbour.channelId, name: 'Ekbacken' },
      ],
    });
    expect(result.council).toMatchObject({ id: council.id, status: 'active' });
    expect((await findCouncilById(t.db, TENANT, neighbour.id))!.status).toBe('active');
    expect((await findCouncilById(t.db, TENANT, otherTeam.id))!.status).toBe('inactive');
    expect(await findTeamInstallation(t.db, TENANT, teamId)).toMatchObject({ installed: true, name: 'Solgården', installedAt: clock.now() });
    const references = await listTeamReferences(t.db, TENANT, teamId);
    expect(references.map((r) => [r.conversationId, r.name, (r.reference.conversation as { id: string }).id]).sort()).toEqual(
      [
        [council.channelId, 'Kvalitetsråd', council.channelId],
        [neighbour.channelId, 'Ekbacken', neighbour.channelId],
      ].sort(),
    );
  });

  it('keeps only the personal chat’s reference when installed for one person, and greets with no council', async () => {
    const chat = `a:${randomUUID()}`;
    const result = await recordInstallation({
      db: t.db,
      clock,
      tenantId: TENANT,
      conversation: { id: chat, kind: 'personal' },
      reference: referenceTo(chat),
    });
    expect(result).toEqual({});
    expect(await findReference(t.db, TENANT, chat)).toMatchObject({ kind: 'personal', teamId: undefined });
  });
});
