/** The Teams themes Fluent UI has a theme for. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** What the tab learns from Teams when it runs inside it. */
export interface TeamsSession {
  /** The user's Teams locale, e.g. `sv-SE`. */
  locale: string;
  theme: TeamsTheme;
  channelId?: string;
  tenantId?: string;
  /** Who is signed in, as Entra ID's `login_hint` wants it (the user's sign-in name). */
  loginHint?: string;
  /** The SSO token for our API (teams-js caches it and fetches a new one before it expires). */
  getToken: () => Promise<string>;
  onThemeChange: (handler: (theme: TeamsTheme) => void) => void;
  /**
   * Opens `url` in Teams' authentication popup; resolves with what the popup's page reported through
   * `notifySuccess`, rejects with the reason of `notifyFailure` (or `CancelledByUser` when it was closed).
   */
  authenticate: (url: string, size: { width: number; height: number }) => Promise<string>;
}

/** How long to wait for a Teams host to answer before treating the page as opened outside Teams. */
const INITIALIZE_TIMEOUT_MS = 2500;

const themeOf = (theme: string | undefined): TeamsTheme => (theme === 'dark' || theme === 'contrast' ? theme : 'default');

/**
 * Connects to Teams when the tab is framed (Teams hosts tabs in an iframe); `undefined` when it is
 * not, or when the frame's host does not answer teams-js in time: then the tab runs in local mode.
 * teams-js is loaded only here, so a tab opened in a plain browser never downloads it.
 */
export async function connectToTeams(): Promise<TeamsSession | undefined> {
  if (window.parent === window) return undefined;
  const { app, authentication } = await import('@microsoft/teams-js');
  const initialized = await Promise.race([
    app.initialize().then(
      () => true,
      (error: unknown) => {
        console.warn('Teams did not initialize the tab; running outside Teams', error);
        return false;
      },
    ),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), INITIALIZE_TIMEOUT_MS)),
  ]);
  if (!initialized) return undefined;
  const context = await app.getContext();
  return {
    locale: context.app.locale,
    theme: themeOf(context.app.theme),
    channelId: context.channel?.id,
    tenantId: context.user?.tenant?.id,
    loginHint: context.user?.loginHint ?? context.user?.userPrincipalName,
    getToken: () => authentication.getAuthToken(),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(themeOf(theme))),
    authenticate: (url, size) => authentication.authenticate({ url, ...size }),
  };
}
