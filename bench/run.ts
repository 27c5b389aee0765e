/**
 * `npm run bench`: performance against baselines measured in the same run, printed as a table.
 *
 * Row 1, bot turn: requests/s and p99 of the product answering "@Kvalitetsråd hjälp" in a channel
 * (parse, command, help card, reply through the connector) against a bare botbuilder echo bot on the
 * same restify stack, both replying to the same loopback Bot Connector, at 32 concurrent requests.
 * Budget (ARCHITECTURE.md): ≥ 0.7 × the echo bot's requests/s and p99 ≤ 2 × its p99.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { LoopbackConnector } from '../tests/helpers/loopback-connector';

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
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
  child.stdout!.resume();
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

async function load(port: number, body: string, seconds: number): Promise<Load> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/api/messages`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function measure(port: number, body: string): Promise<Load> {
  await load(port, body, WARMUP_S);
  return load(port, body, DURATION_S);
}

async function main(): Promise<void> {
  const connector = await new LoopbackConnector({ members: [], channels: [] }).start();
  const body = channelHelp(connector.url);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-bench-'));
  try {
    const echo = await startProcess(['--import', 'tsx', 'bench/echo-bot.ts'], {});
    const baseline = await measure(echo.port, body);
    await stopProcess(echo.child);

    const app = await startProcess(['--no-deprecation', 'dist/bot/src/index.js'], { PORT: '0', PLAYGROUND: '0', DATA_DIR: dataDir });
    const product = await measure(app.port, body);
    await stopProcess(app.child);

    const rpsRatio = product.rps / baseline.rps;
    const p99Ratio = product.p99 / Math.max(baseline.p99, 1);
    const rows = [
      ['What', 'Baseline (echo bot)', 'Kvalitetsråd', 'Ratio', 'Budget', 'OK'],
      ['Bot turn "hjälp", requests/s', baseline.rps.toFixed(0), product.rps.toFixed(0), rpsRatio.toFixed(2), '≥ 0.70', rpsRatio >= 0.7 ? 'yes' : 'NO'],
      ['Bot turn "hjälp", p99 ms', baseline.p99.toFixed(0), product.p99.toFixed(0), p99Ratio.toFixed(2), '≤ 2.00', p99Ratio <= 2 ? 'yes' : 'NO'],
      ['Errors / non-2xx', String(baseline.errors), String(product.errors), '', '0', product.errors === 0 ? 'yes' : 'NO'],
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    process.stdout.write(
      [
        '',
        `Bot turn at ${CONNECTIONS} concurrent requests, ${DURATION_S} s after ${WARMUP_S} s warm-up, loopback connector (${os.cpus().length} cores)`,
        line(rows[0]!),
        `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
        ...rows.slice(1).map(line),
        '',
      ].join('\n'),
    );
  } finally {
    await connector.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
