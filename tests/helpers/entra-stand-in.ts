import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loopbackServer } from './loopback-tls';

type KeyLike = Awaited<ReturnType<(typeof import('jose'))['generateKeyPair']>>['privateKey'];

/** Loads `jose` (ES modules only) into the tests' CommonJS world. */
const jose = () => import('jose');

/** Claims of a Teams SSO token, with what a test changes. */
export type Claims = Record<string, unknown>;

/** A confidential client the token endpoint knows (the tab's Entra app with its secret). */
export interface ConfidentialClient {
  clientId: string;
  clientSecret: string;
  /** Audiences the user's token may carry for this app: the client id, and its app id URI (v1 tokens). */
  audiences?: string[];
}

/** One on-behalf-of exchange as the token endpoint received it. */
export interface OboRequest {
  tenant: string;
  clientId: string;
  assertion: string;
  scopes: string[];
}

/**
 * A loopback stand-in for Entra ID's sign-in endpoints as the server reads them: OpenID metadata per
 * tenant (`/<tenant>/v2.0/.well-known/openid-configuration`) and the signing keys (JWKS), with a key
 * pair this test owns to sign tokens the way Entra ID does (RS256, `kid`). With `{ https: true }` it
 * also serves the v2.0 token endpoint for the on-behalf-of grant as `@azure/msal-node` uses it (MSAL
 * accepts only https authorities; the tests trust the loopback CA in `tests/fixtures/tls`).
 */
export class EntraStandIn {
  private server: http.Server;
  private keys?: { privateKey: KeyLike; publicKey: KeyLike; jwk: Record<string, unknown> };
  readonly kid = randomUUID();
  readonly https: boolean;
  /** Requests for the metadata and the keys, counted (the server should cache them). */
  requests = { metadata: 0, keys: 0 };
  /** The app allowed to exchange tokens on behalf of users. */
  client?: ConfidentialClient;
  /** Whether users have consented to the app's Graph permissions; `false` answers AADSTS65001. */
  consented = true;
  /** Users whose sessions an admin revoked: their tokens still verify, but Entra ID refuses to exchange them. */
  revokedUsers = new Set<string>();
  /** Every on-behalf-of request, in order. */
  oboRequests: OboRequest[] = [];

  constructor(options: { https?: boolean } = {}) {
    this.https = options.https ?? false;
    this.server = loopbackServer(this.https, (req, res) => void this.answer(req, res));
  }

  async start(): Promise<this> {
    const { generateKeyPair, exportJWK } = await jose();
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.keys = { privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid: this.kid, use: 'sig', alg: 'RS256' } };
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The authority host to configure (`AAD_APP_OAUTH_AUTHORITY_HOST`). */
  get url(): string {
    return `${this.https ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The public key tokens of this stand-in are checked with (by the Graph stand-in). */
  get publicKey(): KeyLike {
    return this.keys!.publicKey;
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

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    res.setHeader('content-type', 'application/json');
    if (metadata) {
      this.requests.metadata++;
      const tenant = metadata[1];
      res.end(
        JSON.stringify({
          issuer: `${this.url}/{tenantid}/v2.0`,
          jwks_uri: `${this.url}/${tenant}/discovery/v2.0/keys`,
          id_token_signing_alg_values_supported: ['RS256'],
          authorization_endpoint: `${this.url}/${tenant}/oauth2/v2.0/authorize`,
          token_endpoint: `${this.url}/${tenant}/oauth2/v2.0/token`,
          end_session_endpoint: `${this.url}/${tenant}/oauth2/v2.0/logout`,
          response_types_supported: ['code', 'id_token'],
        }),
      );
      return;
    }
    if (/^\/[^/]+\/discovery\/v2\.0\/keys$/.test(url.pathname)) {
      this.requests.keys++;
      res.end(JSON.stringify({ keys: [this.keys!.jwk] }));
      return;
    }
    const token = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (token && req.method === 'POST') {
      const form = new URLSearchParams(await bodyOf(req));
      const { status, body } = await this.exchange(token[1]!, form);
      res.statusCode = status;
      res.end(JSON.stringify(body));
      return;
    }
    res.statusCode = 404;
    res.end('{}');
  }

  /** The token endpoint: the on-behalf-of grant checked as Entra ID checks it, errors in its shape. */
  private async exchange(tenant: string, form: URLSearchParams): Promise<{ status: number; body: Record<string, unknown> }> {
    const fail = (status: number, error: string, code: number, description: string, suberror?: string) => ({
      status,
      body: {
        error,
        error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
        error_codes: [code],
        timestamp: new Date().toISOString(),
        trace_id: randomUUID(),
        correlation_id: randomUUID(),
        ...(suberror ? { suberror } : {}),
      },
    });
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || form.get('requested_token_use') !== 'on_behalf_of') {
      return fail(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    }
    const client = this.client;
    if (!client || form.get('client_id') !== client.clientId)
      return fail(400, 'unauthorized_client', 700016, 'Application not found in the directory.');
    if (form.get('client_secret') !== client.clientSecret) return fail(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
    const assertion = form.get('assertion') ?? '';
    const scopes = (form.get('scope') ?? '').split(' ').filter((s) => s && !['openid', 'profile', 'offline_access'].includes(s));
    this.oboRequests.push({ tenant, clientId: client.clientId, assertion, scopes });
    const { jwtVerify, errors } = await jose();
    let claims: Claims;
    try {
      ({ payload: claims } = await jwtVerify(assertion, this.keys!.publicKey, {
        algorithms: ['RS256'],
        audience: client.audiences ?? [client.clientId],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) return fail(400, 'invalid_grant', 500133, 'Assertion is not within its valid time range.');
      return fail(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
    }
    if (claims.tid !== tenant) return fail(400, 'invalid_grant', 50013, 'Assertion is not for this tenant.');
    if (this.revokedUsers.has(String(claims.oid))) {
      return fail(400, 'invalid_grant', 50173, 'The provided grant has expired due to it being revoked, a fresh auth token is needed.');
    }
    if (!this.consented) {
      return fail(
        400,
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with ID '${client.clientId}' named 'Kvalitetsråd'. Send an interactive authorization request for this user and resource.`,
        'consent_required',
      );
    }
    const resource = new URL(scopes[0] ?? 'https://graph.microsoft.com/.default').origin;
    const now = Math.floor(Date.now() / 1000);
    const accessToken = await this.sign({
      aud: resource,
      iss: `https://sts.windows.net/${tenant}/`,
      tid: tenant,
      oid: claims.oid,
      appid: client.clientId,
      ver: '1.0',
      scp: scopes.map((s) => s.slice(resource.length + 1)).join(' '),
      iat: now,
      nbf: now,
      exp: now + 3600,
    });
    return {
      status: 200,
      body: { token_type: 'Bearer', scope: scopes.join(' '), expires_in: 3599, ext_expires_in: 3599, access_token: accessToken },
    };
  }
}

/** The whole body of a request, as text. */
export async function bodyOf(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
