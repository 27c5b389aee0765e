import { createContext, useContext } from 'react';
import { paths } from '../api/paths';
import type { TeamsSession } from './teams';

/** The consent popup came back without consent; `reason` is what it reported (`access_denied`, `CancelledByUser`), if anything. */
export class ConsentRefusedError extends Error {
  constructor(readonly reason: string | undefined) {
    super(reason ?? 'consent refused');
    this.name = 'ConsentRefusedError';
  }
}

/** Asking the signed-in user (or an admin for everyone) to let Kvalitetsråd use Microsoft Graph. */
export interface GraphConsent {
  /** Runs the consent flow; resolves once consent was given, rejects with `ConsentRefusedError` otherwise. */
  ask: () => Promise<void>;
}

/** The popup's size Teams is asked for: room for Entra ID's consent page. */
const POPUP = { width: 600, height: 535 };

/**
 * The Teams consent flow: `authentication.authenticate` opens the server's `/auth/consent-start` in
 * Teams' popup, with the user's tenant and sign-in name so Entra ID asks the right person; the popup's
 * last page (`/auth/consent-end`) reports back through teams-js.
 */
export function teamsConsent(session: TeamsSession): GraphConsent {
  return {
    async ask() {
      const url = `${location.origin}${paths.consentStart(session.tenantId, session.loginHint)}`;
      try {
        await session.authenticate(url, POPUP);
      } catch (error) {
        throw new ConsentRefusedError(error instanceof Error && error.message ? error.message : undefined);
      }
    },
  };
}

/** Provides the consent flow to the tab's components; left out outside Teams, where there is no popup to run it in. */
export const ConsentContext = createContext<GraphConsent | undefined>(undefined);

/** The consent flow, or `undefined` outside Teams (local mode). */
export const useConsent = (): GraphConsent | undefined => useContext(ConsentContext);
