import type { Council } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, NotFoundError, PrivacyError, ValidationError } from '../../../bot/src/domain/errors';
import type { Actor } from '../../../bot/src/domain/policies';
import type { ProposalDecision } from '../../../bot/src/domain/proposal';
import { triageProposal } from '../../../bot/src/services/proposal-triager';
import { listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { findProposal } from '../../../bot/src/store/proposal-repository';
import { findSubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, buildActor, createCouncil, createProposal } from '../../helpers/factories';

const clock = new ManualClock('2026-12-01T08:30:00Z');

describe.each(drivers)('triaging a proposal (proposal-triager) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const triage = (actor: Actor, council: Council, proposalId: string, move: ProposalDecision | 'reopen', reason = '', expectedVersion = 1) =>
    t.db.transaction((tx) => triageProposal({ db: tx, clock, actor, council, proposalId, move, reason, expectedVersion }));
  const outcomes = async (council: Council) =>
    (await listCouncilPosts(t.db, council.tenantId, council.id)).filter((p) => p.kind === 'proposal-outcome');

  it('refuses a member who is not a manager: the proposal stays open and the proposer hears nothing', async () => {
    const council = await createCouncil(t.db);
    const proposal = await createProposal(t.db, { council });
    await expect(triage(buildActor(council.members[1]), council, proposal.id, 'accept')).rejects.toBeInstanceOf(ForbiddenError);
    expect((await findProposal(t.db, council.tenantId, proposal.id))!).toMatchObject({ status: 'open', version: 1, subAssignmentId: undefined });
    expect(await outcomes(council)).toEqual([]);
  });

  it('does not find another tenant’s proposal by its id', async () => {
    const council = await createCouncil(t.db);
    const elsewhere = await createProposal(t.db, { council: await createCouncil(t.db, { tenantId: OTHER_TENANT }) });
    await expect(triage(buildActor(council.managers[0]), council, elsewhere.id, 'decline', 'Inte aktuellt')).rejects.toBeInstanceOf(NotFoundError);
    expect((await findProposal(t.db, OTHER_TENANT, elsewhere.id))!.status).toBe('open');
  });

  it('asks for a reason to park or decline, refuses a personal identity number in it and a stale version, and changes nothing', async () => {
    const council = await createCouncil(t.db);
    const proposal = await createProposal(t.db, { council });
    const anna = buildActor(council.managers[0]);
    const noReason = await triage(anna, council, proposal.id, 'decline', '  ').catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(ValidationError);
    expect(noReason).toMatchObject({ field: 'reason', messageKey: 'proposal.reason.required.decline' });
    await expect(triage(anna, council, proposal.id, 'park', 'Gäller 19121212-1212')).rejects.toBeInstanceOf(PrivacyError);
    await expect(triage(anna, council, proposal.id, 'park', 'Efter ombyggnaden', 2)).rejects.toThrow('proposal.stale');
    expect((await findProposal(t.db, council.tenantId, proposal.id))!).toMatchObject({ status: 'open', version: 1, reason: undefined });
    expect(await outcomes(council)).toEqual([]);
  });

  it('refuses deciding an already declined proposal again', async () => {
    const council = await createCouncil(t.db);
    const declined = await createProposal(t.db, { council, status: 'declined' });
    const refused = await triage(buildActor(council.managers[0]), council, declined.id, 'accept', '', declined.version).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).messageKey).toBe('proposal.decided.declined');
  });

  it('makes an accepted proposal an improvement work of the year and tells the named proposer the outcome once', async () => {
    const council = await createCouncil(t.db);
    const proposal = await createProposal(t.db, {
      council,
      title: 'Fasta fikatider',
      problem: 'Fikat kommer vid olika tider.',
      improvement: 'Lugnare eftermiddagar.',
    });
    const accepted = await triage(buildActor(council.managers[0]), council, proposal.id, 'accept');
    expect(accepted).toMatchObject({ status: 'accepted', decidedByName: 'Anna Lindqvist', decidedAt: clock.now(), version: 2 });
    const work = await findSubAssignment(t.db, council.tenantId, accepted.subAssignmentId!);
    expect(work).toMatchObject({
      year: 2026,
      kind: 'improvement',
      name: 'Fasta fikatider',
      purpose: 'Fikat kommer vid olika tider.\n\nLugnare eftermiddagar.',
      startsOn: '2026-12-01',
      origin: { kind: 'proposal', id: proposal.id },
      status: 'ongoing',
    });
    expect((await outcomes(council)).map((p) => p.proposalId)).toEqual([proposal.id]);
  });

  it('parks an anonymous proposal with the reason and takes it up again, with no outcome post for anyone', async () => {
    const council = await createCouncil(t.db);
    const proposal = await createProposal(t.db, { council, anonymous: true });
    const anna = buildActor(council.managers[0]);
    expect(await triage(anna, council, proposal.id, 'park', ' Tas upp efter ombyggnaden ')).toMatchObject({
      status: 'parked',
      reason: 'Tas upp efter ombyggnaden',
    });
    expect(await triage(anna, council, proposal.id, 'reopen', '', 2)).toMatchObject({
      status: 'open',
      version: 3,
      reason: undefined,
      decidedByName: undefined,
    });
    expect(await outcomes(council)).toEqual([]);
  });
});
