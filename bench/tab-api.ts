/**
 * The tab API rows of `npm run bench`: one unit with 200 sub-assignments × 10 activities × 24 monthly
 * assessments (two years of twelve, on the sub-assignments and on every activity), seeded with SQL
 * into the store the real server then opens (PGlite in `DATA_DIR`, or a fresh schema on PostgreSQL).
 * The server runs from `dist` in local mode; requests carry a local sign-in token of the manager, so
 * sign-in, policies and tenant scoping are all on the measured path. Latency is taken per request
 * from the client, one request at a time (a user waiting for the tab), after a warm-up.
 */
import { randomUUID } from 'node:crypto';
import type { Council } from '../bot/src/domain/council';
import { insertCouncil } from '../bot/src/store/council-repository';
import { openSeedStore, type SeedStore } from './seed';

export const TAB_UNIT = { subAssignments: 200, activities: 10, months: 24 } as const;
const TENANT = '00000000-0000-4000-8000-00000000ab01';
const YEAR = 2027;

/** Seeds the unit; answers the council, the manager to sign in as, and a sub-assignment to open. */
export async function seedTabUnit(store: SeedStore): Promise<{
  councilId: string;
  managerId: string;
  subAssignmentId: string;
  databaseUrl?: string;
  drop?: () => Promise<void>;
}> {
  const { db, done, databaseUrl, drop } = await openSeedStore(store);
  const now = new Date();
  const person = (n: number) => ({ aadObjectId: randomUUID(), teamsUserId: `29:tab-${n}`, name: `Medarbetare ${n}` });
  const council: Council = {
    id: randomUUID(),
    tenantId: TENANT,
    teamId: '19:team-tab@thread.tacv2',
    channelId: '19:kvalitetsrad-tab@thread.tacv2',
    unitName: 'Enhet Blå',
    area: 'sarskilt-boende',
    timeZone: 'Europe/Stockholm',
    status: 'active',
    managers: [person(0)],
    members: [1, 2, 3, 4, 5, 6].map(person),
    version: 1,
    createdAt: new Date('2026-01-02T08:00:00Z'),
    updatedAt: now,
  };
  await insertCouncil(db, council);
  const { subAssignments, activities, months } = TAB_UNIT;
  await db.exec(`
    insert into sub_assignment (id, tenant_id, council_id, year, kind, name, purpose, goal, measure, responsible_aad_object_id, responsible_name,
                                starts_on, ends_on, status, version, created_at, updated_at)
    select gen_random_uuid(), '${TENANT}', '${council.id}', ${YEAR}, 'improvement', 'Förbättringsarbete ' || s, 'Syfte ' || s, 'Mål', 'Mätning',
           '${council.managers[0]!.aadObjectId}', 'Medarbetare 0', date '${YEAR}-01-10', date '${YEAR}-12-15', 'ongoing', 1, now(), now()
      from generate_series(1, ${subAssignments}) s;
    insert into activity (id, tenant_id, council_id, sub_assignment_id, name, due_on, done_at, version, created_at, updated_at)
    select gen_random_uuid(), '${TENANT}', '${council.id}', s.id, 'Aktivitet ' || a, date '${YEAR}-06-30', case when a % 3 = 0 then now() end, 1, now(), now()
      from sub_assignment s, generate_series(1, ${activities}) a where s.tenant_id = '${TENANT}';
    insert into status_assessment (tenant_id, council_id, year, target_kind, target_id, month, status, comment, assessed_by_aad_object_id, assessed_by_name, assessed_at)
    select '${TENANT}', '${council.id}', ${YEAR} - 1 + (m - 1) / 12, t.kind, t.id, (${YEAR} - 1 + (m - 1) / 12) || '-' || lpad((((m - 1) % 12) + 1)::text, 2, '0'),
           (array['on_track', 'partly', 'off_track', 'not_started'])[1 + m % 4], 'Läget i månad ' || m, 'x', 'Medarbetare 0', now()
      from (select 'subAssignment' as kind, id from sub_assignment where tenant_id = '${TENANT}'
            union all select 'activity', id from activity where tenant_id = '${TENANT}') t,
           generate_series(1, ${months}) m;
  `);
  const [first] = await db.query<{ id: string }>(`select id from sub_assignment where tenant_id = $1 order by created_at, id limit 1`, [TENANT]);
  await done();
  return { councilId: council.id, managerId: council.managers[0]!.aadObjectId, subAssignmentId: first!.id, databaseUrl, drop };
}

