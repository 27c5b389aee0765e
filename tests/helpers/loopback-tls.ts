import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

/** The test CA the stand-ins' certificate is signed by; the npm test scripts trust it. */
export const TEST_CA = path.resolve(__dirname, '../fixtures/tls/ca.pem');

/**
 * An HTTP or (loopback-only) HTTPS server for a stand-in. HTTPS needs node started with
 * `NODE_EXTRA_CA_CERTS=tests/fixtures/tls/ca.pem`, read once at start-up: without it MSAL and fetch
 * would refuse the certificate with an error far from the cause, so this says so at once.
 */
export function loopbackServer(secure: boolean, listener: http.RequestListener): http.Server {
  if (!secure) return http.createServer(listener);
  const trusted = process.env.NODE_EXTRA_CA_CERTS;
  if (!trusted || path.resolve(trusted) !== TEST_CA) {
    throw new Error('HTTPS stand-ins need node started with NODE_EXTRA_CA_CERTS=tests/fixtures/tls/ca.pem (the npm test scripts set it)');
  }
  const dir = path.dirname(TEST_CA);
  return https.createServer({ cert: readFileSync(path.join(dir, 'server.pem')), key: readFileSync(path.join(dir, 'server-key.pem')) }, listener);
}
