import type { Council } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, NotFoundError, PrivacyError, ValidationError } from '../../../bot/src/domain/errors';
import type { Minutes, MinutesContent } from '../../../bot/src/domain/minutes';
import type { Actor } from '../../../bot/src/domain/policies';
import { CORRECTION_REASON_MAX, correctMinutes } from '../../../bot/src/services/minutes-corrector';
import { findMinutes, findMinutesVersion, listMinutesCorrections } from '../../../bot/src/store/minutes-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, buildActor, buildMinutesContent, createCouncil, createMinutes } from '../../helpers/factories';

const clock = new ManualClock('2027-01-25T09:00:00Z');
const corrected = (m: Minutes): MinutesContent => ({ ...m.content, fields: { ...m.content.fields, decisions: 'Fasta fikatider provas från mars.' } });

describe.each(drivers)('correcting approved minutes (minutes-corrector) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const correct = (actor: Actor, council: Council, m: Minutes, reason: string, content = corrected(m), expectedVersion = m.version) =>
    t.db.transaction((tx) => correctMinutes({ db: tx, clock, actor, council, minutesId: m.id, content, reason, expectedVersion }));
  const decisionsOf = async (m: Minutes) => (await findMinutes(t.db, m.tenantId, m.id))!.content.fields.decisions;

  it('refuses a member who is not a manager: the approved text stands', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council, status: 'approved' });
    await expect(correct(buildActor(council.members[0]), council, minutes, 'Fel månad')).rejects.toBeInstanceOf(ForbiddenError);
    expect(await decisionsOf(minutes)).toBe('Fasta fikatider provas från februari.');
  });

  it('asks for a reason, refuses an overlong one and a personal identity number in it, changing nothing', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council, status: 'approved' });
    const anna = buildActor(council.managers[0]);
    await expect(correct(anna, council, minutes, '   ')).rejects.toMatchObject({ messageKey: 'minutes.correction.reasonRequired', field: 'reason' });
    const long = await correct(anna, council, minutes, 'x'.repeat(CORRECTION_REASON_MAX + 1)).catch((e: unknown) => e);
    expect(long).toBeInstanceOf(ValidationError);
    expect((long as ValidationError).messageKey).toBe('minutes.correction.reasonTooLong');
    await expect(correct(anna, council, minutes, 'Rättat för 121212-1212')).rejects.toBeInstanceOf(PrivacyError);
    expect(await listMinutesCorrections(t.db, council.tenantId, minutes.id)).toEqual([]);
    expect(await decisionsOf(minutes)).toBe('Fasta fikatider provas från februari.');
  });

  it('does not find another tenant’s minutes, and corrects neither drafts nor a stale version', async () => {
    const council = await createCouncil(t.db);
    const anna = buildActor(council.managers[0]);
    const elsewhere = await createMinutes(t.db, { council: await createCouncil(t.db, { tenantId: OTHER_TENANT }), status: 'approved' });
    await expect(correct(anna, council, elsewhere, 'Fel månad', buildMinutesContent())).rejects.toBeInstanceOf(NotFoundError);
    const draft = await createMinutes(t.db, { council });
    const notApproved = await correct(anna, council, draft, 'Fel månad').catch((e: unknown) => e);
    expect(notApproved).toBeInstanceOf(ConflictError);
    expect((notApproved as ConflictError).messageKey).toBe('minutes.correction.notApproved');
    const approved = await createMinutes(t.db, { council, status: 'approved' });
    await expect(correct(anna, council, approved, 'Fel månad', corrected(approved), approved.version - 1)).rejects.toThrow('minutes.stale');
    expect(await decisionsOf(approved)).toBe('Fasta fikatider provas från februari.');
  });

  it('stores the correction as a new version saying who and why, keeping the approved version as it was', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council, status: 'approved' });
    const result = await correct(buildActor(council.managers[0]), council, minutes, '  Fel månad i beslutet  ');
    expect(result).toMatchObject({ version: 4, status: 'approved' });
    expect(await findMinutes(t.db, council.tenantId, minutes.id)).toMatchObject({ status: 'approved', version: 4, approvedByName: 'Anna Lindqvist' });
    expect(await decisionsOf(minutes)).toBe('Fasta fikatider provas från mars.');
    expect((await listMinutesCorrections(t.db, council.tenantId, minutes.id)).map((v) => [v.version, v.byName, v.reason])).toEqual([
      [4, 'Anna Lindqvist', 'Fel månad i beslutet'],
    ]);
    expect((await findMinutesVersion(t.db, council.tenantId, minutes.id, 3))!.content.fields.decisions).toBe('Fasta fikatider provas från februari.');
  });
});
