import type { Council } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, NotFoundError, PrivacyError, ValidationError } from '../../../bot/src/domain/errors';
import { MINUTES_FIELD_MAX, type Minutes, type MinutesContent } from '../../../bot/src/domain/minutes';
import type { Actor } from '../../../bot/src/domain/policies';
import { saveMinutes } from '../../../bot/src/services/minutes-saver';
import { findMinutes, findMinutesVersion } from '../../../bot/src/store/minutes-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, buildActor, buildMinutesContent, buildPerson, createCouncil, createMinutes } from '../../helpers/factories';

const clock = new ManualClock('2027-01-19T12:40:00Z');
const edit = (minutes: Minutes, fields: Partial<MinutesContent['fields']>): MinutesContent => ({
  ...minutes.content,
  fields: { ...minutes.content.fields, ...fields },
});

describe.each(drivers)('saving the minutes (minutes-saver) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const save = (actor: Actor, council: Council, minutesId: string, content: MinutesContent, expectedVersion: number) =>
    t.db.transaction((tx) => saveMinutes({ db: tx, clock, actor, council, minutesId, content, expectedVersion }));
  const storedVersion = async (m: Minutes) => (await findMinutes(t.db, m.tenantId, m.id))!.version;

  it('refuses staff outside the council, and the council once its team removed the app, storing nothing', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council });
    await expect(
      save(buildActor(buildPerson({ name: 'Gustav Berg' })), council, minutes.id, edit(minutes, { other: 'Hej' }), 2),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const inactive = { ...council, status: 'inactive' as const };
    await expect(save(buildActor(council.members[0]), inactive, minutes.id, edit(minutes, { other: 'Hej' }), 2)).rejects.toThrow(
      'forbidden.writeMinutes',
    );
    expect(await storedVersion(minutes)).toBe(2);
  });

  it('does not find another tenant’s minutes by their id', async () => {
    const council = await createCouncil(t.db);
    const elsewhere = await createMinutes(t.db, { council: await createCouncil(t.db, { tenantId: OTHER_TENANT }) });
    await expect(save(buildActor(council.members[0]), council, elsewhere.id, buildMinutesContent({ other: 'Hej' }), 2)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await findMinutes(t.db, OTHER_TENANT, elsewhere.id))!.content.fields.other).toBe('');
  });

  it('refuses an overlong section, someone outside the council as present and a personal identity number, naming the field', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council });
    const bengt = buildActor(council.members[0]);
    const tooLong = await save(bengt, council, minutes.id, edit(minutes, { aptReport: 'x'.repeat(MINUTES_FIELD_MAX + 1) }), 2).catch(
      (e: unknown) => e,
    );
    expect(tooLong).toBeInstanceOf(ValidationError);
    expect(tooLong).toMatchObject({ messageKey: 'minutes.tooLong', field: 'aptReport' });
    const stranger = { ...minutes.content, attendance: { ...minutes.content.attendance, [buildPerson().aadObjectId]: 'present' as const } };
    await expect(save(bengt, council, minutes.id, stranger, 2)).rejects.toMatchObject({ messageKey: 'minutes.unknownPerson', field: 'present' });
    const privacy = await save(bengt, council, minutes.id, edit(minutes, { followUp: 'Uppföljning för 121212-1212' }), 2).catch((e: unknown) => e);
    expect(privacy).toBeInstanceOf(PrivacyError);
    expect(privacy).toMatchObject({ field: 'followUp', params: { text: '121212-1212' } });
    expect(await storedVersion(minutes)).toBe(2);
  });

  it('leaves approved minutes as they were', async () => {
    const council = await createCouncil(t.db);
    const approved = await createMinutes(t.db, { council, status: 'approved' });
    const refused = await save(buildActor(council.members[0]), council, approved.id, edit(approved, { other: 'Tillägg' }), approved.version).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).messageKey).toBe('minutes.approvedAlready');
    expect((await findMinutes(t.db, council.tenantId, approved.id))!.content.fields.other).toBe('');
  });

  it('stores what a member wrote as the next version, under their name', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council, fields: {} });
    const david = buildActor(council.members[2]);
    const { minutes: saved, mergedWith } = await save(
      david,
      council,
      minutes.id,
      edit(minutes, { managementFeedback: 'Ledningen tackar för förslagen.' }),
      1,
    );
    expect(mergedWith).toBeUndefined();
    expect(saved.version).toBe(2);
    expect((await findMinutes(t.db, council.tenantId, minutes.id))!.content.fields.managementFeedback).toBe('Ledningen tackar för förslagen.');
    expect(await findMinutesVersion(t.db, council.tenantId, minutes.id, 2)).toMatchObject({ kind: 'saved', byName: 'David Nilsson' });
  });

  it('merges a save made on an older version with the one saved meanwhile, and says whose it was', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council, fields: {} });
    await save(buildActor(council.members[1]), council, minutes.id, edit(minutes, { ownItems: 'Nya larmknappar' }), 1);
    const { minutes: merged, mergedWith } = await save(
      buildActor(council.members[4]),
      council,
      minutes.id,
      edit(minutes, { other: 'Sommarfest i augusti' }),
      1,
    );
    expect(mergedWith).toBe('Cecilia Ek');
    expect(merged.content.fields).toMatchObject({ ownItems: 'Nya larmknappar', other: 'Sommarfest i augusti' });
    expect(merged.version).toBe(3);
  });
});
