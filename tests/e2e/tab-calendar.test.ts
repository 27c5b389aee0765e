import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { TENANT } from '../helpers/factories';
import { GraphStandIn } from '../helpers/graph-stand-in';
import { loopbackServer } from '../helpers/loopback-tls';
import { TAB_CLIENT_ID, TabWorld } from '../helpers/tab-world';
import { TeamsHost, userPrincipalNameOf } from '../helpers/teams-host';
import { CHANNEL_ID, TEAM_ID, cardOf, councilFormData, people, submissionOf } from '../helpers/teams-world';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'tests/artifacts/tab');
const SECRET = 'stand-in-client-secret';
const GROUP_ID = '00000000-0000-4000-8000-0000000000c1'; // the team's aadGroupId in TeamsWorld's activities
const CALENDAR = 'Teamets kalender';
const SYNC = 'Lägg in årets träffar i teamets kalender';
const CONSENT = 'Ge Kvalitetsråd tillgång till kalendern';
const staff = { aadObjectId: randomUUID(), name: 'Gustav Berg' };

type Person = { aadObjectId: string; name: string };

/**
 * The tab over HTTPS, as Teams serves tabs: a loopback TLS proxy in front of the app (which serves
 * HTTP in the tests). teams-js opens only https addresses in its authentication popup.
 */
