import type { Frame, Page } from 'playwright-core';

/** The Teams theme names teams-js passes on. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Who and where the tab runs in, as the host tells teams-js. */
export interface TeamsHostContext {
  tenantId: string;
  userObjectId: string;
  userName: string;
  /** The team and channel of a channel tab; left out for a personal tab (personal scope has neither). */
  teamId?: string;
  teamName?: string;
  channelId?: string;
  channelName?: string;
  /** The user's Teams locale, e.g. `sv-SE`. */
  locale: string;
  theme: TeamsThemeName;
  /** The tab's `entityId` in the manifest: `kvalitetsrad` (the channel tab) unless told. */
  entityId?: string;
}

/** What the host page needs: the tab's URL, the context, and the SSO token `getAuthToken` answers. */
export interface TeamsHostOptions {
  tabUrl: string;
  context: TeamsHostContext;
  token: string;
  /** `content` for the tab itself; `settings` for its setup page when the tab is added to a channel. */
  frameContext?: 'content' | 'settings';
}

/** A call the tab made to its host. */
export interface HostCall {
  func: string;
  args: unknown[];
}

/**
 * The host page's address. Teams' own origin: teams-js accepts messages only from its list of Teams
 * origins (or the tab's own), so the page is answered by `page.route` there and never leaves the machine.
 */
const HOST_URL = 'https://teams.microsoft.com/_kvalitetsrad-test-host';
/** teams-js fetches its list of valid origins from this CDN when it loads; answered here, as there is no internet. */
const VALID_ORIGINS_CDN = 'https://res.cdn.office.net/**';

/** The runtime config Teams on the web hands teams-js 2.x in the `initialize` reply (apiVersion 4). */
const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    app: {},
    appEntity: {},
    appInstallDialog: {},
    chat: {},
    conversations: {},
    teamsCore: {},
    menus: {},
    sharing: {},
    dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
  },
};

/** The sign-in name the host gives a user: "Anna Lindqvist" → `anna.lindqvist@example.se`. */
export const userPrincipalNameOf = (userName: string): string => `${userName.toLowerCase().replace(/\s+/g, '.')}@example.se`;

/** The v1-shaped context `getContext` answers (teams-js maps it to the v2 `app.Context`). */
function contextOf(c: TeamsHostContext, frameContext: string): Record<string, unknown> {
  const upn = userPrincipalNameOf(c.userName);
  return {
    locale: c.locale,
    theme: c.theme,
    tid: c.tenantId,
    userObjectId: c.userObjectId,
    userDisplayName: c.userName,
    // Teams gives the user's sign-in name as the login hint (what Entra ID's `login_hint` wants).
    userPrincipalName: upn,
    loginHint: upn,
    // A personal tab's context has no team and no channel (JSON leaves the undefined ones out).
    teamId: c.teamId,
    teamName: c.teamName,
    ...(c.teamId ? { groupId: '00000000-0000-4000-8000-0000000000c1', userTeamRole: 0 } : {}),
    channelId: c.channelId,
    channelName: c.channelName,
    ...(c.channelId ? { channelType: 'Regular' } : {}),
    entityId: c.entityId ?? 'kvalitetsrad',
    frameContext,
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: '7f4ba1a0-0000-4000-8000-000000000001',
    sessionId: '7f4ba1a0-0000-4000-8000-000000000002',
    isFullScreen: false,
    isMultiWindow: false,
  };
}

/**
 * The page's script: answers teams-js's `postMessage` requests (`{id, uuidAsString, func, args}`)
 * with `{id, uuidAsString, args}` as Teams does, records every call, and sends the tab Teams' own
 * events (a theme change, the setup page's Save, the end of an authentication popup). Browser code, kept as text: the tests compile
 * without the DOM's types.
 */
