import type { Council } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, NotFoundError } from '../../../bot/src/domain/errors';
import type { Actor } from '../../../bot/src/domain/policies';
import { supportProposal } from '../../../bot/src/services/proposal-supporter';
import { findProposal, hasSupported } from '../../../bot/src/store/proposal-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, buildActor, createCouncil, createProposal } from '../../helpers/factories';

const clock = new ManualClock('2026-11-24T13:40:00Z');

describe.each(drivers)('supporting a proposal (proposal-supporter) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const press = (actor: Actor, council: Council, proposalId: string) =>
    t.db.transaction((tx) => supportProposal({ db: tx, clock, actor, council, proposalId }));
  const countOf = async (council: Council, id: string) => (await findProposal(t.db, council.tenantId, id))!.supportCount;

  it('refuses someone of another tenant and a council whose team removed the app, counting nothing', async () => {
    const council = await createCouncil(t.db);
    const proposal = await createProposal(t.db, { council });
    await expect(press(buildActor(council.members[1], { tenantId: OTHER_TENANT }), council, proposal.id)).rejects.toBeInstanceOf(ForbiddenError);
    const inactive = await createCouncil(t.db, { status: 'inactive' });
    const parked = await createProposal(t.db, { council: inactive });
    await expect(press(buildActor(inactive.members[1]), inactive, parked.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await countOf(council, proposal.id)).toBe(0);
    expect(await countOf(inactive, parked.id)).toBe(0);
  });

  it('does not find another tenant’s proposal, nor another unit’s, by its id', async () => {
    const council = await createCouncil(t.db);
    const neighbour = await createCouncil(t.db, { unitName: 'Ekbackens gruppboende' });
    const theirs = await createProposal(t.db, { council: neighbour });
    const elsewhere = await createProposal(t.db, { council: await createCouncil(t.db, { tenantId: OTHER_TENANT }) });
    await expect(press(buildActor(council.members[1]), council, elsewhere.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(press(buildActor(council.members[1]), council, theirs.id)).rejects.toThrow('proposal.notFound');
    expect(await countOf(neighbour, theirs.id)).toBe(0);
  });

  it('closes support once a proposal is accepted or declined, keeping the count it had', async () => {
    const council = await createCouncil(t.db);
    for (const status of ['accepted', 'declined'] as const) {
      const decided = await createProposal(t.db, { council, status, title: `Förslag som blev ${status}` });
      const refused = await press(buildActor(council.members[1]), council, decided.id).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ConflictError);
      expect((refused as ConflictError).messageKey).toBe(`proposal.support.closed.${status}`);
      expect(await countOf(council, decided.id)).toBe(0);
    }
  });

  it('counts a colleague’s support once and withdraws it when they press again, for an open or a parked proposal', async () => {
    const council = await createCouncil(t.db);
    const elin = buildActor(council.members[3]);
    for (const status of ['open', 'parked'] as const) {
      const proposal = await createProposal(t.db, { council, status, title: `Ett ${status} förslag` });
      const added = await press(elin, council, proposal.id);
      expect(added).toMatchObject({ supported: true, proposal: { id: proposal.id, supportCount: 1 } });
      expect(await hasSupported(t.db, council.tenantId, proposal.id, elin.aadObjectId)).toBe(true);
      const withdrawn = await press(elin, council, proposal.id);
      expect(withdrawn).toMatchObject({ supported: false, proposal: { supportCount: 0 } });
      expect(await hasSupported(t.db, council.tenantId, proposal.id, elin.aadObjectId)).toBe(false);
    }
  });
});
