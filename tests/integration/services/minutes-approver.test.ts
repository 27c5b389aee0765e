import type { Council } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import type { Actor } from '../../../bot/src/domain/policies';
import { approveMinutes } from '../../../bot/src/services/minutes-approver';
import { findMinutes, findMinutesVersion } from '../../../bot/src/store/minutes-repository';
import { listSubAssignments } from '../../../bot/src/store/sub-assignment-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, buildActor, createCouncil, createMinutes } from '../../helpers/factories';

const clock = new ManualClock('2027-01-19T13:35:00Z');

describe.each(drivers)('approving the minutes (minutes-approver) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const approve = (actor: Actor, council: Council, minutesId: string, expectedVersion = 2) =>
    t.db.transaction((tx) => approveMinutes({ db: tx, clock, actor, council, minutesId, expectedVersion }));

  it('refuses a member who is not a manager: the minutes stay a draft', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council });
    await expect(approve(buildActor(council.members[0]), council, minutes.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await findMinutes(t.db, council.tenantId, minutes.id))!).toMatchObject({ status: 'draft', version: 2, approvedByName: undefined });
  });

  it('does not find another tenant’s minutes by their id', async () => {
    const council = await createCouncil(t.db);
    const elsewhere = await createMinutes(t.db, { council: await createCouncil(t.db, { tenantId: OTHER_TENANT }) });
    await expect(approve(buildActor(council.managers[0]), council, elsewhere.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await findMinutes(t.db, OTHER_TENANT, elsewhere.id))!.status).toBe('draft');
  });

  it('refuses approving a version older than the one saved, and approving twice', async () => {
    const council = await createCouncil(t.db);
    const anna = buildActor(council.managers[0]);
    const draft = await createMinutes(t.db, { council });
    await expect(approve(anna, council, draft.id, 1)).rejects.toThrow('minutes.stale');
    const approved = await createMinutes(t.db, { council, status: 'approved' });
    const twice = await approve(anna, council, approved.id, approved.version).catch((e: unknown) => e);
    expect(twice).toBeInstanceOf(ConflictError);
    expect((twice as ConflictError).messageKey).toBe('minutes.approvedAlready');
    expect((await findMinutes(t.db, council.tenantId, draft.id))!.status).toBe('draft');
  });

  it('locks the minutes as approved by the manager, with the approval in the version history', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, { council });
    const { minutes: approved, works } = await approve(buildActor(council.managers[0]), council, minutes.id);
    expect(works).toBe(0);
    expect(approved).toMatchObject({ status: 'approved', version: 3, approvedByName: 'Anna Lindqvist', approvedAt: clock.now() });
    expect(await findMinutes(t.db, council.tenantId, minutes.id)).toMatchObject({ status: 'approved', version: 3, approvedByName: 'Anna Lindqvist' });
    expect(await findMinutesVersion(t.db, council.tenantId, minutes.id, 3)).toMatchObject({
      kind: 'approved',
      byName: 'Anna Lindqvist',
      content: minutes.content,
    });
    expect(await listSubAssignments(t.db, council.tenantId, council.id, 2027)).toEqual([]);
  });

  it('makes each decided work a deluppdrag of the meeting’s year, naming a member by first name as responsible', async () => {
    const council = await createCouncil(t.db);
    const minutes = await createMinutes(t.db, {
      council,
      fields: { newWorks: '1. Nattfika på helgerna – Elin – 2027-04-30\n2. Ny rutin för larmtest' },
    });
    const { works } = await approve(buildActor(council.managers[0]), council, minutes.id);
    expect(works).toBe(2);
    const made = await listSubAssignments(t.db, council.tenantId, council.id, 2027);
    expect(made.map((s) => [s.name, s.responsible?.name, s.endsOn, s.origin])).toEqual([
      ['Nattfika på helgerna', 'Elin Svensson', '2027-04-30', { kind: 'minutes', id: minutes.id, line: 0 }],
      ['Ny rutin för larmtest', undefined, undefined, { kind: 'minutes', id: minutes.id, line: 1 }],
    ]);
  });
});
