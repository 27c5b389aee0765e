/**
 * Delivery of the day-before personal reminders: 100 councils × 10 people with a meeting in two hours,
 * so the real server's first planning pass enqueues 1,000 personal reminders, which its outbox worker
 * then delivers (each opens the person's chat and posts the card) against a loopback connector that
 * enforces Teams' limits (50 requests/s for the tenant) with 429 + Retry-After. Measures posts/s
 * against the 50/s ceiling, and reminders lost or made twice.
 */
import { startServer, waitFor } from './delivery';
import { freshSchema, seedCouncilPeople, seedCouncils } from './seed';
import { ThrottlingConnector, type DeliveryResult } from './throttling-connector';

const COUNCILS = 100;
const PEOPLE = 10;
/** Personal reminders the run must deliver, each exactly once. */
export const PERSONAL_TOTAL = COUNCILS * PEOPLE;

export async function personalDeliveryRun(): Promise<DeliveryResult> {
  const connector = await new ThrottlingConnector().start();
  const schema = await freshSchema('bench_personal_delivery');
  const { db } = schema;
  try {
    await seedCouncils(db, COUNCILS, connector.url);
    await seedCouncilPeople(db, PEOPLE);
    // In two hours: whatever the hour, 08:00 of the day before has passed, so the reminders are due now.
    await db.query(
      `insert into meeting (id, tenant_id, council_id, year, starts_at, ends_at, place, online, status, revision, created_at, updated_at)
       select gen_random_uuid(), tenant_id, id, 2099, now() + interval '2 hours', now() + interval '3 hours', 'Personalrummet', false, 'scheduled', 1, now(), now()
         from council`,
    );
    const server = await startServer(schema.url);
    await waitFor(async () => {
      const rows = await db.query<{ done: string; open: string }>(
        `select count(*) filter (where status not in ('pending', 'sending')) as done, count(*) filter (where status in ('pending', 'sending')) as open
           from outbox where kind = 'personal-reminder'`,
      );
      return Number(rows[0]?.done ?? 0) >= PERSONAL_TOTAL && Number(rows[0]?.open ?? 0) === 0;
    }, 300_000);
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    return connector.resultOf(PERSONAL_TOTAL);
  } finally {
    await connector.stop();
    await schema.drop();
  }
}
