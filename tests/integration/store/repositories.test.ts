import { readdirSync } from 'node:fs';
import { ConflictError } from '../../../bot/src/domain/errors';
import {
  findCouncilByChannel,
  findCouncilById,
  insertCouncil,
  listCouncilsOfTeam,
  setTeamCouncilsStatus,
  updateCouncil,
} from '../../../bot/src/store/council-repository';
import {
  findReference,
  findTeamInstallation,
  listTeamReferences,
  markTeamInstalled,
  markTeamUninstalled,
  saveReference,
} from '../../../bot/src/store/installation-repository';
import { MIGRATIONS_DIR, migrate } from '../../../bot/src/store/migrator';
import { openPgDb } from '../../../bot/src/store/pg-db';
import { claimActivity, findActivityResponse, saveActivityResponse } from '../../../bot/src/store/processed-activity-repository';
import { POSTGRES_URL, drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, TENANT, buildCouncil, buildPerson } from '../../helpers/factories';

const at = new Date('2026-11-22T10:00:00Z');

describe.each(drivers)('repositories on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  it('applies migrations once: a second run applies nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
    const rows = await t.db.query<{ version: string }>('select version from schema_migration');
    expect(rows.map((r) => r.version)).toEqual(ALL_MIGRATIONS);
  });

  it('stores a council with its managers and members in order, and finds it by channel and id', async () => {
    const council = buildCouncil();
    await insertCouncil(t.db, council);
    const found = await findCouncilByChannel(t.db, TENANT, council.channelId);
    expect(found).toEqual({ ...council, cardActivityId: undefined });
    expect(await findCouncilById(t.db, TENANT, council.id)).toEqual(found);
  });

  it('never shows one tenant’s council to another', async () => {
    const council = buildCouncil();
    await insertCouncil(t.db, council);
    expect(await findCouncilByChannel(t.db, OTHER_TENANT, council.channelId)).toBeUndefined();
    expect(await findCouncilById(t.db, OTHER_TENANT, council.id)).toBeUndefined();
    expect(await listCouncilsOfTeam(t.db, OTHER_TENANT, council.teamId)).toEqual([]);
  });

  it('refuses a second council in the same channel and writes nothing of it', async () => {
    const first = buildCouncil();
    await insertCouncil(t.db, first);
    const second = buildCouncil({ channelId: first.channelId, unitName: 'Annan enhet' });
    await expect(insertCouncil(t.db, second)).rejects.toBeInstanceOf(ConflictError);
    const people = await t.db.query('select * from council_person where council_id = $1', [second.id]);
    expect(people).toEqual([]);
    expect((await findCouncilByChannel(t.db, TENANT, first.channelId))?.unitName).toBe(first.unitName);
  });

  it('updates only from the version read: a stale update changes nothing', async () => {
    const council = buildCouncil();
    await insertCouncil(t.db, council);
    const newManager = buildPerson({ name: 'Cecilia Ek' });
    await updateCouncil(t.db, { ...council, version: 2, unitName: 'Solgården', managers: [newManager] }, 1);
    await expect(updateCouncil(t.db, { ...council, version: 2, unitName: 'Stale' }, 1)).rejects.toBeInstanceOf(ConflictError);
    const found = await findCouncilById(t.db, TENANT, council.id);
    expect(found).toMatchObject({ unitName: 'Solgården', version: 2 });
    expect(found!.managers).toEqual([newManager]);
  });

  it('makes a team’s councils inactive and active again, leaving other teams alone', async () => {
    const a = buildCouncil({ teamId: '19:team-a@thread.tacv2' });
    const b = buildCouncil({ teamId: '19:team-a@thread.tacv2' });
    const other = buildCouncil({ teamId: '19:team-b@thread.tacv2' });
    for (const c of [a, b, other]) await insertCouncil(t.db, c);
    expect(await setTeamCouncilsStatus(t.db, TENANT, '19:team-a@thread.tacv2', 'inactive', at)).toBe(2);
    expect((await listCouncilsOfTeam(t.db, TENANT, '19:team-a@thread.tacv2')).map((c) => c.status)).toEqual(['inactive', 'inactive']);
    expect((await findCouncilById(t.db, TENANT, other.id))?.status).toBe('active');
    expect(await setTeamCouncilsStatus(t.db, OTHER_TENANT, '19:team-a@thread.tacv2', 'active', at)).toBe(0);
  });

  it('keeps one conversation reference per conversation, refreshed on every install', async () => {
    const reference = { bot: { id: 'bot' }, conversation: { id: '19:c@thread.tacv2' }, serviceUrl: 'https://smba.example/' };
    await saveReference(t.db, {
      tenantId: TENANT,
      conversationId: '19:c@thread.tacv2',
      kind: 'channel',
      teamId: '19:t',
      name: 'Kvalitetsråd',
      reference,
      updatedAt: at,
    });
    await saveReference(t.db, {
      tenantId: TENANT,
      conversationId: '19:c@thread.tacv2',
      kind: 'channel',
      teamId: '19:t',
      reference: { ...reference, serviceUrl: 'https://new/' },
      updatedAt: at,
    });
    const found = await findReference(t.db, TENANT, '19:c@thread.tacv2');
    expect(found).toMatchObject({ name: 'Kvalitetsråd', reference: { serviceUrl: 'https://new/' } });
    expect(await listTeamReferences(t.db, TENANT, '19:t')).toHaveLength(1);
    expect(await findReference(t.db, OTHER_TENANT, '19:c@thread.tacv2')).toBeUndefined();
  });

  it('records installs and uninstalls of a team without deleting it', async () => {
    await markTeamInstalled(t.db, { tenantId: TENANT, teamId: '19:t2', name: 'Solgården' }, at);
    await markTeamUninstalled(t.db, TENANT, '19:t2', new Date('2026-12-01T00:00:00Z'));
    expect(await findTeamInstallation(t.db, TENANT, '19:t2')).toMatchObject({ installed: false, name: 'Solgården' });
    await markTeamInstalled(t.db, { tenantId: TENANT, teamId: '19:t2' }, at);
    expect(await findTeamInstallation(t.db, TENANT, '19:t2')).toMatchObject({ installed: true, name: 'Solgården', uninstalledAt: undefined });
  });

  it('claims an activity id once per tenant and keeps the answer given', async () => {
    expect(await claimActivity(t.db, TENANT, 'act-1', at)).toBe(true);
    expect(await claimActivity(t.db, TENANT, 'act-1', at)).toBe(false);
    expect(await claimActivity(t.db, OTHER_TENANT, 'act-1', at)).toBe(true);
    await saveActivityResponse(t.db, TENANT, 'act-1', { card: 'summary' });
    expect(await findActivityResponse(t.db, TENANT, 'act-1')).toEqual({ card: 'summary' });
  });

  it('rolls a failed transaction back whole', async () => {
    const council = buildCouncil();
    await expect(
      t.db.transaction(async (tx) => {
        await insertCouncil(tx, council);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await findCouncilById(t.db, TENANT, council.id)).toBeUndefined();
  });
});

/** Every migration file, by version: each is applied once. */
const ALL_MIGRATIONS = readdirSync(MIGRATIONS_DIR)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => f.replace(/\.sql$/, ''))
  .sort();

describe('migrations on postgres', () => {
  it('are applied exactly once when two instances start at the same moment', async () => {
    const t = await openTestDatabase('postgres', { migrated: false });
    try {
      const other = await openPgDb({ connectionString: POSTGRES_URL, schema: t.schema, max: 2 });
      const [a, b] = await Promise.all([migrate(t.db), migrate(other)]);
      await other.close();
      expect([...a, ...b].sort()).toEqual(ALL_MIGRATIONS);
      const rows = await t.db.query('select version from schema_migration');
      expect(rows).toHaveLength(ALL_MIGRATIONS.length);
    } finally {
      await t.drop();
    }
  });
});
