import { AuthError, ConfidentialClientApplication, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { ConsentRequiredError, GraphTokenRefusedError, GraphUnavailableError } from './graph-errors';

/** Exchanges a signed-in user's tab token for a Microsoft Graph token on their behalf. */
export interface GraphTokens {
  /**
   * A Graph access token with `scopes` for the user whose Teams SSO token is `assertion`, in their
   * tenant. Throws `ConsentRequiredError`, `GraphTokenRefusedError` (→ 401) or `GraphUnavailableError`.
   */
  onBehalfOf(assertion: string, tenantId: string, scopes: readonly string[]): Promise<string>;
}

/** The tab's Entra app as the on-behalf-of exchange needs it. */
export interface GraphAppIdentity {
  clientId: string;
  clientSecret: string;
  /** `https://login.microsoftonline.com`, or a stand-in's https address in tests. */
  authorityHost: string;
}

/** Entra ID's code for "the user or administrator has not consented to use the application". */
const CONSENT_MISSING = /AADSTS65001\b/;

/**
 * The on-behalf-of flow with `@azure/msal-node` (`acquireTokenOnBehalfOf`). MSAL keeps the tokens it
 * gets in its in-memory cache keyed by the assertion, so repeated calls within a token's life do not
 * reach Entra ID. The authority host is listed in `knownAuthorities`: MSAL trusts it without the
 * instance discovery call and reads its endpoints from the host's own OpenID metadata.
 */
export function msalGraphTokens(app: GraphAppIdentity): GraphTokens {
  const host = new URL(app.authorityHost).host;
  const client = new ConfidentialClientApplication({
    auth: {
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      authority: `${app.authorityHost}/organizations`,
      knownAuthorities: [host],
    },
  });
  return {
    async onBehalfOf(assertion, tenantId, scopes) {
      try {
        const result = await client.acquireTokenOnBehalfOf({
          oboAssertion: assertion,
          scopes: [...scopes],
          authority: `${app.authorityHost}/${tenantId}`,
        });
        if (!result?.accessToken) throw new GraphUnavailableError('on-behalf-of answered no access token');
        return result.accessToken;
      } catch (error) {
        throw tokenError(error);
      }
    },
  };
}

/** What a failed exchange means for the caller; the reason names codes only, never tokens or names. */
function tokenError(error: unknown): Error {
  if (error instanceof GraphUnavailableError) return error;
  if (error instanceof InteractionRequiredAuthError) {
    const consent = error.subError === 'consent_required' || error.errorCode === 'consent_required' || CONSENT_MISSING.test(error.errorMessage);
    return new ConsentRequiredError(`on-behalf-of: ${error.errorCode}/${error.subError || '-'}${consent ? '' : ' (interaction)'}`);
  }
  if (error instanceof ServerError) {
    const code = `${error.errorCode}${error.status ? ` ${error.status}` : ''}`;
    if (CONSENT_MISSING.test(error.errorMessage)) return new ConsentRequiredError(`on-behalf-of: ${code}`);
    if (error.errorCode === 'invalid_grant') return new GraphTokenRefusedError(`on-behalf-of refused the assertion: ${code}`);
    return new GraphUnavailableError(`on-behalf-of failed: ${code}`);
  }
  if (error instanceof AuthError) return new GraphUnavailableError(`on-behalf-of failed: ${error.errorCode}`);
  return new GraphUnavailableError(`on-behalf-of failed: ${error instanceof Error ? error.name : 'unknown'}`);
}
