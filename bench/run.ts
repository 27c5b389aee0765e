/**
 * `npm run bench`: performance against baselines measured in the same run, printed as a table.
 *
 * Row 1, bot turn: requests/s and p99 of the product answering "@Kvalitetsråd hjälp" in a channel
 * (parse, command, help card, reply through the connector), and "@Kvalitetsråd förslag <text>" (parse,
 * privacy check, store, reply card; bench/proposal-turn.ts), against a bare botbuilder echo bot on the
 * same restify stack, all replying to the same loopback Bot Connector, at 32 concurrent requests.
 * Budget (docs/architecture.md#budgets): ≥ 0.7 × the echo bot's requests/s and p99 ≤ 2 × its p99.
 *
 * Rows 2–3, scheduler planning (bench/planning.ts) and delivery (bench/delivery.ts), on the
 * PostgreSQL at 127.0.0.1:5432: see those files.
 *
 * Row 4, tab API (bench/tab-api.ts): list and detail of a unit with 200 sub-assignments × 10
 * activities × 24 monthly assessments, p95 on PGlite and on PostgreSQL; budget 50 ms. The area head's
 * overview of 300 units (10 meetings, 10 works, 12 months assessed each); budget 200 ms. The tab's
 * first render in headless Chromium (≤ 1.5 s) and its initial JS (≤ 300 KB gzip): bench/tab-render.ts.
 * Row 5, day-before personal reminders (bench/personal-reminders.ts): one planning pass for 3,000 councils ×
 * 10 people against the same rows inserted by one bare statement; budget ≤ 2 ×.
 * Row 6, answer burst (bench/answer-burst.ts): 60 presses on one invitation within a second; every press
 * answered, p99 ≤ 2 × the same burst of "hjälp", and one or two in-place updates of the shared card.
 * `BENCH_ONLY=turn|burst|planning|personal|delivery|tab` runs one part.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { LoopbackConnector, textOfCall } from '../tests/helpers/loopback-connector';
import { answerInvoke, burst, BURST_PEOPLE, helpMessage, percentile, seedBurst } from './answer-burst';
import { deliveryRun, DELIVERY_CHANNELS, DELIVERY_TOTAL } from './delivery';
import type { SeedStore } from './seed';
import { personalDeliveryRun, PERSONAL_TOTAL } from './personal-delivery';
import { personalReminderRun } from './personal-reminders';
import { planningRun } from './planning';
import { proposalMessage, seedProposalUnits } from './proposal-turn';
import { AREA_UNITS, latencies, localToken, seedArea, seedTabUnit, TAB_UNIT, TAB_YEAR } from './tab-api';
import { firstRenders, initialJsGzipBytes } from './tab-render';

const ROOT = path.resolve(__dirname, '..');
const CONNECTIONS = 32;
const WARMUP_S = 3;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);

interface Load {
  rps: number;
  p99: number;
  errors: number;
}

async function startProcess(args: string[], env: Record<string, string>): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  child.stdout.resume();
  return { port, child };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

function channelHelp(serviceUrl: string): string {
  return JSON.stringify({
    type: 'message',
    id: 'bench-activity',
    channelId: 'msteams',
    serviceUrl,
    locale: 'sv-SE',
    from: { id: '29:anna', name: 'Anna Lindqvist', aadObjectId: '00000000-0000-4000-8000-000000000101' },
    recipient: { id: '28:kvalitetsrad-bot', name: 'Kvalitetsråd' },
    conversation: { id: '19:kvalitetsrad@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: 't' },
    channelData: { tenant: { id: 't' }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:kvalitetsrad@thread.tacv2' } },
    text: '<at>Kvalitetsråd</at> hjälp',
  });
}

/** A fixed body, or one made per request (`(i) => body`) where every request must be a new activity. */
type Body = string | ((i: number) => string);

