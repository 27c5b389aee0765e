import { randomUUID } from 'node:crypto';
import type { CouncilDraft, Person } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, ValidationError } from '../../../bot/src/domain/errors';
import type { Actor, ChannelScope } from '../../../bot/src/domain/policies';
import { saveCouncil } from '../../../bot/src/services/council-saver';
import { findCouncilByChannel, findCouncilById } from '../../../bot/src/store/council-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, TENANT, buildActor, buildPerson, createCouncil } from '../../helpers/factories';

const clock = new ManualClock('2026-11-22T10:00:00Z');
const team = ['Anna Lindqvist', 'Bengt Karlsson', 'Cecilia Ek', 'David Nilsson', 'Elin Svensson', 'Fatima Ali', 'Gustav Berg'].map((name) =>
  buildPerson({ name }),
);
const [anna, bengt, cecilia, david, elin, fatima, gustav] = team as [Person, Person, Person, Person, Person, Person, Person];
const people = new Map(team.map((p) => [p.aadObjectId, p]));
const draftOf = (overrides: Partial<CouncilDraft> = {}): CouncilDraft => ({
  unitName: 'Solgårdens vård- och omsorgsboende',
  area: 'sarskilt-boende',
  timeZone: 'Europe/Stockholm',
  managerIds: [anna.aadObjectId],
  memberIds: [bengt, cecilia, david, elin, fatima].map((p) => p.aadObjectId),
  ...overrides,
});

describe.each(drivers)('setting up and changing a council (council-saver) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const newChannel = (): ChannelScope => ({
    tenantId: TENANT,
    teamId: '19:team-solgarden@thread.tacv2',
    channelId: `19:${randomUUID()}@thread.tacv2`,
  });
  const save = (actor: Actor, channel: ChannelScope, draft: CouncilDraft, expectedVersion?: number) =>
    saveCouncil({ db: t.db, clock, actor, channel, draft, expectedVersion, people });

  it('refuses people who are not in the team and someone of another tenant, setting up nothing', async () => {
    const channel = newChannel();
    const unknown = await save(buildActor(anna), channel, draftOf({ memberIds: [bengt.aadObjectId, randomUUID()] })).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(ValidationError);
    expect(unknown).toMatchObject({ messageKey: 'council.people.unknown', field: 'managerIds' });
    await expect(save(buildActor(anna, { tenantId: OTHER_TENANT }), channel, draftOf())).rejects.toBeInstanceOf(ForbiddenError);
    expect(await findCouncilByChannel(t.db, TENANT, channel.channelId)).toBeUndefined();
  });

  it('lets only the council’s managers change it, and only from the version they saw', async () => {
    const council = await createCouncil(t.db, { managers: [anna], members: [bengt, cecilia] });
    const channel = { tenantId: council.tenantId, teamId: council.teamId, channelId: council.channelId };
    await expect(save(buildActor(bengt), channel, draftOf({ unitName: 'Bengts enhet' }), 1)).rejects.toThrow('forbidden.update');
    await expect(save(buildActor(anna), channel, draftOf({ unitName: 'Gammal version' }), 0)).rejects.toBeInstanceOf(ConflictError);
    expect(await findCouncilById(t.db, council.tenantId, council.id)).toMatchObject({ unitName: 'Solgårdens vård- och omsorgsboende', version: 1 });
  });

  it('sets up the channel’s council: someone chosen as manager and member is a manager, and a small council gets advice', async () => {
    const channel = newChannel();
    const result = await save(
      buildActor(bengt),
      channel,
      draftOf({ managerIds: [anna.aadObjectId], memberIds: [anna.aadObjectId, bengt.aadObjectId] }),
    );
    expect(result).toMatchObject({ created: true, advice: 'tooFew' });
    const stored = await findCouncilByChannel(t.db, TENANT, channel.channelId);
    expect(stored).toMatchObject({ id: result.council.id, version: 1, status: 'active', managers: [anna], members: [bengt] });
  });

  it('changes the council’s people and name as one new version, and makes an inactive council active again', async () => {
    const council = await createCouncil(t.db, { managers: [anna], members: [bengt, cecilia], status: 'inactive' });
    const channel = { tenantId: council.tenantId, teamId: council.teamId, channelId: council.channelId };
    const draft = draftOf({ unitName: 'Solgården, avdelning 2', managerIds: [anna.aadObjectId, gustav.aadObjectId] });
    const result = await save(buildActor(anna), channel, draft, 1);
    expect(result).toMatchObject({ created: false, advice: undefined });
    expect(await findCouncilById(t.db, council.tenantId, council.id)).toMatchObject({
      unitName: 'Solgården, avdelning 2',
      status: 'active',
      version: 2,
      managers: [anna, gustav],
      members: [bengt, cecilia, david, elin, fatima],
    });
  });
});