class HttpsFront {
  private server = loopbackServer(true, (req, res) => {
    const upstream = http.request(`${this.target()}${req.url ?? '/'}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });

  constructor(private readonly target: () => string) {}

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
}

/** axe-core on the team calendar card: no serious or critical violations (Tabster's focus bumpers left out, as in tab.test.ts). */
async function expectAccessible(frame: Frame, region: string): Promise<void> {
  await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const context = JSON.stringify({ include: [[`section[aria-label="${region}"]`]], exclude: ['[data-tabster-dummy]'] });
  const violations = await frame.evaluate<unknown[]>(`axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`);
  expect(violations).toEqual([]);
}

/** Saves the tab as `tests/artifacts/tab/<name>.png`, the page as tall as the tab's content. */
async function screenshot(page: Page, frame: Frame, name: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await frame.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  await page.setViewportSize(viewport);
}

/** Opens the council's channel tab as `person` (a fresh SSO token each time: the server's token cache keys on it). */
async function openTab(browser: Browser, tab: TabWorld, tabUrl: string, person: Person, locale = 'sv-SE'): Promise<TeamsHost> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
  return TeamsHost.open(page, {
    tabUrl,
    token: await tab.token(person, { uti: randomUUID() }),
    context: {
      tenantId: TENANT,
      userObjectId: person.aadObjectId,
      userName: person.name,
      teamId: TEAM_ID,
      teamName: 'Solgården',
      channelId: CHANNEL_ID,
      channelName: 'Kvalitetsråd',
      locale,
      theme: 'default',
    },
  });
}

describe('Teamets kalender on Översikt, with Microsoft Graph (Entra ID and Graph stand-ins over HTTPS, Debian Chromium)', () => {
  const tab = new TabWorld({ https: true });
  const graph = new GraphStandIn(tab.entra);
  const front = new HttpsFront(() => tab.world.baseUrl);
  let browser: Browser;
  const calendarOf = (host: TeamsHost) => host.tab.getByRole('region', { name: CALENDAR });

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'tab/dist/index.html'))) throw new Error('tab/dist is missing: run `npm run build:tab` first');
    await mkdir(ARTIFACTS, { recursive: true });
    await graph.start();
    await tab.start('pglite', { AAD_APP_CLIENT_SECRET: SECRET, GRAPH_BASE_URL: graph.baseUrl, AAD_APP_TENANT_ID: TENANT });
    tab.entra.client = { clientId: TAB_CLIENT_ID, clientSecret: SECRET };
    await front.start();
    const world = tab.world;
    // Planned in November for next year; then it is early January, every meeting of the year still ahead.
    await world.setClock('2026-11-22T09:00:00Z');
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    await world.send(world.channelMessage('planera'));
    const form = cardOf(world.connector.posts.at(-1)!.body);
    await world.send(
      world.invoke('schedule.save', submissionOf(form, 'schedule.save', { m0_place: 'Personalrummet' }), people.anna, 'schedule-card'),
    );
    await world.setClock('2027-01-04T08:00:00+01:00');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await (browser as Browser | undefined)?.close(); // unset when beforeAll failed first
    await front.stop();
    await tab.stop();
    await graph.stop();
  });

  it("lets a manager put the year's meetings in the team calendar, with a Teams meeting each", async () => {
    const host = await openTab(browser, tab, `${front.url}/tab/`, people.anna);
    try {
      const calendar = calendarOf(host);
      await calendar.getByText('0 av årets 11 träffar finns i teamets kalender.').waitFor();
      await calendar.getByRole('button', { name: SYNC }).click();
      await calendar.getByRole('status').getByText('11 skapade, 0 uppdaterade, 0 inställda, 0 oförändrade', { exact: false }).waitFor();
      await calendar.getByText('11 av årets 11 träffar finns i teamets kalender.').waitFor();

      const events = graph.eventsOf(GROUP_ID);
      expect(events).toHaveLength(11);
      const links = calendar.getByRole('region', { name: 'Teams-möten' }).getByRole('link', { name: /^Teams-möte / });
      await expect(links.count()).resolves.toBe(11);
      const hrefs = await links.evaluateAll((all: { getAttribute(name: string): string | null }[]) => all.map((a) => a.getAttribute('href')));
      expect(new Set(hrefs)).toEqual(new Set(events.map((e) => e.onlineMeeting!.joinUrl)));
      await expect(links.first().textContent()).resolves.toMatch(/^Teams-möte tis 12 jan\.? 2027 13:00$/);
      await expectAccessible(host.tab, CALENDAR);
      await screenshot(host.page, host.tab, 'calendar');
    } finally {
      await host.page.close();
    }
  });

  it('asks for consent when Entra ID has none, runs the Teams consent popup, and syncs once it is given', async () => {
    // A meeting moved in the bot's schedule card: the calendar is one meeting behind.
    const world = tab.world;
    const { body: open } = await world.send(world.invoke('schedule.open', { year: '2027' }));
    await world.send(world.invoke('schedule.save', submissionOf(cardOf(open), 'schedule.save', { m1_date: '2027-02-23' })));
    tab.entra.consented = false;
    const host = await openTab(browser, tab, `${front.url}/tab/`, people.anna);
    try {
      const calendar = calendarOf(host);
      await calendar.getByText('1 träff har ändrats sedan senast – uppdatera kalendern.').waitFor();
      await calendar.getByRole('button', { name: SYNC }).click();
      await calendar
        .getByRole('alert')
        .getByText(/kalenderfiler \(\.ics\)/)
        .waitFor();
      expect(graph.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);

      // The user closes the popup without approving: the message says so, the button stays.
      await calendar.getByRole('button', { name: CONSENT }).click();
      const [url, width, height] = await host.waitForCall('authentication.authenticate');
      const start = new URL(String(url));
      expect(`${start.origin}${start.pathname}`).toBe(`${front.url}/auth/consent-start`);
      expect(Object.fromEntries(start.searchParams)).toEqual({ tenantId: TENANT, loginHint: userPrincipalNameOf(people.anna.name) });
      expect([width, height]).toEqual([600, 535]);
      await host.finishAuthentication({ success: false, reason: 'access_denied' });
      await calendar.getByText('Tillgången gavs inte (access_denied), så teamets kalender är oförändrad.', { exact: false }).waitFor();
      await expectAccessible(host.tab, CALENDAR);
      await screenshot(host.page, host.tab, 'calendar-consent');

      // The page the popup opens sends the user on to Entra ID's consent for them.
      const redirect = await fetch(String(url), { redirect: 'manual' });
      expect(redirect.status).toBe(302);
      expect(new URL(redirect.headers.get('location')!).searchParams.get('login_hint')).toBe(userPrincipalNameOf(people.anna.name));

      // Second try: consent is given in the popup, and the sync runs again by itself.
      await calendar.getByRole('button', { name: CONSENT }).click();
      await host.page.waitForFunction('window.teamsHostCalls.filter((c) => c.func === "authentication.authenticate").length === 2');
      await calendar.getByRole('button', { name: 'Väntar på godkännandet…' }).waitFor();
      tab.entra.consented = true;
      await host.finishAuthentication({ success: true });
      await calendar.getByRole('status').getByText('0 skapade, 1 uppdaterade, 0 inställda, 10 oförändrade', { exact: false }).waitFor();
      await expect(calendar.getByRole('button', { name: CONSENT }).count()).resolves.toBe(0);
      // The card reads the calendar's state again after the sync: nothing is behind any more.
      await calendar.getByText(/har ändrats sedan senast/).waitFor({ state: 'detached' });
      await calendar.getByText('11 av årets 11 träffar finns i teamets kalender.').waitFor();
      expect(graph.eventsOf(GROUP_ID).map((e) => e.start.dateTime)).toContain('2027-02-23T13:00:00');
      await expectAccessible(host.tab, CALENDAR);
    } finally {
      tab.entra.consented = true;
      await host.page.close();
    }
  });

  it("shows a council member the calendar's state without the button (in English for an English Teams), and staff no calendar", async () => {
    const member = await openTab(browser, tab, `${front.url}/tab/`, people.bengt, 'en-US');
    try {
      const calendar = member.tab.getByRole('region', { name: 'Team calendar' });
      await calendar.getByText('11 of this year’s 11 meetings are in the team calendar.').waitFor();
      await expect(calendar.getByRole('button').count()).resolves.toBe(0);
      await expectAccessible(member.tab, 'Team calendar');
    } finally {
      await member.page.close();
    }
    const other = await openTab(browser, tab, `${front.url}/tab/`, staff);
    try {
      await other.tab.getByRole('region', { name: 'Mötesplan 2027' }).waitFor();
      await expect(calendarOf(other).count()).resolves.toBe(0);
      await expect(other.tab.getByRole('button', { name: SYNC }).count()).resolves.toBe(0);
    } finally {
      await other.page.close();
    }
  });
});

describe('Teamets kalender without Microsoft Graph (no client secret)', () => {
  const tab = new TabWorld();
  let browser: Browser;

  beforeAll(async () => {
    await tab.start('pglite');
    const world = tab.world;
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await (browser as Browser | undefined)?.close(); // unset when beforeAll failed first
    await tab.stop();
  });

  it('tells the manager the invitations carry .ics files, and offers no sync', async () => {
    const host = await openTab(browser, tab, `${tab.world.baseUrl}/tab/`, people.anna);
    try {
      const calendar = host.tab.getByRole('region', { name: CALENDAR });
      await calendar.getByText('Kallelserna i kanalen har kalenderfiler (.ics) som var och en lägger till i sin kalender.').waitFor();
      await expect(calendar.getByRole('button').count()).resolves.toBe(0);
      await expectAccessible(host.tab, CALENDAR);
    } finally {
      await host.page.close();
    }
  });
});
