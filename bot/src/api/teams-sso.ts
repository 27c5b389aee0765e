import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import type { EntraApp } from '../config';
import { UnauthorizedError, UnavailableError } from '../domain/errors';
import type { Actor } from '../domain/policies';

/** A request not let in (401 `Unauthorized`); `reason` is for the log, never for the caller. */
export class AuthenticationError extends UnauthorizedError {}

/** Entra ID's keys could not be fetched: not the caller's fault; they should try again later (503). */
export class SignInUnavailableError extends UnavailableError {
  constructor(override readonly reason: string) {
    super('error.tryAgain');
  }
}

/** Checks the bearer token of a tab API request and says who is asking. */
export interface TokenVerifier {
  /** The signed-in user of a valid Teams SSO token; `AuthenticationError` otherwise. */
  verify(authorization: string | undefined): Promise<Actor>;
}

/** The scope the tab's Entra app exposes and Teams asks for (aad.manifest.json). */
export const ACCESS_AS_USER = 'access_as_user';

/** Public-cloud issuer of v1.0 tokens; v2.0 tokens are issued by the authority host itself. */
const V1_ISSUER_HOST = 'https://sts.windows.net';

/** `jose` is ES modules only; this CommonJS build loads it once, when the first token arrives. */
export const jose = () => import('jose');

/**
 * Verifies the tokens `authentication.getAuthToken()` gives the tab: signed (RS256) by a key from the
 * tenant's published JWKS (found through the OpenID metadata), for this app (client id, or the app id
 * URI for v1 tokens), issued by Entra ID for the token's own tenant (v1 and v2 issuers), not expired
 * (60 s leeway), of the configured tenant when single-tenant, and with the `access_as_user` scope.
 * Unsigned tokens and `alg: none` never pass: only RS256 is accepted.
 */
export function teamsSsoVerifier(app: EntraApp): TokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const signingKeys = () => {
    keys ??= (async () => {
      const metadataUrl = `${app.authorityHost}/${app.tenantId ?? 'common'}/v2.0/.well-known/openid-configuration`;
      const response = await fetch(metadataUrl, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new SignInUnavailableError(`OpenID metadata answered ${response.status}`);
      const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
      if (!jwksUri) throw new SignInUnavailableError('OpenID metadata names no jwks_uri');
      return (await jose()).createRemoteJWKSet(new URL(jwksUri));
    })();
    keys.catch(() => {
      keys = undefined;
    }); // try the metadata again on the next request
    return keys;
  };
  const audience = [app.clientId, ...(app.appIdUri ? [app.appIdUri] : [])];

  return {
    async verify(authorization) {
      const token = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]*)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw new AuthenticationError('no bearer token');
      const keySet = await signingKeys().catch((error: unknown) => {
        throw error instanceof SignInUnavailableError ? error : new SignInUnavailableError(`OpenID metadata unreachable: ${(error as Error).name}`);
      });
      let payload: JWTPayload;
      try {
        ({ payload } = await (await jose()).jwtVerify(token, keySet, { algorithms: ['RS256'], audience, clockTolerance: 60 }));
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ERR_JWKS_TIMEOUT' || error instanceof TypeError)
          throw new SignInUnavailableError(`signing keys unreachable: ${code ?? 'fetch'}`);
        throw new AuthenticationError(`token refused: ${code ?? (error as Error).name}`);
      }
      const tid = typeof payload.tid === 'string' ? payload.tid : '';
      const oid = typeof payload.oid === 'string' ? payload.oid : '';
      if (!tid || !oid) throw new AuthenticationError('token without tenant or user');
      if (app.tenantId && tid !== app.tenantId) throw new AuthenticationError('token of another tenant');
      const issuer = payload.ver === '2.0' ? `${app.authorityHost}/${tid}/v2.0` : `${V1_ISSUER_HOST}/${tid}/`;
      if (payload.iss !== issuer) throw new AuthenticationError('token from another issuer');
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(ACCESS_AS_USER)) throw new AuthenticationError('token without access_as_user');
      return { tenantId: tid, aadObjectId: oid, teamsUserId: '', name: typeof payload.name === 'string' ? payload.name : '' };
    },
  };
}