/** p50 and p95 in ms of `count` GETs, one at a time, after `warmup` unmeasured ones. */
export async function latencies(url: string, token: string, count = 200, warmup = 20): Promise<{ p50: number; p95: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < warmup + count; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (i >= warmup) times.push(performance.now() - started);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95), bytes };
}

/** Signs in locally as `aadObjectId` on a running server. */
export async function localToken(port: number, aadObjectId: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/api/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ aadObjectId }),
  });
  if (response.status !== 200) throw new Error(`local sign-in answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export const TAB_YEAR = YEAR;

export const AREA_UNITS = 300;

/**
 * An area with 300 units of one tenant, each with its year's schedule (10 meetings), 10 improvement
 * works and the assignment and works assessed every month so far, and one area head to sign in as.
 */
export async function seedArea(store: SeedStore): Promise<{ headId: string; databaseUrl?: string; drop?: () => Promise<void> }> {
  const { db, done, databaseUrl, drop } = await openSeedStore(store);
  const headId = randomUUID();
  await db.exec(`
    insert into council (id, tenant_id, team_id, channel_id, unit_name, area, time_zone, status, version, created_at, updated_at)
    select gen_random_uuid(), '${TENANT}', '19:team-' || i || '@thread.tacv2', '19:channel-' || i || '@thread.tacv2', 'Enhet ' || i,
           'hemvard', 'Europe/Stockholm', 'active', 1, timestamptz '2026-01-02 08:00+01', now()
      from generate_series(1, ${AREA_UNITS}) i;
    insert into meeting (id, tenant_id, council_id, year, starts_at, ends_at, place, online, status, revision, created_at, updated_at)
    select gen_random_uuid(), '${TENANT}', c.id, ${YEAR}, timestamptz '${YEAR}-01-19 13:00+01' + (m * interval '1 month'),
           timestamptz '${YEAR}-01-19 14:30+01' + (m * interval '1 month'), 'Rummet', true, 'scheduled', 1, now(), now()
      from council c, generate_series(0, 9) m where c.tenant_id = '${TENANT}';
    insert into sub_assignment (id, tenant_id, council_id, year, kind, name, purpose, status, version, created_at, updated_at)
    select gen_random_uuid(), '${TENANT}', c.id, ${YEAR}, 'planning', 'Planering och protokoll kvalitetsråd', '', 'ongoing', 1, timestamptz '${YEAR - 1}-12-10 10:00+01', now()
      from council c where c.tenant_id = '${TENANT}';
    insert into sub_assignment (id, tenant_id, council_id, year, kind, name, purpose, status, completed_at, final_report, version, created_at, updated_at)
    select gen_random_uuid(), '${TENANT}', c.id, ${YEAR}, 'improvement', 'Arbete ' || w, '', case when w <= 3 then 'completed' else 'ongoing' end,
           case when w <= 3 then now() end, case when w <= 3 then 'Klart.' end, 1, now(), now()
      from council c, generate_series(1, 10) w where c.tenant_id = '${TENANT}';
    insert into status_assessment (tenant_id, council_id, year, target_kind, target_id, month, status, comment, assessed_by_aad_object_id, assessed_by_name, assessed_at)
    select '${TENANT}', s.council_id, ${YEAR}, 'subAssignment', s.id, '${YEAR}-' || lpad(m::text, 2, '0'), 'on_track', '', 'x', 'Chef', now()
      from sub_assignment s, generate_series(1, 12) m where s.tenant_id = '${TENANT}';
    insert into area_head (tenant_id, area, aad_object_id, name, assigned_by, assigned_at)
    values ('${TENANT}', 'hemvard', '${headId}', 'Områdeschef', 'bench', now());
  `);
  await done();
  return { headId, databaseUrl, drop };
}
