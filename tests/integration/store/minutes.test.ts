import { ConflictError, ForbiddenError, PrivacyError } from '../../../bot/src/domain/errors';
import type { MinutesContent } from '../../../bot/src/domain/minutes';
import { approveMinutes } from '../../../bot/src/services/minutes-approver';
import { openMinutes } from '../../../bot/src/services/minutes-opener';
import { MinutesConflictError, saveMinutes } from '../../../bot/src/services/minutes-saver';
import { findMinutes, findMinutesVersion } from '../../../bot/src/store/minutes-repository';
import { listSubAssignments } from '../../../bot/src/store/sub-assignment-repository';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { buildActor, createCouncil, createMeeting } from '../../helpers/factories';

const clock = { now: () => new Date('2027-01-19T12:10:00Z') };

describe.each(drivers)('minutes on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  async function councilWithMinutes() {
    const council = await createCouncil(t.db);
    const minutes = await openMinutes({ db: t.db, clock, council, byName: 'Kvalitetsråd' });
    const [bengt, cecilia] = [buildActor(council.members[0]), buildActor(council.members[1])];
    const manager = buildActor(council.managers[0]);
    const edit = (base: MinutesContent, fields: Partial<MinutesContent['fields']>): MinutesContent => ({
      ...base,
      fields: { ...base.fields, ...fields },
    });
    const save = (actor: typeof bengt, content: MinutesContent, expectedVersion: number) =>
      t.db.transaction((tx) => saveMinutes({ db: tx, clock, actor, council, minutesId: minutes.id, content, expectedVersion }));
    return { council, minutes, bengt, cecilia, manager, edit, save };
  }

  it('opens one set of minutes per planned meeting, however many ask at once', async () => {
    const council = await createCouncil(t.db);
    await createMeeting(t.db, { council, startsAt: new Date('2027-01-19T12:00:00Z') });
    const opened = await Promise.all(Array.from({ length: 5 }, () => openMinutes({ db: t.db, clock, council, byName: 'x' })));
    expect(new Set(opened.map((m) => m.id)).size).toBe(1);
    expect(opened[0]!.meetingId).toBeDefined();
  });

  it('keeps both of two saves made at the same moment on different sections', async () => {
    const { minutes, bengt, cecilia, edit, save } = await councilWithMinutes();
    await Promise.all([
      save(bengt, edit(minutes.content, { ownItems: 'Larmen på avdelning 2' }), 1),
      save(cecilia, edit(minutes.content, { decisions: 'Fasta fikatider' }), 1),
    ]);
    const stored = (await findMinutes(t.db, minutes.tenantId, minutes.id))!;
    expect(stored.version).toBe(3);
    expect(stored.content.fields).toMatchObject({ ownItems: 'Larmen på avdelning 2', decisions: 'Fasta fikatider' });
  });

  it('refuses the second of two saves on the same section, storing nothing of it', async () => {
    const { minutes, bengt, cecilia, edit, save } = await councilWithMinutes();
    await save(bengt, edit(minutes.content, { decisions: 'A' }), 1);
    const refused = await save(cecilia, edit(minutes.content, { decisions: 'B' }), 1).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MinutesConflictError);
    expect((refused as MinutesConflictError).fields).toEqual(['decisions']);
    expect((await findMinutes(t.db, minutes.tenantId, minutes.id))!.content.fields.decisions).toBe('A');
  });

  it('makes each improvement work the approved minutes decided a deluppdrag, with who and by when, once', async () => {
    const { council, minutes, bengt, manager, edit, save } = await councilWithMinutes();
    const newWorks = `- Fasta fikatider – ${council.members[1]!.name} – 2027-03-01\n- Ny introduktion för sommarvikarier\n\n`;
    await save(bengt, edit(minutes.content, { newWorks }), 1);
    const { works } = await t.db.transaction((tx) =>
      approveMinutes({ db: tx, clock, actor: manager, council, minutesId: minutes.id, expectedVersion: 2 }),
    );
    expect(works).toBe(2);
    const rows = await listSubAssignments(t.db, council.tenantId, council.id, 2027);
    expect(
      rows.map((r) => ({ name: r.name, responsible: r.responsible?.name, endsOn: r.endsOn, origin: r.origin?.kind, startsOn: r.startsOn })),
    ).toEqual([
      { name: 'Fasta fikatider', responsible: council.members[1]!.name, endsOn: '2027-03-01', origin: 'minutes', startsOn: '2027-01-19' },
      { name: 'Ny introduktion för sommarvikarier', responsible: undefined, endsOn: undefined, origin: 'minutes', startsOn: '2027-01-19' },
    ]);
  });

  it('refuses personal identity numbers and non-members, approves only the current version, and keeps approved minutes as a record', async () => {
    const { council, minutes, bengt, manager, edit, save } = await councilWithMinutes();
    await expect(save(bengt, edit(minutes.content, { other: 'Samordningsnummer 701063-2391' }), 1)).rejects.toBeInstanceOf(PrivacyError);
    const outsider = buildActor();
    await expect(save(outsider, minutes.content, 1)).rejects.toBeInstanceOf(ForbiddenError);
    await save(bengt, edit(minutes.content, { decisions: 'Fasta fikatider' }), 1);
    const approve = (actor: typeof manager, expectedVersion: number) =>
      t.db.transaction((tx) => approveMinutes({ db: tx, clock, actor, council, minutesId: minutes.id, expectedVersion }));
    await expect(approve(bengt, 2)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approve(manager, 1)).rejects.toThrow('minutes.stale');
    expect((await approve(manager, 2)).minutes).toMatchObject({ status: 'approved', version: 3, approvedByName: manager.name });
    await expect(approve(manager, 3)).rejects.toBeInstanceOf(ConflictError);
    await expect(save(bengt, minutes.content, 3)).rejects.toThrow('minutes.approvedAlready');
    const versions = await t.db.query('select version, kind, by_name from minutes_version where minutes_id = $1 order by version', [minutes.id]);
    expect(versions).toEqual([
      { version: 1, kind: 'opened', by_name: 'Kvalitetsråd' },
      { version: 2, kind: 'saved', by_name: bengt.name },
      { version: 3, kind: 'approved', by_name: manager.name },
    ]);
    await expect(t.db.query(`update minutes set content = '{}'::jsonb where id = $1`, [minutes.id])).rejects.toThrow(/correction/);
    await expect(t.db.query(`update minutes_version set by_name = 'x' where minutes_id = $1`, [minutes.id])).rejects.toThrow(/never changed/);
  });

  it('reads minutes stored before attendance said how (true/false per person) as present/absent, and saves on top of them', async () => {
    const { council, minutes, bengt, edit, save } = await councilWithMinutes();
    const [anna, cecilia] = [council.managers[0]!, council.members[1]!];
    const old = JSON.stringify({
      fields: { ...minutes.content.fields, decisions: 'Gammalt beslut' },
      attendance: { [anna.aadObjectId]: true, [cecilia.aadObjectId]: false },
    });
    await t.db.query('update minutes set content = $2::jsonb, version = 2 where id = $1', [minutes.id, old]);
    await t.db.query(
      `insert into minutes_version (tenant_id, minutes_id, version, kind, content, by_name, saved_at) values ($1, $2, 2, 'saved', $3::jsonb, 'x', $4)`,
      [council.tenantId, minutes.id, old, clock.now()],
    );
    const stored = (await findMinutes(t.db, council.tenantId, minutes.id))!;
    expect(stored.content.attendance).toEqual({ [anna.aadObjectId]: 'present', [cecilia.aadObjectId]: 'absent' });
    expect(stored.content.fields).toMatchObject({ decisions: 'Gammalt beslut', other: '' });
    expect((await findMinutesVersion(t.db, council.tenantId, minutes.id, 2))!.content.attendance).toEqual(stored.content.attendance);

    // Bengt's card showed the old minutes; his save keeps their attendance and marks himself digital.
    const mine = {
      ...edit(stored.content, { ownItems: 'Larmen' }),
      attendance: { ...stored.content.attendance, [bengt.aadObjectId]: 'digital' as const },
    };
    await save(bengt, mine, 2);
    expect((await findMinutes(t.db, council.tenantId, minutes.id))!.content.attendance).toEqual({
      [anna.aadObjectId]: 'present',
      [cecilia.aadObjectId]: 'absent',
      [bengt.aadObjectId]: 'digital',
    });
  });
});
