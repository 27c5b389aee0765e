import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type KeyLike = Awaited<ReturnType<typeof import('jose')['generateKeyPair']>>['privateKey'];

/** Loads `jose` (ES modules only) into the tests' CommonJS world. */
const jose = () => import('jose');

/** Claims of a Teams SSO token, with what a test changes. */
export type Claims = Record<string, unknown>;

/**
 * A loopback stand-in for Entra ID's sign-in endpoints as the server reads them: OpenID metadata per
 * tenant (`/<tenant>/v2.0/.well-known/openid-configuration`) and the signing keys (JWKS), with a key
 * pair this test owns to sign tokens the way Entra ID does (RS256, `kid`).
 */
export class EntraStandIn {
  private server = http.createServer((req, res) => this.answer(req, res));
  private keys?: { privateKey: KeyLike; jwk: Record<string, unknown> };
  readonly kid = randomUUID();
  /** Requests for the metadata and the keys, counted (the server should cache them). */
  requests = { metadata: 0, keys: 0 };

  async start(): Promise<this> {
    const { generateKeyPair, exportJWK } = await jose();
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.keys = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: this.kid, use: 'sig', alg: 'RS256' } };
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The authority host to configure (`AAD_APP_OAUTH_AUTHORITY_HOST`). */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A token signed with this stand-in's key (or `key` given), valid for an hour from now unless changed. */
  async sign(claims: Claims, options: { key?: KeyLike; kid?: string; expiresInS?: number } = {}): Promise<string> {
    const { SignJWT } = await jose();
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ iat: now, nbf: now, exp: now + (options.expiresInS ?? 3600), ...claims })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? this.kid })
      .sign(options.key ?? this.keys!.privateKey);
  }

  /** Another key pair's private key: tokens signed with it must be refused. */
  async strangerKey(): Promise<KeyLike> {
    return (await (await jose()).generateKeyPair('RS256')).privateKey;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    res.setHeader('content-type', 'application/json');
    if (metadata) {
      this.requests.metadata++;
      res.end(JSON.stringify({ issuer: `${this.url}/{tenantid}/v2.0`, jwks_uri: `${this.url}/${metadata[1]}/discovery/v2.0/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
      return;
    }
    if (/^\/[^/]+\/discovery\/v2\.0\/keys$/.test(url.pathname)) {
      this.requests.keys++;
      res.end(JSON.stringify({ keys: [this.keys!.jwk] }));
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  }
}