function hostScript(options: TeamsHostOptions): string {
  const frameContext = options.frameContext ?? 'content';
  const config = {
    token: options.token,
    frameContext,
    context: contextOf(options.context, frameContext),
    runtime: JSON.stringify(RUNTIME),
    tabOrigin: new URL(options.tabUrl).origin,
  };
  return `
    const config = ${JSON.stringify(config)};
    const frame = document.getElementById('tab');
    window.teamsHostCalls = [];
    const replies = {
      initialize: () => [config.frameContext, 'web', config.runtime, '2.58.0'],
      getContext: () => [config.context],
      'authentication.getAuthToken': () => [true, config.token],
      'settings.setSettings': () => [true],
    };
    // The authentication popup the tab asked for: answered when the test closes it (teamsHostFinishAuthentication).
    let popup;
    window.addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
      const { id, uuidAsString, func, args } = event.data;
      window.teamsHostCalls.push({ func, args });
      if (func === 'authentication.authenticate') {
        popup = { id, uuidAsString, source: event.source, origin: event.origin };
        return;
      }
      const reply = replies[func];
      if (reply) event.source.postMessage({ id, uuidAsString, args: reply() }, event.origin);
    });
    const send = (func, args) => frame.contentWindow.postMessage({ func, args }, config.tabOrigin);
    window.teamsHostSetTheme = (theme) => send('themeChange', [theme]);
    window.teamsHostSave = () => send('settings.save', [{}]);
    window.teamsHostFinishAuthentication = (success, result) => {
      if (!popup) throw new Error('the tab has no authentication popup open');
      const { id, uuidAsString, source, origin } = popup;
      popup = undefined;
      source.postMessage({ id, uuidAsString, args: [success, result] }, origin);
    };
  `;
}

function hostPage(options: TeamsHostOptions): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Microsoft Teams (test host)</title>
    <style>html, body { margin: 0; height: 100%; } iframe { border: 0; width: 100%; height: 100%; display: block; }</style>
  </head>
  <body>
    <iframe id="tab" title="Kvalitetsråd" allow="local-network-access; loopback-network" src="${options.tabUrl}"></iframe>
    <script>${hostScript(options)}</script>
  </body>
</html>`;
}

/** A Teams host of our own around the tab: the page, and the tab's frame in it. */
export class TeamsHost {
  private constructor(
    readonly page: Page,
    readonly tab: Frame,
  ) {}

  /** Opens the host page in `page` with the tab framed in it, and waits for the tab's document. */
  static async open(page: Page, options: TeamsHostOptions): Promise<TeamsHost> {
    // Chromium asks before a public site reaches loopback (Local Network Access); the test says yes, as a developer would.
    await page.context().grantPermissions(['local-network-access'], { origin: new URL(HOST_URL).origin });
    await page.route(VALID_ORIGINS_CDN, (route) =>
      route.fulfill({ json: { validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', 'teams.cloud.microsoft'] } }),
    );
    await page.route(HOST_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPage(options) }));
    await page.goto(HOST_URL);
    const element = await page.waitForSelector('iframe#tab');
    const tab = await element.contentFrame();
    if (!tab) throw new Error('the host page has no tab frame');
    await tab.waitForLoadState('domcontentloaded');
    return new TeamsHost(page, tab);
  }

  /** The teams-js calls the tab has made, in order. */
  calls(): Promise<HostCall[]> {
    return this.page.evaluate<HostCall[]>('window.teamsHostCalls');
  }

  /** Waits until the tab has called `func`; answers the arguments of its latest call. */
  async waitForCall(func: string): Promise<unknown[]> {
    await this.page.waitForFunction(`window.teamsHostCalls.some((c) => c.func === ${JSON.stringify(func)})`);
    return (await this.calls()).filter((c) => c.func === func).at(-1)!.args;
  }

  /** Switches Teams' theme, as when the user changes it in the settings. */
  async setTheme(theme: TeamsThemeName): Promise<void> {
    await this.page.evaluate(`window.teamsHostSetTheme(${JSON.stringify(theme)})`);
  }

  /**
   * Closes the popup the tab opened with `authentication.authenticate` (the URL is in its recorded
   * call), answering as Teams does: what the popup's page passed to `notifySuccess`, or the reason of
   * its `notifyFailure` (Teams says `CancelledByUser` when the user closed it).
   */
  async finishAuthentication(outcome: { success: true; result?: string } | { success: false; reason: string }): Promise<void> {
    const args = outcome.success ? [true, outcome.result] : [false, outcome.reason];
    await this.page.evaluate(`window.teamsHostFinishAuthentication(...${JSON.stringify(args)})`);
  }

  /** Presses Save on the setup page Teams shows when the tab is added to a channel. */
  async save(): Promise<void> {
    await this.page.evaluate('window.teamsHostSave()');
  }
}
