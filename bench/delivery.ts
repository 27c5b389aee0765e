/**
 * Delivery benchmark: 2,000 due posts for 200 channels of one tenant, made by the real server
 * (`dist/bot/src/index.js`, its outbox worker) against a loopback connector that enforces Teams'
 * limits with 429 + Retry-After. Measures sustained posts/s against the 50/s ceiling, and lost and
 * duplicated posts, once undisturbed and once with the server killed (`kill -9`) halfway and restarted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freshSchema, seedCouncils, BENCH_TENANT } from './seed';
import { ThrottlingConnector, type DeliveryResult } from './throttling-connector';

const ROOT = path.resolve(__dirname, '..');
const CHANNELS = 200;
const POSTS_PER_CHANNEL = 10;
const TOTAL = CHANNELS * POSTS_PER_CHANNEL;

/** Starts the built server (its outbox worker) on the PostgreSQL schema at `databaseUrl`. */
export function startServer(databaseUrl: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--no-deprecation', 'dist/bot/src/index.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PORT: '0', PLAYGROUND: '0', LOG_LEVEL: 'error', DATABASE_URL: databaseUrl },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/running on http/.test(out)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** Polls `condition` every 100 ms until it holds, for at most `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One run; `killAt` posts accepted, the server is killed with SIGKILL and started again. */
export async function deliveryRun(killAt?: number): Promise<DeliveryResult> {
  const connector = await new ThrottlingConnector().start();
  const schema = await freshSchema(`bench_delivery_${killAt ? 'kill' : 'plain'}`);
  try {
    await seedCouncils(schema.db, CHANNELS, connector.url);
    // Ten meetings tomorrow per council, no invitation posted: their reminders go to the channel itself.
    await schema.db.query(
      `insert into meeting (id, tenant_id, council_id, year, starts_at, ends_at, place, online, status, revision, created_at, updated_at)
       select gen_random_uuid(), c.tenant_id, c.id, 2099, now() + interval '1 day' + k * interval '30 minutes',
              now() + interval '1 day' + k * interval '30 minutes' + interval '25 minutes', 'Rum ' || k, false, 'scheduled', 1, now(), now()
         from council c cross join generate_series(1, $1::int) as k`,
      [POSTS_PER_CHANNEL],
    );
    await schema.db.query(
      `insert into outbox (tenant_id, idempotency_key, kind, council_id, meeting_id, revision, due_at, status, created_at)
       select tenant_id, 'meeting:' || id || ':reminder:1', 'reminder', council_id, id, 1, now() - interval '1 second', 'pending', now()
         from meeting where tenant_id = $1`,
      [BENCH_TENANT],
    );
    const accepted = () => [...connector.accepted.values()].length;
    let server = await startServer(schema.url);
    if (killAt) {
      await waitFor(() => accepted() >= killAt, 120_000);
      server.kill('SIGKILL');
      await new Promise((r) => server.once('exit', r));
      server = await startServer(schema.url);
    }
    await waitFor(async () => {
      const rows = await schema.db.query<{ n: string }>(`select count(*) as n from outbox where status in ('pending', 'sending')`);
      return Number(rows[0]!.n) === 0;
    }, 300_000);
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    const unfinished = await schema.db.query<{ status: string; last_error: string | null; n: string }>(
      `select status, last_error, count(*) as n from outbox where status <> 'sent' group by 1, 2`,
    );
    if (unfinished.length > 0) process.stderr.write(`delivery: posts not sent: ${JSON.stringify(unfinished)}\n`);
    return connector.resultOf(TOTAL);
  } finally {
    await connector.stop();
    await schema.drop();
  }
}

export const DELIVERY_TOTAL = TOTAL;
export const DELIVERY_CHANNELS = CHANNELS;