async function load(port: number, body: Body, seconds: number): Promise<Load> {
  let i = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(typeof body === 'string'
      ? { body }
      : { requests: [{ method: 'POST', setupRequest: (req: autocannon.Request) => ({ ...req, body: body(i++) }) }] }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function measure(port: number, body: Body): Promise<Load> {
  await load(port, body, WARMUP_S);
  return load(port, body, DURATION_S);
}

type Row = [string, string, string, string, string, string];

function printTable(title: string, rows: Row[]): void {
  const header: Row = ['What', 'Baseline', 'Kvalitetsråd', 'Ratio', 'Budget', 'OK'];
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  process.stdout.write(['', title, line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line), ''].join('\n'));
}

const ok = (pass: boolean) => (pass ? 'yes' : 'NO');
const PROPOSAL_UNITS_NOTE = 'proposals spread over 800 units';

async function botTurnRows(): Promise<void> {
  const connector = await new LoopbackConnector({ members: [], channels: [] }).start();
  const body = channelHelp(connector.url);
  const proposals = (i: number) => proposalMessage(connector.url, i);
  const helpDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-bench-'));
  const proposalDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-bench-'));
  try {
    await seedProposalUnits({ dataDir: proposalDir });
    const pg = await seedProposalUnits({ schema: 'bench_proposals' });
    const echo = await startProcess(['--import', 'tsx', 'bench/echo-bot.ts'], {});
    const baseline = await measure(echo.port, proposals);
    await stopProcess(echo.child);

    const app = await startProcess(['--no-deprecation', 'dist/bot/src/index.js'], { PORT: '0', PLAYGROUND: '0', DATA_DIR: helpDir });
    const help = await measure(app.port, body);
    await stopProcess(app.child);

    const proposalRun = async (env: Record<string, string>) => {
      const before = connector.posts.length;
      const proposing = await startProcess(['--no-deprecation', 'dist/bot/src/index.js'], { PORT: '0', PLAYGROUND: '0', ...env });
      const load = await measure(proposing.port, proposals);
      await stopProcess(proposing.child);
      const answers = connector.posts.slice(before).filter((p) => p.conversationId.startsWith('19:kvalitetsrad-'));
      const cards = answers.filter((p) => Array.isArray(p.body?.attachments)).length;
      const reasons = [...new Set(answers.filter((p) => !Array.isArray(p.body?.attachments)).map((p) => textOfCall(p).slice(0, 160)))];
      return { load, cards, refused: answers.length - cards, reasons };
    };
    const onPglite = await proposalRun({ DATA_DIR: proposalDir });
    const onPostgres = await proposalRun({ DATA_DIR: proposalDir, DATABASE_URL: pg.databaseUrl! });
    await pg.drop?.();
    for (const reason of new Set([...onPglite.reasons, ...onPostgres.reasons])) process.stdout.write(`  answered without a card: ${reason}\n`);
    const cards = onPglite.cards + onPostgres.cards;
    const refused = onPglite.refused + onPostgres.refused;
    const proposal = onPostgres.load;

    const row = (what: string, product: Load): Row[] => {
      const rpsRatio = product.rps / baseline.rps;
      const p99Ratio = product.p99 / Math.max(baseline.p99, 1);
      return [
        [`Bot turn ${what}, requests/s`, baseline.rps.toFixed(0), product.rps.toFixed(0), rpsRatio.toFixed(2), '≥ 0.70', ok(rpsRatio >= 0.7)],
        [`Bot turn ${what}, p99 ms`, baseline.p99.toFixed(0), product.p99.toFixed(0), p99Ratio.toFixed(2), '≤ 2.00', ok(p99Ratio <= 2)],
      ];
    };
    printTable(
      `Bot turn at ${CONNECTIONS} concurrent requests, ${DURATION_S} s after ${WARMUP_S} s warm-up, loopback connector (${os.cpus().length} cores), ${PROPOSAL_UNITS_NOTE}; baseline: echo bot, same run`,
      [
        ...row('"hjälp"', help),
        ...row(`"förslag <text>", PostgreSQL (production store)`, proposal),
        ...row(`"förslag <text>", PGlite (embedded default)`, onPglite.load),
        ['Proposals answered with their card / refused', '', `${cards} / ${refused}`, '', '— / 0', ok(refused === 0 && cards > 0)],
        [
          'Errors / non-2xx',
          String(baseline.errors),
          String(help.errors + proposal.errors + onPglite.load.errors),
          '',
          '0',
          ok(help.errors + proposal.errors + onPglite.load.errors === 0),
        ],
      ],
    );
  } finally {
    await connector.stop();
    await rm(helpDir, { recursive: true, force: true });
    await rm(proposalDir, { recursive: true, force: true });
  }
}

async function answerBurstRows(): Promise<void> {
  const connector = await new LoopbackConnector({ members: [], channels: [] }).start();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-bench-'));
  try {
    const world = await seedBurst(dataDir, connector.url);
    const app = await startProcess(['--no-deprecation', 'dist/bot/src/index.js'], { PORT: '0', PLAYGROUND: '0', DATA_DIR: dataDir });
    const bodies = (make: (n: number) => string) => Array.from({ length: BURST_PEOPLE }, (_, n) => make(n));
    const help = (n: number) => helpMessage(connector.url, world, n);
    const answer = (round: number) => (n: number) => answerInvoke(connector.url, world, n, round);
    // Warm-up: a burst of each, so neither side pays for loading code and compiling card templates.
    await burst(app.port, bodies(help));
    await burst(app.port, bodies(answer(1)));
    const helpBurst = await burst(app.port, bodies(help));
    await new Promise((resolve) => setTimeout(resolve, 12_000)); // the warm-up's update goes out first
    const updatesBefore = connector.updates.length;
    const answers = await burst(app.port, bodies(answer(0)));
    // The coalesced update is due at the end of its ten-second window; the worker polls every second.
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    await stopProcess(app.child);
    const updates = connector.updates.slice(updatesBefore).filter((u) => u.activityId === 'invitation-burst').length;
    const helpP99 = percentile(helpBurst.latencies, 99);
    const answerP99 = percentile(answers.latencies, 99);
    const ratio = answerP99 / Math.max(helpP99, 1);
    printTable(
      `Answer burst: ${BURST_PEOPLE} people of one council press an answer on the same invitation within one second; baseline: ${BURST_PEOPLE} "hjälp" messages the same way, same run`,
      [
        [
          'Presses answered with their own card',
          String(helpBurst.answered),
          String(answers.answered),
          '',
          `${BURST_PEOPLE}`,
          ok(answers.answered === BURST_PEOPLE),
        ],
        ['p99 ms', helpP99.toFixed(0), answerP99.toFixed(0), ratio.toFixed(2), '≤ 2.00', ok(ratio <= 2)],
        ['In-place updates of the shared card (coalesced)', '', String(updates), '', '1–2', ok(updates >= 1 && updates <= 2)],
      ],
    );
  } finally {
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function planningRows(): Promise<void> {
  const r = await planningRun();
  printTable(
    `Scheduler planning on PostgreSQL: 30,000 councils × 8 meetings, ${r.rows.toLocaleString('en')} outbox rows (seeded in ${r.seedSeconds.toFixed(0)} s); measured in its own process`,
    [
      [`Find + claim one day's due posts (${r.claimed})`, '', `${r.claimMs.toFixed(0)} ms`, '', '≤ 1000 ms', ok(r.claimMs <= 1000)],
      [
        `January: plan schedule reminders (${r.reminders} councils at once)`,
        '',
        `${r.remindMs.toFixed(0)} ms`,
        '',
        '(≤ 1000 ms)',
        ok(r.remindMs <= 1000),
      ],
      ['Peak memory of that process', '', `${r.peakRssMb.toFixed(0)} MB`, '', '≤ 256 MB', ok(r.peakRssMb <= 256)],
    ],
  );
}

async function personalReminderRows(): Promise<void> {
  const r = await personalReminderRun();
  const ratio = r.enqueueMs / Math.max(r.bareMs, 0.001);
  printTable(
    `Day-before personal reminders on PostgreSQL: ${r.councils.toLocaleString('en')} councils × 10 people, one meeting each the same day, one person per council said they cannot come; baseline: the same rows by one bare insert, same run`,
    [
      [
        `One planning pass: ${r.enqueued.toLocaleString('en')} reminders enqueued, ms`,
        r.bareMs.toFixed(0),
        r.enqueueMs.toFixed(0),
        ratio.toFixed(2),
        '≤ 2.00',
        ok(ratio <= 2),
      ],
      ['A second pass adds (once per person and meeting)', '0', String(r.secondPass), '', '0', ok(r.secondPass === 0)],
    ],
  );
  const d = await personalDeliveryRun();
  const rate = d.postsPerSecond / 50;
  printTable(
    `Delivery of ${PERSONAL_TOTAL.toLocaleString('en')} personal reminders (100 councils × 10 people) by the real server, each to its own chat, against a connector enforcing Teams' limits with 429 + Retry-After; baseline: the 50/s tenant ceiling`,
    [
      ['Sustained posts/s', '50', d.postsPerSecond.toFixed(1), rate.toFixed(2), '≥ 0.90', ok(rate >= 0.9)],
      ['Lost / twice', '0 / 0', `${d.lost} / ${d.duplicated}`, '', '0 / 0', ok(d.lost === 0 && d.duplicated === 0)],
      ['429s received', '', String(d.throttled), '', '', ''],
    ],
  );
}

async function deliveryRows(): Promise<void> {
  const plain = await deliveryRun();
  const killed = await deliveryRun(DELIVERY_TOTAL / 2);
  const ratio = plain.postsPerSecond / 50;
  printTable(
    `Delivery: ${DELIVERY_TOTAL} due posts, ${DELIVERY_CHANNELS} channels, one tenant; the real server against a connector enforcing Teams' limits with 429 + Retry-After; baseline: the 50/s tenant ceiling`,
    [
      ['Sustained posts/s', '50', plain.postsPerSecond.toFixed(1), ratio.toFixed(2), '≥ 0.90', ok(ratio >= 0.9)],
      ['Lost / duplicated', '0 / 0', `${plain.lost} / ${plain.duplicated}`, '', '0 / 0', ok(plain.lost === 0 && plain.duplicated === 0)],
      ['429s received', '', String(plain.throttled), '', '', ''],
      [
        `kill -9 after ${DELIVERY_TOTAL / 2}, restart: lost / duplicated`,
        '0 / 0',
        `${killed.lost} / ${killed.duplicated}`,
        '',
        '0 / 0',
        ok(killed.lost === 0 && killed.duplicated === 0),
      ],
      ['kill -9 run: seconds to the last post (incl. 60 s claim lease)', '', killed.seconds.toFixed(0), '', '', ''],
    ],
  );
}

/** Seeds a store, runs the built server on it (local mode), hands its port to `measure`, and cleans up. */
async function withSeededServer<S extends { databaseUrl?: string; drop?: () => Promise<void> }>(
  store: 'PGlite' | 'PostgreSQL',
  schema: string,
  seed: (store: SeedStore) => Promise<S>,
  measure: (port: number, seeded: S) => Promise<void>,
): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-bench-'));
  const seeded = await seed(store === 'PGlite' ? { dataDir } : { schema });
  const app = await startProcess(['--no-deprecation', 'dist/bot/src/index.js'], {
    PORT: '0',
    PLAYGROUND: '0',
    DATA_DIR: dataDir,
    ...(seeded.databaseUrl ? { DATABASE_URL: seeded.databaseUrl } : {}),
  });
  try {
    await measure(app.port, seeded);
  } finally {
    await stopProcess(app.child);
    await seeded.drop?.();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function tabApiRows(): Promise<void> {
  const rows: Row[] = [];
  const p95Row = (what: string, l: { p50: number; p95: number }, budget: number): Row => [
    `${what}, p95 ms`,
    '',
    l.p95.toFixed(1),
    `p50 ${l.p50.toFixed(1)}`,
    `≤ ${budget}`,
    ok(l.p95 <= budget),
  ];
  for (const store of ['PGlite', 'PostgreSQL'] as const) {
    await withSeededServer(store, 'bench_tab', seedTabUnit, async (port, seeded) => {
      const token = await localToken(port, seeded.managerId);
      const base = `http://127.0.0.1:${port}/api`;
      const list = await latencies(`${base}/councils/${seeded.councilId}/follow-up?year=${TAB_YEAR}`, token);
      const detail = await latencies(`${base}/sub-assignments/${seeded.subAssignmentId}`, token);
      rows.push(
        p95Row(`${store}: Deluppdrag list (${TAB_UNIT.subAssignments} rows, ${(list.bytes / 1024).toFixed(0)} KB)`, list, 50),
        p95Row(`${store}: a sub-assignment (${TAB_UNIT.activities} activities, ${(detail.bytes / 1024).toFixed(0)} KB)`, detail, 50),
      );
    });
  }
  for (const store of ['PGlite', 'PostgreSQL'] as const) {
    await withSeededServer(store, 'bench_area', seedArea, async (port, seeded) => {
      const token = await localToken(port, seeded.headId);
      const overview = await latencies(`http://127.0.0.1:${port}/api/areas/overview?year=${TAB_YEAR}`, token, 100, 10);
      rows.push(p95Row(`${store}: area overview (${AREA_UNITS} units, ${(overview.bytes / 1024).toFixed(0)} KB)`, overview, 200));
    });
  }
  await withSeededServer('PGlite', 'bench_render', seedTabUnit, async (port, seeded) => {
    const renders = (await firstRenders(`http://127.0.0.1:${port}`, await localToken(port, seeded.managerId))).sort((a, b) => a - b);
    const worst = renders.at(-1)!;
    rows.push([
      `Tab first render, Översikt with data (headless Chromium, ${renders.length} fresh contexts), worst ms`,
      '',
      worst.toFixed(0),
      `median ${renders[renders.length >> 1]!.toFixed(0)}`,
      '≤ 1500',
      ok(worst <= 1500),
    ]);
  });
  const gzip = initialJsGzipBytes() / 1024;
  rows.push(['Tab initial JS, KB gzip', '', gzip.toFixed(1), '', '≤ 300', ok(gzip <= 300)]);
  printTable(
    `Tab API: one unit, ${TAB_UNIT.subAssignments} sub-assignments × ${TAB_UNIT.activities} activities × ${TAB_UNIT.months} monthly assessments (and an area of ${AREA_UNITS} units); requests one at a time after a warm-up, signed in`,
    rows,
  );
}

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'tab') await tabApiRows();
  if (!only || only === 'turn') await botTurnRows();
  if (!only || only === 'turn' || only === 'burst') await answerBurstRows();
  if (!only || only === 'planning') await planningRows();
  if (!only || only === 'planning' || only === 'personal') await personalReminderRows();
  if (!only || only === 'delivery') await deliveryRows();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
