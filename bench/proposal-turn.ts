/**
 * The proposal bot turn of `npm run bench`: "@Kvalitetsråd förslag <text>" in a council channel, each
 * request a new activity (so every one is parsed, privacy-checked, stored and answered with the
 * proposal card), spread over many units so the spam limit (20 per unit and 10 minutes) never refuses
 * one. Measured on both stores: the embedded default (PGlite in `DATA_DIR`) and PostgreSQL
 * (`DATABASE_URL`, as in production), each seeded before the server starts.
 */
import { randomUUID } from 'node:crypto';
import type { Council } from '../bot/src/domain/council';
import { insertCouncil } from '../bot/src/store/council-repository';
import { openSeedStore, type SeedStore } from './seed';

/** Units in the benchmark, one per tenant (a proposal turn reads and locks its own council row). */
export const PROPOSAL_UNITS = 800;

const tenantOf = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const channelOf = (i: number) => `19:kvalitetsrad-${i}@thread.tacv2`;

/**
 * Seeds the councils into the store the server will open: PGlite in `<dataDir>/pglite` (as `openDb`
 * does), or a fresh schema on the PostgreSQL at 127.0.0.1:5432, whose URL is returned.
 */
export async function seedProposalUnits(store: SeedStore): Promise<{ databaseUrl?: string; drop?: () => Promise<void> }> {
  const { db, done, databaseUrl, drop } = await openSeedStore(store);
  const now = new Date();
  for (let i = 0; i < PROPOSAL_UNITS; i++) {
    const person = (n: number) => ({ aadObjectId: randomUUID(), teamsUserId: `29:u${i}-${n}`, name: `Medarbetare ${n}` });
    const council: Council = {
      id: randomUUID(),
      tenantId: tenantOf(i),
      teamId: `19:team-${i}@thread.tacv2`,
      channelId: channelOf(i),
      unitName: `Enhet ${i}`,
      area: 'hemvard',
      timeZone: 'Europe/Stockholm',
      status: 'active',
      managers: [person(0)],
      members: [1, 2, 3, 4, 5].map(person),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await insertCouncil(db, council);
  }
  await done();
  return { databaseUrl, drop };
}

/** The i-th request's body: a new proposal message from a staff member of unit i mod units. */
export function proposalMessage(serviceUrl: string, i: number): string {
  const unit = i % PROPOSAL_UNITS;
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    locale: 'sv-SE',
    from: { id: `29:staff-${i}`, name: 'Bengt Karlsson', aadObjectId: randomUUID() },
    recipient: { id: '28:kvalitetsrad-bot', name: 'Kvalitetsråd' },
    conversation: { id: channelOf(unit), conversationType: 'channel', isGroup: true, tenantId: tenantOf(unit) },
    channelData: { tenant: { id: tenantOf(unit) }, team: { id: `19:team-${unit}@thread.tacv2` }, channel: { id: channelOf(unit) } },
    text:
      '<at>Kvalitetsråd</at> förslag Fler sittplatser i trädgården. Många boende orkar inte gå hela slingan utan att vila; ' +
      'vi kunde ställa ut två bänkar vid dammen före 15 maj (ring vaktmästaren på 070-123 45 67).',
  });
}
