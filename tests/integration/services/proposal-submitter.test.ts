import { ForbiddenError, PrivacyError } from '../../../bot/src/domain/errors';
import type { ProposalDraft } from '../../../bot/src/domain/proposal';
import { submitProposal, type ProposalChannel } from '../../../bot/src/services/proposal-submitter';
import type { Actor } from '../../../bot/src/domain/policies';
import type { Council } from '../../../bot/src/domain/council';
import { listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { listProposals } from '../../../bot/src/store/proposal-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { OTHER_TENANT, buildActor, createCouncil, createProposal } from '../../helpers/factories';

const clock = new ManualClock('2026-11-23T09:15:00Z');
const draft = (overrides: Partial<ProposalDraft> = {}): ProposalDraft => ({
  title: 'Bättre belysning i entrén',
  problem: 'Det är mörkt vid entrén på kvällarna och boende är rädda att snubbla.',
  improvement: 'Färre fall och tryggare kvällspromenader.',
  source: 'staff',
  anonymous: false,
  ...overrides,
});

describe.each(drivers)('submitting a proposal (proposal-submitter) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const submit = (actor: Actor, council: Council, proposal: ProposalDraft, channel: ProposalChannel = { via: 'form' }) =>
    t.db.transaction((tx) => submitProposal({ db: tx, clock, actor, council, draft: proposal, channel }));
  const stored = (council: Council) => listProposals(t.db, council.tenantId, council.id, { statuses: ['open'] });

  it('refuses someone of another tenant and a council whose team removed the app, storing nothing', async () => {
    const council = await createCouncil(t.db);
    const stranger = buildActor(council.members[0], { tenantId: OTHER_TENANT });
    await expect(submit(stranger, council, draft())).rejects.toBeInstanceOf(ForbiddenError);
    const inactive = await createCouncil(t.db, { status: 'inactive' });
    await expect(submit(buildActor(inactive.members[0]), inactive, draft())).rejects.toThrow('forbidden.propose');
    expect(await stored(council)).toEqual([]);
    expect(await stored(inactive)).toEqual([]);
  });

  it('refuses a personal identity number, naming the field and the characters, and stores no proposal and no post', async () => {
    const council = await createCouncil(t.db);
    const refused = await submit(buildActor(council.members[1]), council, draft({ problem: 'Gäller boende 19121212-1212 i rum 4.' })).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PrivacyError);
    expect(refused).toMatchObject({ field: 'problem', params: { field: 'problem', text: '19121212-1212', from: 15, to: 27 } });
    expect(await stored(council)).toEqual([]);
    expect(await listCouncilPosts(t.db, council.tenantId, council.id)).toEqual([]);
  });

  it('numbers a new proposal after the unit’s earlier ones and enqueues its channel card once, even when the form is sent twice', async () => {
    const council = await createCouncil(t.db);
    await createProposal(t.db, { council });
    await createProposal(t.db, { council, anonymous: true, title: 'Tydligare schema för helgerna' });
    const cecilia = buildActor(council.members[1]);
    const first = await submit(cecilia, council, draft());
    const again = await submit(cecilia, council, draft());
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ number: 3, status: 'open', anonymous: false, author: { aadObjectId: cecilia.aadObjectId, name: 'Cecilia Ek' } });
    const posts = (await listCouncilPosts(t.db, council.tenantId, council.id)).filter((p) => p.proposalId === first.id);
    expect(posts.map((p) => p.kind)).toEqual(['proposal']);
  });

  it('stores an anonymous proposal from a message without its author and sends no receipt, keeping the thread it came in', async () => {
    const council = await createCouncil(t.db);
    const bengt = buildActor(council.members[0]);
    const proposal = await submit(bengt, council, draft({ anonymous: true }), { via: 'message', threadRootId: '1732352100000' });
    expect(proposal).toMatchObject({ anonymous: true, author: undefined, threadRootId: '1732352100000' });
    const [row] = await t.db.query('select * from proposal where id = $1', [proposal.id]);
    expect(JSON.stringify(row)).not.toContain(bengt.aadObjectId);
    expect(JSON.stringify(row)).not.toContain(bengt.name);
    expect(await listCouncilPosts(t.db, council.tenantId, council.id)).toEqual([]);
  });

  it('sends a named proposer from a message one receipt in personal chat instead of a new channel card', async () => {
    const council = await createCouncil(t.db);
    const proposal = await submit(buildActor(council.members[2]), council, draft(), { via: 'message', threadRootId: '1732352200000' });
    await submit(buildActor(council.members[2]), council, draft(), { via: 'message', threadRootId: '1732352200000' });
    const posts = await listCouncilPosts(t.db, council.tenantId, council.id);
    expect(posts.map((p) => [p.kind, p.proposalId])).toEqual([['proposal-receipt', proposal.id]]);
  });
});
