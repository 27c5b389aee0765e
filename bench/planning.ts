/**
 * Planning benchmark on PostgreSQL: 30,000 councils × 8 meetings with their 4 posts each (960,000
 * outbox rows, those before the measured day already sent). Measures, in a separate process, the
 * time to find and claim one day's due posts and to plan January's schedule reminders, and that
 * process's peak memory. Budget: ≤ 1 s and ≤ 256 MB.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { freshSchema, seedCouncils, BENCH_TENANT } from './seed';

const ROOT = path.resolve(__dirname, '..');
const COUNCILS = 30_000;
const MEETINGS = 8;
const DAY = '2027-03-16';

/** What the planning run measured. */
export interface PlanningResult {
  rows: number;
  claimed: number;
  claimMs: number;
  reminders: number;
  remindMs: number;
  peakRssMb: number;
  seedSeconds: number;
}

export async function planningRun(): Promise<PlanningResult> {
  const schema = await freshSchema('bench_planning');
  try {
    const t0 = performance.now();
    await seedCouncils(schema.db, COUNCILS, 'http://127.0.0.1:9/');
    // Meetings every ~40 days from mid-January, staggered by council over four weeks, 13:00 local (12:00Z in winter).
    await schema.db.query(
      `insert into meeting (id, tenant_id, council_id, year, starts_at, ends_at, place, online, status, revision, created_at, updated_at)
       select gen_random_uuid(), c.tenant_id, c.id, 2027, s, s + interval '90 minutes', '', true, 'scheduled', 1, now(), now()
         from (select c.*, row_number() over (order by c.id) as n from council c) c
        cross join generate_series(0, $1::int - 1) as k
        cross join lateral (select timestamptz '2027-01-12 12:00Z' + (k * 40 + c.n % 28) * interval '1 day' as s) t`,
      [MEETINGS],
    );
    await schema.db.query(
      `insert into outbox (tenant_id, idempotency_key, kind, council_id, meeting_id, revision, due_at, status, created_at)
       select m.tenant_id, 'meeting:' || m.id || ':' || p.kind || ':1', p.kind, m.council_id, m.id, 1, p.due,
              case when p.due < timestamptz '${DAY} 00:00Z' then 'sent' else 'pending' end, now()
         from meeting m
        cross join lateral (values
          ('invitation', date_trunc('day', m.starts_at) - interval '30 days' + interval '7 hours'),
          ('agenda', date_trunc('day', m.starts_at) - interval '7 days' + interval '7 hours'),
          ('reminder', date_trunc('day', m.starts_at) - interval '1 day' + interval '7 hours'),
          ('start', m.starts_at)) as p(kind, due)
        where m.tenant_id = $1`,
      [BENCH_TENANT],
    );
    await schema.db.query('analyze');
    const rows = Number((await schema.db.query<{ n: string }>('select count(*) as n from outbox'))[0]!.n);
    const seedSeconds = (performance.now() - t0) / 1000;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bench/planning-step.ts', 'bench_planning', `${DAY}T23:59:59Z`, '2027-01-04T07:30:00Z'],
      { cwd: ROOT, maxBuffer: 1 << 20 },
    );
    return { rows, seedSeconds, ...(JSON.parse(stdout.trim().split('\n').at(-1)!) as Omit<PlanningResult, 'rows' | 'seedSeconds'>) };
  } finally {
    await schema.drop();
  }
}
