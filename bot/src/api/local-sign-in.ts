import type { Actor } from '../domain/policies';
import { AuthenticationError, jose, type TokenVerifier } from './teams-sso';

const ISSUER = 'kvalitetsrad-local';
const AUDIENCE = 'kvalitetsrad-tab';
/** A local sign-in lasts a working day. */
const LIFETIME = '8h';

/**
 * Local mode's sign-in for the tab opened outside Teams: the tab picks one of the mock tenant's
 * people and gets a short-lived token signed (HS256) with a key only this server knows. Never wired
 * when a bot identity is configured; then only Teams SSO tokens pass.
 */
export interface LocalSignIn extends TokenVerifier {
  issue(person: Omit<Actor, 'teamsUserId'>): Promise<string>;
}

export function localSignIn(secret: string): LocalSignIn {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(person) {
      const { SignJWT } = await jose();
      return new SignJWT({ tid: person.tenantId, oid: person.aadObjectId, name: person.name })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(LIFETIME)
        .sign(key);
    },
    async verify(authorization) {
      const token = /^Bearer\s+([\w-]+\.[\w-]+\.[\w-]+)$/i.exec(authorization ?? '')?.[1];
      if (!token) throw new AuthenticationError('no bearer token');
      try {
        const { payload } = await (await jose()).jwtVerify(token, key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
        if (typeof payload.tid !== 'string' || typeof payload.oid !== 'string') throw new AuthenticationError('token without tenant or user');
        return { tenantId: payload.tid, aadObjectId: payload.oid, teamsUserId: '', name: typeof payload.name === 'string' ? payload.name : '' };
      } catch (error) {
        if (error instanceof AuthenticationError) throw error;
        throw new AuthenticationError(`local token refused: ${(error as { code?: string }).code ?? (error as Error).name}`);
      }
    },
  };
}

/**
 * The verifier of the tab API: Teams SSO tokens (RS256) go to Entra ID's keys, local sign-in tokens
 * (HS256) to the local key when local mode has one. Neither configured: nobody is signed in.
 */
export function tabVerifier(teams: TokenVerifier | undefined, local: TokenVerifier | undefined): TokenVerifier {
  return {
    async verify(authorization) {
      const token = /^Bearer\s+([\w-]+)\./i.exec(authorization ?? '')?.[1];
      let alg: string | undefined;
      try {
        alg = token ? (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { alg?: string }).alg : undefined;
      } catch {
        throw new AuthenticationError('unreadable token header');
      }
      const verifier = alg === 'HS256' ? local : teams;
      if (!verifier) throw new AuthenticationError(alg === 'HS256' ? 'local sign-in is off' : 'Teams sign-in is not configured (AAD_APP_CLIENT_ID)');
      return verifier.verify(authorization);
    },
  };
}
