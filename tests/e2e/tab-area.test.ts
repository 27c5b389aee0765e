import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import type { Browser, Frame, Page } from 'playwright-core';
import { insertCouncil } from '../../bot/src/store/council-repository';
import { insertMeeting } from '../../bot/src/store/schedule-repository';
import { ensurePlanningSubAssignment, insertSubAssignment } from '../../bot/src/store/sub-assignment-repository';
import { launchChromium } from '../helpers/browser';
import { buildCouncil, TENANT } from '../helpers/factories';
import { TabWorld } from '../helpers/tab-world';
import { TeamsHost } from '../helpers/teams-host';
import { councilFormData, people } from '../helpers/teams-world';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'tests/artifacts/tab');
const NOW = '2027-03-10T09:00:00+01:00';
const SOLGARDEN = councilFormData.unitName;
const EKBACKEN = 'Ekbackens äldreboende';
const HEMVARD = 'Hemvården Norr';
const WORK = 'Lugnare måltider';
const admin = { aadObjectId: 'aaaaaaaa-0000-4000-8000-0000000000ad', name: 'Ida Admin' };
const helena = { aadObjectId: randomUUID(), name: 'Helena Områdeschef' };

type Person = { aadObjectId: string; name: string };

describe("Områdesöversikt, the area head's personal tab, in a Teams host of our own (real server, Entra ID stand-in, Debian Chromium)", () => {
  const tab = new TabWorld();
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'tab/dist/index.html'))) throw new Error('tab/dist is missing: run `npm run build:tab` first');
    await mkdir(ARTIFACTS, { recursive: true });
    // The admin's id in another case than the token's: Entra ids compare case-insensitively.
    await tab.start('pglite', { APP_ADMIN_IDS: admin.aadObjectId.toUpperCase() });
    const { world } = tab;
    await world.setClock(NOW);
    const councilId = await tab.startCouncil();
    const db = world.app.db;
    // Solgården's schedule, saved in January: eight meetings, two of them held by 10 March.
    await ensurePlanningSubAssignment(db, {
      id: randomUUID(),
      tenantId: TENANT,
      councilId,
      year: 2027,
      name: 'Planering och protokoll kvalitetsråd',
      at: new Date('2027-01-15T09:00:00Z'),
    });
    for (let month = 1; month <= 8; month++) {
      const startsAt = new Date(Date.UTC(2027, month < 7 ? month - 1 : month, 16, 12));
      await insertMeeting(
        db,
        {
          id: randomUUID(),
          tenantId: TENANT,
          councilId,
          year: 2027,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          place: 'Samlingsrummet',
          online: true,
          status: 'scheduled',
          revision: 1,
        },
        new Date('2027-01-15T09:00:00Z'),
      );
    }
    // Two works; Anna completes one through the tab API and assesses February.
    const completedId = randomUUID();
    for (const [id, name] of [
      [completedId, WORK],
      [randomUUID(), 'Fler promenader'],
    ] as const) {
      await insertSubAssignment(db, {
        id,
        tenantId: TENANT,
        councilId,
        year: 2027,
        kind: 'improvement',
        name,
        purpose: 'Oro vid middagen',
        startsOn: '2027-01-10',
        status: 'ongoing',
        createdAt: new Date('2027-01-10T10:00:00Z'),
      });
    }
    const anna = await tab.token(people.anna);
    expect(
      (await tab.call('POST', `/api/sub-assignments/${completedId}/complete`, anna, { version: 1, finalReport: 'Middagarna är lugnare.' })).status,
    ).toBe(200);
    expect(
      (
        await tab.call('PUT', `/api/councils/${councilId}/assessments`, anna, {
          target: { kind: 'assignment', year: 2027 },
          month: '2027-02',
          status: 'on_track',
          comment: '',
        })
      ).status,
    ).toBe(200);
    // A second residence of the same area with no schedule yet, and a unit of another area.
    await insertCouncil(db, buildCouncil({ unitName: EKBACKEN, area: 'sarskilt-boende' }));
    await insertCouncil(db, buildCouncil({ unitName: HEMVARD, area: 'hemvard' }));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await (browser as Browser | undefined)?.close(); // unset when beforeAll failed first
    await tab.stop();
  });

  /** Opens the personal tab "Områdesöversikt" as `person`: no team, no channel, the manifest's contentUrl. */
  async function openPersonalTab(person: Person, locale = 'sv-SE'): Promise<TeamsHost> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    return TeamsHost.open(page, {
      tabUrl: `${tab.world.baseUrl}/tab/?view=overview`,
      token: await tab.token(person),
      context: { tenantId: TENANT, userObjectId: person.aadObjectId, userName: person.name, entityId: 'overview', locale, theme: 'default' },
    });
  }

  /** axe-core in the tab's frame: no serious or critical violations (Tabster's focus bumpers left out, as in tab.test.ts), each with its element and why. */
  async function expectAccessible(frame: Frame): Promise<void> {
    // Colours are measured once Fluent's transitions (a button coming back from busy) have ended.
    await frame.waitForFunction('document.getAnimations().every((a) => a.playState !== "running")');
    await frame.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const context = JSON.stringify({ include: ['html'], exclude: ['[data-tabster-dummy]'] });
    const violations = await frame.evaluate<unknown[]>(`axe.run(${context}, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ') + ' ' + n.html + ' ' + (n.failureSummary ?? '')) })))`);
    expect(violations).toEqual([]);
  }

  /** Saves the view as `tests/artifacts/tab/<view>.png`, the page as tall as the tab's content. */
  async function screenshot(page: Page, view: string, frame: Frame = page.mainFrame()): Promise<void> {
    const viewport = page.viewportSize()!;
    const height = await frame.evaluate<number>('document.documentElement.scrollHeight');
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await page.screenshot({ path: path.join(ARTIFACTS, `${view}.png`) });
    await page.setViewportSize(viewport);
  }

  /** The texts of the units table's cells, row by row (the header row left out). */
  async function unitRows(frame: Frame): Promise<string[][]> {
    const table = frame.getByRole('table', { name: /Enheternas kvalitetsråd 2027/ });
    return table
      .locator('tbody tr')
      .evaluateAll((rows: { querySelectorAll(selector: 'td'): Iterable<{ textContent: string | null }> }[]) =>
        rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())),
      );
  }

  it('tells someone who heads no area why there is nothing to see', async () => {
    const host = await openPersonalTab(people.bengt);
    try {
      await host.tab.getByRole('heading', { level: 1, name: 'Områdesöversikt' }).waitFor();
      await host.tab.getByText(/Områdesöversikten visar de verksamhetsområden du är områdeschef för/).waitFor();
      await expect(host.tab.getByRole('table').count()).resolves.toBe(0);
      expect((await host.calls()).map((c) => c.func)).toEqual(expect.arrayContaining(['getContext', 'authentication.getAuthToken']));
      await expectAccessible(host.tab);
    } finally {
      await host.page.close();
    }
  });

  it('lets the app admin name an area head; a refused empty name keeps what was typed', async () => {
    const host = await openPersonalTab(admin);
    const frame = host.tab;
    try {
      await frame.getByText(/Du är inte områdeschef för något verksamhetsområde/).waitFor();
      await expect(frame.getByRole('table').count()).resolves.toBe(0);
      await expect(frame.getByRole('tab', { name: 'Goda exempel' }).count()).resolves.toBe(0);
      await frame.getByRole('tab', { name: 'Områdeschefer' }).click();
      await frame.getByRole('heading', { level: 2, name: 'Områdeschefer' }).waitFor();
      await frame.getByText(/ingen katalogsökning/).waitFor();

      const form = frame.getByRole('form', { name: 'Lägg till områdeschef' });
      await form.getByLabel('Område').selectOption({ label: 'Särskilt boende' });
      await form.getByLabel(/Entra-objekt-id/).fill(helena.aadObjectId);
      await form.getByRole('button', { name: 'Lägg till områdeschef' }).click();
      await form.getByText('Fyll i ”Namn”.').waitFor();
      await expect(form.getByLabel('Namn').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(form.getByLabel(/Entra-objekt-id/).inputValue()).resolves.toBe(helena.aadObjectId);

      await form.getByLabel('Namn').fill(helena.name);
      await form.getByRole('button', { name: 'Lägg till områdeschef' }).click();
      const heads = frame.getByRole('list', { name: 'Områdeschefer för Särskilt boende' });
      await heads.getByText(helena.name).waitFor();
      await expect(form.getByLabel(/Entra-objekt-id/).inputValue()).resolves.toBe('');
      await expect(heads.getByRole('button', { name: `Ta bort ${helena.name} som områdeschef för Särskilt boende` }).count()).resolves.toBe(1);
      await expectAccessible(frame);
      await screenshot(host.page, 'area-admin', frame);
    } finally {
      await host.page.close();
    }
  });

  describe('the area head', () => {
    let host: TeamsHost;
    let frame: Frame;
    beforeAll(async () => {
      host = await openPersonalTab(helena);
      frame = host.tab;
    });
    afterAll(() => host.page.close());

    it("sees every unit of their area in figures, and no other area's", async () => {
      await frame.getByRole('heading', { level: 1, name: 'Områdesöversikt' }).waitFor();
      await frame.getByText('Dina verksamhetsområden: Särskilt boende').waitFor();
      await frame.getByRole('table', { name: /Enheternas kvalitetsråd 2027/ }).waitFor();
      // Ekbacken's council is older than the year: January to March are due (March's reporting day,
      // the 5th, has passed). Solgården's was set up on 10 March: only March is due, and assessed.
      expect(await unitRows(frame)).toEqual([
        [EKBACKEN, 'Särskilt boende', 'Nej', '0 / 0', '0 / 3', '0', '0'],
        [SOLGARDEN, 'Särskilt boende', 'Ja', '2 / 8', '1 / 1', '1', '1'],
      ]);
      await expect(frame.getByText(HEMVARD).count()).resolves.toBe(0);
      await expect(frame.getByRole('tab', { name: 'Områdeschefer' }).count()).resolves.toBe(0);
      const chart = frame.getByRole('list', { name: /Hållna träffar per enhet 2027/ });
      await expect(chart.getByRole('listitem').filter({ hasText: SOLGARDEN }).textContent()).resolves.toContain('2 av 8 planerade');
      await expectAccessible(frame);
      await screenshot(host.page, 'area-overview', frame);
    });

    it('sorts the units by a column, with the mouse and with the keyboard', async () => {
      const meetings = frame.getByRole('columnheader', { name: /Träffar hållna/ });
      await meetings.getByRole('button').click();
      await expect(meetings.getAttribute('aria-sort')).resolves.toBe('ascending');
      expect((await unitRows(frame)).map((row) => row[0])).toEqual([EKBACKEN, SOLGARDEN]);
      await meetings.getByRole('button').focus();
      await host.page.keyboard.press('Enter');
      await expect(meetings.getAttribute('aria-sort')).resolves.toBe('descending');
      expect((await unitRows(frame)).map((row) => row[0])).toEqual([SOLGARDEN, EKBACKEN]);
      await expect(frame.getByRole('columnheader', { name: 'Enhet' }).getAttribute('aria-sort')).resolves.toBe('none');
    });

    it('picks a completed work as a good example and downloads the good examples as one Word document', async () => {
      await frame.getByRole('tab', { name: 'Goda exempel' }).click();
      await frame.getByText(/går till SAS .* kvalitetsberättelse/).waitFor();
      const work = frame.getByRole('listitem', { name: WORK });
      await work.getByText('Middagarna är lugnare.').waitFor();
      await expect(work.textContent()).resolves.toContain(SOLGARDEN);
      await expect(frame.getByRole('listitem', { name: 'Fler promenader' }).count()).resolves.toBe(0);
      const choice = work.getByRole('switch', { name: 'Välj som gott exempel' });
      await expect(choice.isChecked()).resolves.toBe(false);
      await choice.click();
      await frame.getByText('1 av 1 valda').waitFor();
      await expect(choice.isChecked()).resolves.toBe(true);

      const [download] = await Promise.all([
        host.page.waitForEvent('download'),
        frame.getByRole('button', { name: 'Ladda ner goda exempel (Word)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Goda-exempel-2027.docx');
      const { value: text } = await mammoth.extractRawText({ buffer: await readFile(await download.path()) });
      expect(text).toContain(`${SOLGARDEN}: ${WORK}`);
      expect(text).toContain('Middagarna är lugnare.');
      expect(text).not.toContain('Fler promenader');
      await expectAccessible(frame);
      await screenshot(host.page, 'area-good-examples', frame);
    });
  });

  it('speaks English to an area head whose Teams is in English', async () => {
    const host = await openPersonalTab(helena, 'en-GB');
    const frame = host.tab;
    try {
      await frame.getByRole('heading', { level: 1, name: 'Area overview' }).waitFor();
      await expect(frame.locator('html').getAttribute('lang')).resolves.toBe('en');
      await frame.getByText('Your areas: Residential care').waitFor();
      await frame.getByRole('columnheader', { name: /Meetings held \/ planned/ }).waitFor();
      await frame.getByRole('tab', { name: 'Good examples' }).click();
      await frame.getByRole('listitem', { name: WORK }).getByRole('switch', { name: 'Choose as a good example' }).waitFor();
      await expectAccessible(frame);
    } finally {
      await host.page.close();
    }
  });

  it('outside Teams (local mode) opens Områdesöversikt after signing in as a named area head', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${tab.world.baseUrl}/tab/?view=overview`);
      await page.getByRole('button', { name: helena.name }).click();
      await page.getByRole('heading', { level: 1, name: 'Områdesöversikt' }).waitFor();
      await page.getByRole('row', { name: new RegExp(SOLGARDEN) }).waitFor();
      await page.getByRole('button', { name: 'Mina kvalitetsråd' }).click();
      await page.getByText('Du är inte med i något kvalitetsråd.').waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBeNull();
      await page.getByRole('button', { name: 'Områdesöversikt' }).click();
      await page.getByRole('heading', { level: 1, name: 'Områdesöversikt' }).waitFor();
    } finally {
      await page.close();
    }
  });
});
