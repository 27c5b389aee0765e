/**
 * The measured part of the planning benchmark, in its own process so its memory is its own: find and
 * claim (hand to the sender) one day's due posts among ~1M future ones, then plan January's schedule
 * reminders for 30,000 councils. Prints one JSON line.
 */
import { openPgDb } from '../bot/src/store/pg-db';
import { claimDuePosts } from '../bot/src/store/outbox-repository';
import { enqueueScheduleReminders } from '../bot/src/services/schedule-reminder-enqueuer';
import { BENCH_POSTGRES_URL } from './seed';

async function main(): Promise<void> {
  const [schema, dayEnd, january] = process.argv.slice(2) as [string, string, string];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const db = await openPgDb({ connectionString: BENCH_POSTGRES_URL, schema, max: 4 });
  const t0 = performance.now();
  let claimed = 0;
  for (
    let batch = await claimDuePosts(db, new Date(dayEnd), 1_000, 60_000);
    batch.length > 0;
    batch = await claimDuePosts(db, new Date(dayEnd), 1_000, 60_000)
  ) {
    claimed += batch.length;
  }
  const claimMs = performance.now() - t0;
  const t1 = performance.now();
  const reminders = await enqueueScheduleReminders(db, new Date(january));
  const remindMs = performance.now() - t1;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  clearInterval(sampler);
  await db.close();
  process.stdout.write(`${JSON.stringify({ claimed, claimMs, reminders, remindMs, peakRssMb: peakRss / 1024 / 1024 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
