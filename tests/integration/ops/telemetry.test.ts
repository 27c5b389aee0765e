import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loopbackServer, TEST_CA } from '../../helpers/loopback-tls';
import { ServerProcess } from '../../helpers/server-process';

/**
 * A loopback stand-in for Application Insights' ingestion endpoint (`POST /v2.1/track`, gzip JSON
 * envelopes), over HTTPS: the exporter speaks nothing else.
 */
class IngestionStandIn {
  readonly envelopes: { name: string; data?: { baseType?: string; baseData?: Record<string, unknown> } }[] = [];
  raw = '';
  private server = loopbackServer(true, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString('utf8');
      this.raw += text;
      if (req.url?.startsWith('/v2.1/track')) {
        const parsed = JSON.parse(text) as unknown;
        this.envelopes.push(...((Array.isArray(parsed) ? parsed : [parsed]) as IngestionStandIn['envelopes']));
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ itemsReceived: 1, itemsAccepted: 1, errors: [] }));
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('Application Insights through OpenTelemetry, when its connection string is set (the built server, an ingestion stand-in)', () => {
  it("exports the requests by path only, never a link's signature, and flushes them on SIGTERM", async () => {
    const ingestion = await new IngestionStandIn().start();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-otel-'));
    const server = new ServerProcess({
      PORT: '0',
      PLAYGROUND: '0',
      DATA_DIR: dataDir,
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=11111111-2222-4333-8444-555555555555;IngestionEndpoint=${ingestion.url}`,
      // No internet here: Azure Monitor's own usage statistics would only retry into the void.
      APPLICATIONINSIGHTS_STATSBEAT_DISABLED_ALL: 'true',
      NODE_EXTRA_CA_CERTS: TEST_CA,
    });
    try {
      await server.start();
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const tampered = await fetch(`${base}/api/calendar/t1/00000000-0000-4000-8000-000000000001.ics?exp=1&sig=hemlig-signatur`);
      expect(tampered.status).toBe(403);
      expect(await server.stop()).toBe(0);

      const requests = ingestion.envelopes.filter((e) => e.data?.baseType === 'RequestData');
      const seen = requests.map((e) => ({ name: e.data?.baseData?.name, url: e.data?.baseData?.url, code: e.data?.baseData?.responseCode }));
      expect(seen).toEqual(
        expect.arrayContaining([
          { name: 'GET /healthz', url: '/healthz', code: '200' },
          {
            name: 'GET /api/calendar/t1/00000000-0000-4000-8000-000000000001.ics',
            url: '/api/calendar/t1/00000000-0000-4000-8000-000000000001.ics',
            code: '403',
          },
        ]),
      );
      expect(ingestion.raw).not.toContain('hemlig-signatur');
    } finally {
      await server.stop();
      await ingestion.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
