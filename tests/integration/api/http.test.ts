import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startApp, type RunningApp } from '../../../bot/src/app';
import { loadConfig } from '../../../bot/src/config';
import { TeamsWorld } from '../../helpers/teams-world';

describe('HTTP edges in local mode', () => {
  let world: TeamsWorld;
  beforeAll(async () => {
    world = await new TeamsWorld().start();
  });
  afterAll(async () => {
    await world.stop();
  });

  it('serves /healthz with the store named', async () => {
    const res = await fetch(`${world.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', store: 'pglite' });
  });

  it('says it is ready once the scheduler runs, and echoes a correlation id (or makes one)', async () => {
    const ready = await fetch(`${world.baseUrl}/readyz`, { headers: { 'x-correlation-id': 'req-4711' } });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    expect(ready.headers.get('x-correlation-id')).toBe('req-4711');
    const made = await fetch(`${world.baseUrl}/healthz`, { headers: { 'x-correlation-id': 'no spaces allowed' } });
    expect(made.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves the tab at /tab/', async () => {
    const res = await fetch(`${world.baseUrl}/tab/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Kvalitetsråd</title>');
  });

  it('serves the privacy and terms pages the app manifest links to', async () => {
    const privacy = await fetch(`${world.baseUrl}/tab/privacy.html`);
    expect(privacy.status).toBe(200);
    expect(await privacy.text()).toContain('Ett förslag som lämnas anonymt sparas utan namn');
    const terms = await fetch(`${world.baseUrl}/tab/terms.html`);
    expect(await terms.text()).toContain('Användarvillkor för Kvalitetsråd');
  });

  it('refuses a body over 256 KB with 413 and handles nothing', async () => {
    const big = { ...world.channelMessage('hjälp'), padding: 'x'.repeat(300 * 1024) };
    const res = await fetch(`${world.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(big),
    });
    expect(res.status).toBe(413);
    expect(world.connector.posts).toHaveLength(0);
  });

  it('refuses malformed JSON and an activity without a type with 400', async () => {
    const broken = await fetch(`${world.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type": "message",',
    });
    expect(broken.status).toBe(400);
    const typeless = await world.send({ text: 'hej' });
    expect(typeless.status).toBe(400);
    expect(world.connector.posts).toHaveLength(0);
  });

  it('sets the simulated clock on POST /api/dev/clock and refuses a bad instant', async () => {
    const ok = await fetch(`${world.baseUrl}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: '2027-01-05T08:00:00+01:00' }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ posted: [] });
    expect(world.app.clock.now().toISOString().slice(0, 16)).toBe('2027-01-05T07:00');
    const bad = await fetch(`${world.baseUrl}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: 'tisdag' }),
    });
    expect(bad.status).toBe(400);
  });
});

describe('HTTP edges with a bot identity', () => {
  let app: RunningApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-auth-'));
    const config = loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      BOT_ID: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d',
      BOT_TYPE: 'SingleTenant',
      BOT_TENANT_ID: '6f1a2b3c-0000-4000-8000-00000000a001',
      BOT_PASSWORD: 'not-a-real-secret',
    });
    expect(config.host).toBe('0.0.0.0');
    app = await startApp({ ...config, host: '127.0.0.1' }, pino({ level: 'silent' }));
  });
  afterAll(async () => {
    await app.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses an activity without a Bot Framework token with 401', async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        text: 'hjälp',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:1/',
        conversation: { id: 'x' },
        from: { id: 'u' },
        recipient: { id: 'b' },
      }),
    });
    expect(res.status).toBe(401);
  });

  it('has no dev clock', async () => {
    const res = await fetch(`http://127.0.0.1:${app.port}/api/dev/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ now: '2027-01-05T08:00:00Z' }),
    });
    expect(res.status).toBe(404);
  });
});

describe('log lines of a tab API request', () => {
  it("carry the request's correlation id, also when the request had a body, and no token or text", async () => {
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-'));
    const app = await startApp(
      loadConfig({ PORT: '0', DATA_DIR: dataDir, PLAYGROUND: '0', AAD_APP_CLIENT_ID: '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50' }),
      log,
    );
    try {
      await fetch(`http://127.0.0.1:${app.port}/api/sub-assignments/00000000-0000-4000-8000-000000000001`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not.a.token', 'x-correlation-id': 'req-7' },
        body: JSON.stringify({ version: 1, goal: 'Hemligt mål' }),
      });
      const refused = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === 'request not signed in');
      expect(refused).toMatchObject({ correlationId: 'req-7', route: 'sub-assignments/patch' });
      expect(lines.join('')).not.toContain('Hemligt mål');
      expect(lines.join('')).not.toContain('not.a.token');
    } finally {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
