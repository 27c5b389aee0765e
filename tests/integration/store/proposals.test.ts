import { ConflictError, ForbiddenError } from '../../../bot/src/domain/errors';
import { PROPOSAL_RATE_LIMITS, type ProposalDraft } from '../../../bot/src/domain/proposal';
import { submitProposal } from '../../../bot/src/services/proposal-submitter';
import { supportProposal } from '../../../bot/src/services/proposal-supporter';
import { triageProposal } from '../../../bot/src/services/proposal-triager';
import { findProposal, listProposals } from '../../../bot/src/store/proposal-repository';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { buildActor, buildPerson, createCouncil } from '../../helpers/factories';
import { matches } from '../../helpers/matchers';

const clock = { now: () => new Date('2026-11-22T10:00:00Z') };
const draft = (overrides: Partial<ProposalDraft> = {}): ProposalDraft => ({
  title: 'Fler sittplatser',
  problem: 'Boende orkar inte gå hela slingan.',
  improvement: '',
  source: 'staff',
  anonymous: false,
  ...overrides,
});

describe.each(drivers)('proposals on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  async function councilWithProposal(overrides: Partial<ProposalDraft> = {}) {
    const council = await createCouncil(t.db);
    const author = buildActor(council.members[0]);
    const proposal = await t.db.transaction((tx) =>
      submitProposal({ db: tx, clock, actor: author, council, draft: draft(overrides), channel: { via: 'form' } }),
    );
    return { council, author, proposal };
  }

  it('stores an anonymous proposal with no author data at all', async () => {
    const { council, author, proposal } = await councilWithProposal({ anonymous: true });
    const [row] = await t.db.query<Record<string, unknown>>('select * from proposal where id = $1', [proposal.id]);
    expect(row).toMatchObject({ anonymous: true, author_aad_object_id: null, author_teams_user_id: null, author_name: null });
    const everything = JSON.stringify(await t.db.query('select * from outbox where council_id = $1', [council.id])) + JSON.stringify(row);
    for (const trace of [author.aadObjectId, author.teamsUserId, author.name]) expect(everything).not.toContain(trace);
    // The table itself refuses an anonymous row with an author.
    await expect(
      t.db.query(`update proposal set author_name = 'x', author_aad_object_id = 'y', author_teams_user_id = 'z' where id = $1`, [proposal.id]),
    ).rejects.toThrow();
  });

  it('takes the same submission delivered again as the one proposal, anonymous or named, and keeps others apart', async () => {
    const council = await createCouncil(t.db);
    const [cecilia, david] = [buildActor(council.members[0]), buildActor(council.members[1])];
    const submit = (actor: ReturnType<typeof buildActor>, overrides: Partial<ProposalDraft>) =>
      t.db.transaction((tx) => submitProposal({ db: tx, clock, actor, council, draft: draft(overrides), channel: { via: 'form' } }));
    const anonymous = await Promise.all([submit(cecilia, { anonymous: true }), submit(cecilia, { anonymous: true })]);
    expect(anonymous[1].id).toBe(anonymous[0].id);
    expect((await submit(david, { anonymous: true })).id).toBe(anonymous[0].id); // the same words, no author to tell apart
    const named = await submit(cecilia, {});
    expect(named.id).not.toBe(anonymous[0].id);
    expect((await submit(cecilia, {})).id).toBe(named.id);
    expect((await submit(david, {})).id).not.toBe(named.id);
    const rows = await t.db.query('select number from proposal where council_id = $1 order by number', [council.id]);
    expect(rows.map((r) => r.number)).toEqual([1, 2, 3]);
    const posts = await t.db.query('select kind from outbox where council_id = $1', [council.id]);
    expect(posts).toHaveLength(3); // one card each
  });

  it('keeps support to one row per person when 20 colleagues and one double-clicker press at once', async () => {
    const { council, proposal } = await councilWithProposal();
    const colleagues = Array.from({ length: 20 }, () => buildActor(buildPerson()));
    const press = (actor: ReturnType<typeof buildActor>) =>
      t.db.transaction((tx) => supportProposal({ db: tx, clock, actor, council, proposalId: proposal.id }));
    const doubleClicker = colleagues[0]!;
    await Promise.all([...colleagues.map(press), press(doubleClicker)]);
    const rows = await t.db.query<{ aad_object_id: string }>('select aad_object_id from proposal_support where proposal_id = $1', [proposal.id]);
    expect(new Set(rows.map((r) => r.aad_object_id)).size).toBe(rows.length);
    expect(rows).toHaveLength(19); // the double click added and withdrew: 19 supporters remain
    expect((await findProposal(t.db, council.tenantId, proposal.id))!.supportCount).toBe(19);
  });

  it('numbers proposals made at the same moment 1…n without gaps or twins', async () => {
    const council = await createCouncil(t.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.db.transaction((tx) =>
          submitProposal({ db: tx, clock, actor: buildActor(buildPerson()), council, draft: draft({ title: `Idé ${i}` }), channel: { via: 'form' } }),
        ),
      ),
    );
    const numbers = (await listProposals(t.db, council.tenantId, council.id, { statuses: ['open'] })).map((p) => p.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('walks the state machine: park with a reason, reopen, accept; refuses staff and a second decision', async () => {
    const { council, proposal } = await councilWithProposal();
    const manager = buildActor(council.managers[0]);
    const triage = (move: 'accept' | 'park' | 'decline' | 'reopen', expectedVersion: number, actor = manager) =>
      t.db.transaction((tx) =>
        triageProposal({ db: tx, clock, actor, council, proposalId: proposal.id, move, reason: 'Efter ombyggnaden', expectedVersion }),
      );
    await expect(triage('accept', 1, buildActor(council.members[1]))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await triage('park', 1)).status).toBe('parked');
    await expect(triage('accept', 2)).rejects.toBeInstanceOf(ConflictError);
    expect((await triage('reopen', 2)).status).toBe('open');
    await expect(triage('accept', 2)).rejects.toThrow('proposal.stale');
    const accepted = await triage('accept', 3);
    expect(accepted).toMatchObject({ status: 'accepted', decidedByName: manager.name, subAssignmentId: matches.any(String) });
    await expect(triage('decline', 4)).rejects.toThrow('proposal.decided.accepted');
    const outcomes = await t.db.query('select kind from outbox where proposal_id = $1 and kind = $2', [proposal.id, 'proposal-outcome']);
    expect(outcomes).toHaveLength(3); // parked, open again, accepted
  });

  it('limits how many proposals one unit takes in ten minutes, without knowing who sends them', async () => {
    const council = await createCouncil(t.db);
    const submit = (i: number) =>
      t.db.transaction((tx) =>
        submitProposal({
          db: tx,
          clock,
          actor: buildActor(buildPerson()),
          council,
          draft: draft({ anonymous: true, title: `Idé ${i}` }),
          channel: { via: 'form' },
        }),
      );
    for (let i = 0; i < PROPOSAL_RATE_LIMITS.perCouncil; i++) await submit(i);
    await expect(submit(-1)).rejects.toThrow('proposal.rateLimited');
    const later = { now: () => new Date(clock.now().getTime() + PROPOSAL_RATE_LIMITS.windowMs + 1000) };
    await expect(
      t.db.transaction((tx) =>
        submitProposal({ db: tx, clock: later, actor: buildActor(buildPerson()), council, draft: draft(), channel: { via: 'form' } }),
      ),
    ).resolves.toBeDefined();
  });
});
