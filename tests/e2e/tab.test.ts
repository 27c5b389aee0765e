import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { TENANT } from '../helpers/factories';
import { TabWorld } from '../helpers/tab-world';
import { TeamsHost, type TeamsThemeName } from '../helpers/teams-host';
import { CHANNEL_ID, TEAM_ID, cardOf, councilFormData, people } from '../helpers/teams-world';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'tests/artifacts/tab');
/** The simulated "now" of the server and of the browser: March's assessments are due, April's are not. */
const NOW = '2027-03-10T09:00:00+01:00';
const WORK = 'Lugnare måltider';
const staff = { aadObjectId: randomUUID(), name: 'Gustav Berg' };

type Person = { aadObjectId: string; name: string };

describe('the Kvalitetsråd tab in a Teams host of our own (real server, Entra ID stand-in, Debian Chromium)', () => {
  const tab = new TabWorld();
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'tab/dist/index.html'))) throw new Error('tab/dist is missing: run `npm run build:tab` first');
    await mkdir(ARTIFACTS, { recursive: true });
    await tab.start('pglite');
    const world = tab.world;
    await world.setClock(NOW);
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
    // Bengt proposes in the channel, Anna accepts: the proposal becomes this year's improvement work.
    const before = world.connector.posts.length;
    await world.send(world.channelMessage(`förslag ${WORK}. Det är oroligt vid middagen när alla äter samtidigt.`, people.bengt));
    const card = cardOf(world.connector.posts.slice(before)[0]?.body) as { refresh: { action: { data: { proposalId: string } } } };
    const accepted = await world.send(
      world.invoke('proposal.triage', { proposalId: card.refresh.action.data.proposalId, version: 1, decision: 'accept', reason: '' }, people.anna),
    );
    expect(accepted.status).toBe(200);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await (browser as Browser | undefined)?.close(); // unset when beforeAll failed first
    await tab.stop();
  });

  /** Opens the tab (or its setup page) in the council's channel as `person`; the months offered follow the server's date, not the browser's. */
  async function openTab(
    person: Person,
    { theme = 'default', locale = 'sv-SE', setup = false }: { theme?: TeamsThemeName; locale?: string; setup?: boolean } = {},
  ): Promise<TeamsHost> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    return TeamsHost.open(page, {
      tabUrl: `${tab.world.baseUrl}/tab/${setup ? 'config.html' : ''}`,
      frameContext: setup ? 'settings' : 'content',
      token: await tab.token(person),
      context: {
        tenantId: TENANT,
        userObjectId: person.aadObjectId,
        userName: person.name,
        teamId: TEAM_ID,
        teamName: 'Solgården',
        channelId: CHANNEL_ID,
        channelName: 'Kvalitetsråd',
        locale,
        theme,
      },
    });
  }

  /**
   * axe-core in the tab's frame: no serious or critical violations. Tabster's focus bumpers (Fluent's
   * arrow-key navigation) are focusable and aria-hidden by design; they pass focus on at once, and
   * Microsoft's Accessibility Insights leaves them out too (microsoft/tabster#288).
   */
  async function expectAccessible(frame: Frame): Promise<void> {
    await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const context = JSON.stringify({ include: ['html'], exclude: ['[data-tabster-dummy]'] });
    const violations = await frame.evaluate<unknown[]>(`axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`);
    expect(violations).toEqual([]);
  }

  /** Saves the view as `tests/artifacts/tab/<view>.png`, the page made as tall as the tab's content (it scrolls in its frame). */
  async function screenshot(page: Page, view: string, frame: Frame = page.mainFrame()): Promise<void> {
    const viewport = page.viewportSize()!;
    const height = await frame.evaluate<number>('document.documentElement.scrollHeight');
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await page.screenshot({ path: path.join(ARTIFACTS, `${view}.png`) });
    await page.setViewportSize(viewport);
  }

  it('adds the tab to the channel from its setup page, pointing at the tab', async () => {
    const host = await openTab(people.anna, { setup: true });
    try {
      await host.tab.getByRole('heading', { name: 'Kvalitetsråd' }).waitFor();
      expect(await host.waitForCall('settings.setValidityState')).toEqual([true]);
      await host.save();
      const [settings] = await host.waitForCall('settings.setSettings');
      expect(settings).toMatchObject({ contentUrl: `${tab.world.baseUrl}/tab/`, suggestedDisplayName: 'Kvalitetsråd' });
      await host.waitForCall('settings.save.success');
      await expectAccessible(host.tab);
    } finally {
      await host.page.close();
    }
  });

  describe("a manager in the council's channel", () => {
    let host: TeamsHost;
    let frame: Frame;
    beforeAll(async () => {
      host = await openTab(people.anna);
      frame = host.tab;
    });
    afterAll(() => host.page.close());

    it('opens on Översikt, signed in through Teams SSO, with the council of the channel', async () => {
      await frame.getByRole('heading', { level: 1, name: councilFormData.unitName }).waitFor();
      await frame.getByRole('heading', { level: 2, name: 'Översikt' }).waitFor();
      const works = frame.getByRole('region', { name: 'Förbättringsarbeten' });
      await works.getByText(WORK).waitFor();
      await expect(works.getByText('Ingen bedömning').isVisible()).resolves.toBe(true);
      await frame.getByText('Inte på plats före 31 januari').waitFor();
      expect((await host.calls()).map((c) => c.func)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));
      await expectAccessible(frame);
      await screenshot(host.page, 'overview', frame);
    });

    it('lists the sub-assignments under Deluppdrag, with the months still to assess', async () => {
      await frame.getByRole('tab', { name: 'Deluppdrag' }).click();
      const row = frame.getByRole('row', { name: new RegExp(WORK) });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Saknas: mars');
      await expect(row.textContent()).resolves.toContain('0 av 0 klara');
      await frame.getByRole('heading', { level: 3, name: 'Uppdrag: Kvalitetsråd' }).waitFor();
      await expectAccessible(frame);
      await screenshot(host.page, 'follow-up', frame);
    });

    it("opens a sub-assignment, adds an activity and records the month's assessment", async () => {
      await frame.getByRole('button', { name: WORK }).click();
      await frame.getByRole('heading', { level: 2, name: WORK }).waitFor();
      await frame.getByText('Förslag 1: Lugnare måltider').waitFor();

      const add = frame.getByRole('form', { name: 'Lägg till aktivitet' });
      await add.getByLabel('Namn').fill('Prova dukning i två omgångar');
      await add.getByLabel('Ansvarig').selectOption({ label: 'Bengt Karlsson' });
      await add.getByLabel('Klart senast').fill('2027-04-30');
      await add.getByRole('button', { name: 'Lägg till aktivitet' }).click();
      const activity = frame.getByRole('listitem', { name: 'Prova dukning i två omgångar' });
      await activity.getByText('Bengt Karlsson').waitFor();
      await expect(add.getByLabel('Namn').inputValue()).resolves.toBe('');

      const assessment = frame.getByRole('form', { name: 'Lägesbedömning' });
      await expect(assessment.getByLabel('Månad').inputValue()).resolves.toBe('2027-03');
      await assessment.getByRole('radio', { name: 'Delvis enligt plan' }).check();
      await assessment.getByLabel('Kommentar').fill('Dukningen prövas från vecka 11.');
      await assessment.getByRole('button', { name: 'Spara bedömningen' }).click();
      const history = frame.getByRole('table', { name: 'Lägesbedömningar' });
      await history.getByText('Dukningen prövas från vecka 11.').waitFor();
      await expect(history.textContent()).resolves.toContain('Delvis enligt plan');
      await expectAccessible(frame);
      await screenshot(host.page, 'sub-assignment', frame);
    });

    it('refuses the final report while an activity is open, keeps the text, and completes once it is done', async () => {
      const report = frame.getByRole('form', { name: 'Slutrapport' });
      const summary = 'Middagarna är lugnare; dukningen i två omgångar blir kvar.';
      await report.getByLabel(/Slutrapport/).fill(summary);
      await report.getByRole('button', { name: 'Klarmarkera' }).click();
      await report.getByText(/1 är inte klara/).waitFor();
      await expect(report.getByLabel(/Slutrapport/).inputValue()).resolves.toBe(summary);

      const activity = frame.getByRole('listitem', { name: 'Prova dukning i två omgångar' });
      // The box shows what the server saved, so it turns checked when the answer arrives.
      await activity.getByRole('checkbox', { name: /Klar/ }).click();
      await activity.getByText(/^Klar \d/).waitFor();

      await report.getByRole('button', { name: 'Klarmarkera' }).click();
      await frame.getByText(/^Klarmarkerat /).waitFor();
      await frame.getByRole('region', { name: 'Slutrapport' }).getByText(summary).waitFor();
      await expect(frame.getByRole('form', { name: 'Slutrapport' }).count()).resolves.toBe(0);

      await frame.getByRole('button', { name: 'Tillbaka till deluppdragen' }).click();
      const row = frame.getByRole('row', { name: new RegExp(WORK) });
      await row.waitFor();
      await expect(row.textContent()).resolves.toMatch(/Klar.*1 av 1 klara/);
    });

    it('exports the year for Stratsys as an .xlsx download', async () => {
      const [download] = await Promise.all([
        host.page.waitForEvent('download'),
        frame.getByRole('button', { name: 'Ladda ner Excel (.xlsx)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Kvalitetsrad-solgardens-vard-och-omsorgsboende-2027.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
      const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
      expect(cells).toContain(WORK);
      expect(cells).toContain('Prova dukning i två omgångar');
    });

    it('follows Teams into the dark theme', async () => {
      await frame.getByRole('tab', { name: 'Översikt' }).click();
      await frame.getByRole('region', { name: 'Förbättringsarbeten' }).getByText(WORK).waitFor();
      const background = 'getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor';
      const light = await frame.evaluate<string>(background);
      await host.setTheme('dark');
      await frame.waitForFunction(`${background} !== ${JSON.stringify(light)}`);
      await expectAccessible(frame);
      await screenshot(host.page, 'overview-dark', frame);
    });
  });

  it('shows staff of the unit the follow-up without any control to change it', async () => {
    const host = await openTab(staff);
    const frame = host.tab;
    try {
      await frame.getByRole('tab', { name: 'Deluppdrag' }).click();
      await frame.getByRole('row', { name: new RegExp(WORK) }).waitFor();
      await expect(frame.getByRole('button', { name: /Ladda ner|Bedöm/ }).count()).resolves.toBe(0);
      await frame.getByRole('button', { name: WORK }).click();
      await frame.getByRole('heading', { level: 2, name: WORK }).waitFor();
      await frame.getByRole('listitem', { name: 'Prova dukning i två omgångar' }).waitFor();
      await expect(frame.locator('form, input, textarea, select, [role="checkbox"]').count()).resolves.toBe(0);
      await expect(frame.getByRole('button', { name: /Ändra|Lägg till|Klarmarkera|Spara/ }).count()).resolves.toBe(0);
      await expectAccessible(frame);
      await screenshot(host.page, 'sub-assignment-staff', frame);
    } finally {
      await host.page.close();
    }
  });

  it('speaks English to a member whose Teams is in English', async () => {
    const host = await openTab(people.bengt, { locale: 'en-US' });
    const frame = host.tab;
    try {
      await frame.getByRole('heading', { level: 2, name: 'Overview' }).waitFor();
      await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('en');
      await frame.getByRole('tab', { name: 'Sub-assignments' }).click();
      await frame.getByRole('button', { name: WORK }).click();
      await frame.getByRole('heading', { level: 3, name: 'Activities' }).waitFor();
      await expect(frame.getByRole('region', { name: 'Final report' }).getByText('Middagarna är lugnare').count()).resolves.toBe(1);
    } finally {
      await host.page.close();
    }
  });

  it('outside Teams (local mode) lets the developer sign in as someone of the mock tenant', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${tab.world.baseUrl}/tab/`);
      await page.getByRole('heading', { name: 'Logga in som …' }).waitFor();
      await expectAccessible(page.mainFrame());
      await screenshot(page, 'local-sign-in');
      await page.getByRole('button', { name: people.anna.name }).click();
      await page.getByRole('heading', { level: 1, name: councilFormData.unitName }).waitFor();
      await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    } finally {
      await page.close();
    }
  });
});
