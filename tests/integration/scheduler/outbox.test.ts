import pino from 'pino';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { setPersonalReminders } from '../../../bot/src/store/attendance-repository';
import type { Council } from '../../../bot/src/domain/council';
import { OutboxWorker } from '../../../bot/src/scheduler/outbox-worker';
import { OUTBOX_JOB } from '../../../bot/src/scheduler/post-deliverer';
import { RateLimiter } from '../../../bot/src/scheduler/rate-limiter';
import { signedLinks } from '../../../bot/src/services/signed-links';
import { meetingPostsFor } from '../../../bot/src/services/meeting-posts';
import type { Db } from '../../../bot/src/store/db';
import { claimDuePosts, enqueuePosts, listCouncilPosts, type OutboxPost } from '../../../bot/src/store/outbox-repository';
import { openPgDb } from '../../../bot/src/store/pg-db';
import { ProactiveSender } from '../../../bot/src/teams/proactive-sender';
import { POSTGRES_URL, drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { ManualClock } from '../../helpers/clock';
import { TENANT, createChannelReference, createCouncil, createMeeting } from '../../helpers/factories';
import { LoopbackConnector } from '../../helpers/loopback-connector';

const NOW = new Date('2027-03-15T07:30:00Z'); // outside January: no schedule reminders in the way

describe.each(drivers)('outbox delivery on %s', (driver) => {
  let t: TestDatabase;
  let connector: LoopbackConnector;
  let clock: ManualClock;
  beforeEach(async () => {
    t = await openTestDatabase(driver);
    connector = await new LoopbackConnector({ members: [], channels: [] }).start();
    clock = new ManualClock(NOW);
  });
  afterEach(async () => {
    await connector.stop();
    await t.drop();
  });

  function workerOn(db: Db): OutboxWorker {
    const auth = new ConfigurationBotFrameworkAuthentication({});
    return new OutboxWorker({
      db,
      clock,
      locale: 'sv',
      log: pino({ level: 'silent' }),
      limiter: new RateLimiter(),
      links: signedLinks('http://localhost:3978', 'test-key'),
      sender: new ProactiveSender(new CloudAdapter(auth), ''),
    });
  }

  /** Councils with a channel reference each, and one meeting per council tomorrow whose reminder is due now. */
  async function dueReminders(councils: number, meetingsEach: number): Promise<Council[]> {
    const made: Council[] = [];
    for (let c = 0; c < councils; c++) {
      const council = await createCouncil(t.db);
      await createChannelReference(t.db, { council, serviceUrl: connector.url, updatedAt: NOW });
      // These tests are about the channel's posts: the people's personal day-before reminders are off.
      for (const person of [...council.managers, ...council.members]) await setPersonalReminders(t.db, TENANT, person.aadObjectId, false, NOW);
      for (let m = 0; m < meetingsEach; m++) {
        const startsAt = new Date(Date.UTC(2027, 2, 16, 7 + m, 0));
        const meeting = await createMeeting(t.db, {
          council,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3_600_000),
          place: `Rum ${m}`,
          online: false,
          invitationActivityId: `invitation-${c}-${m}`,
        });
        const reminder = meetingPostsFor(meeting, council.timeZone, 30, NOW).filter((p) => p.kind === 'reminder');
        await enqueuePosts(
          t.db,
          reminder.map((p) => ({ ...p, dueAt: NOW })),
          NOW,
        );
      }
      made.push(council);
    }
    return made;
  }

  async function allPosts(councils: Council[]): Promise<OutboxPost[]> {
    return (await Promise.all(councils.map((c) => listCouncilPosts(t.db, TENANT, c.id)))).flat();
  }

  it('two workers claiming at once post every due post exactly once', async () => {
    const councils = await dueReminders(6, 5);
    const other = driver === 'postgres' ? await openPgDb({ connectionString: POSTGRES_URL, schema: t.schema, max: 4 }) : t.db;
    try {
      const [a, b] = await Promise.all([workerOn(t.db).runDue(), workerOn(other).runDue()]);
      const sent = [...a, ...b].filter((r) => r.outcome === 'sent');
      expect(sent).toHaveLength(30);
      expect(new Set(sent.map((r) => r.id)).size).toBe(30);
    } finally {
      if (other !== t.db) await other.close();
    }
    expect(connector.posts).toHaveLength(30);
    const delivered = connector.posts.map((p) => `${p.conversationId} ${String(p.body?.text)}`);
    expect(new Set(delivered).size).toBe(30);
    expect((await allPosts(councils)).every((p) => p.status === 'sent')).toBe(true);
  });

  it('recovers posts a worker claimed and then died with, once their lease runs out', async () => {
    const councils = await dueReminders(2, 3);
    const claimedByDeadWorker = await claimDuePosts(t.db, NOW, 10, OUTBOX_JOB.leaseMs);
    expect(claimedByDeadWorker).toHaveLength(6);
    expect(await workerOn(t.db).runDue()).toEqual([]); // still leased
    clock.set(new Date(NOW.getTime() + OUTBOX_JOB.leaseMs + 1_000));
    const recovered = await workerOn(t.db).runDue();
    expect(recovered.map((r) => r.outcome)).toEqual(Array(6).fill('sent'));
    expect(connector.posts).toHaveLength(6);
    expect((await allPosts(councils)).map((p) => p.attempts)).toEqual(Array(6).fill(2));
  });

  it('on 429 waits at least Retry-After before trying again, then delivers once', async () => {
    const councils = await dueReminders(1, 1);
    // The connector client retries 429 three times itself (honouring Retry-After); the fourth refusal reaches the outbox.
    connector.failures.push(...Array.from({ length: 4 }, () => ({ status: 429, retryAfterSeconds: 1 })));
    const first = await workerOn(t.db).runDue();
    expect(first.map((r) => r.outcome)).toEqual(['retry']);
    const [post] = await allPosts(councils);
    expect(post).toMatchObject({ status: 'pending', attempts: 1 });
    expect(post!.lastError).toContain('429');
    expect(post!.dueAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() + 1_000);
    expect(connector.posts).toHaveLength(0);
    expect(connector.calls.filter((c) => c.method === 'POST 429')).toHaveLength(4);

    clock.set(post!.dueAt);
    expect((await workerOn(t.db).runDue()).map((r) => r.outcome)).toEqual(['sent']);
    expect(connector.posts).toHaveLength(1);
  });

  it('gives up after the last attempt and keeps the error for the manager', async () => {
    const councils = await dueReminders(1, 1);
    connector.failWith = 403;
    await t.db.query('update outbox set attempts = $1', [OUTBOX_JOB.maxAttempts - 1]);
    expect((await workerOn(t.db).runDue()).map((r) => r.outcome)).toEqual(['failed']);
    const [post] = await allPosts(councils);
    expect(post).toMatchObject({ status: 'failed' });
    expect(post!.lastError).toContain('403');
  });
});
