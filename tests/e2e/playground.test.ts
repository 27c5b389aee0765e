import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { ServerProcess, waitForHttp } from '../helpers/server-process';

const PLAYGROUND = 'http://localhost:56150';
jest.setTimeout(240_000);

/** Opens the Playground in a fresh page and picks the team's Kvalitetsråd channel. */
async function openChannel(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await waitForHttp(PLAYGROUND);
  await page.goto(PLAYGROUND);
  await page.getByText('Kvalitetsråd', { exact: true }).first().click();
  return page;
}

/** Writes "@Kvalitetsråd <text>" in the channel's compose box, picking the bot from the mention list. */
async function mentionBot(page: Page, text: string): Promise<void> {
  await page.locator('[data-lexical-editor="true"]').last().click();
  await page.keyboard.type('@Kval');
  await page.getByRole('menuitem', { name: 'Kvalitetsråd' }).click();
  await page.keyboard.type(` ${text}`);
  await page.keyboard.press('Enter');
}

/** Moves the server's simulated clock (local mode) and returns the kinds it posted. */
async function setClock(server: ServerProcess, now: string): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/dev/clock`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { posted: { kind: string; outcome: string }[] };
  return body.posted.filter((p) => p.outcome === 'sent').map((p) => p.kind);
}

describe('Kvalitetsråd in the Agents Playground (npm start’s server, Debian Chromium)', () => {
  let dataDir: string;
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kvalitetsrad-e2e-'));
    server = await new ServerProcess({ PORT: '0', DATA_DIR: dataDir, PLAYGROUND: '1' }).start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('welcomes the team, sets up the council through the card, answers hjälp, and keeps the council across a restart', async () => {
    const page = await openChannel(browser);
    await page.getByText('Välkommen till Kvalitetsråd').waitFor();

    await page.getByRole('button', { name: 'Starta kvalitetsråd' }).click();
    await page.getByLabel(/Enhetens namn/).fill('Solgårdens vård- och omsorgsboende');
    await page.getByRole('combobox', { name: /Verksamhetsområde/ }).click();
    await page.getByRole('option', { name: 'Särskilt boende' }).click();
    // The second list of people is "Medlemmar"; Anna (the current user) already leads.
    for (const name of ['Bengt Karlsson', 'Cecilia Ek', 'David Nilsson', 'Elin Svensson', 'Fatima Ali']) {
      await page.getByRole('checkbox', { name }).nth(1).check();
    }
    await page.getByRole('button', { name: 'Starta kvalitetsrådet' }).click();

    await page.getByText('Kvalitetsråd – Solgårdens vård- och omsorgsboende').waitFor();
    await page.getByText('6 personer').waitFor();
    expect(await page.getByRole('button', { name: 'Starta kvalitetsrådet' }).count()).toBe(0); // updated in place
    expect(await page.getByText('Välkommen till Kvalitetsråd').count()).toBe(0);

    await mentionBot(page, 'hjälp');
    await page.getByText('Det här kan Kvalitetsråd').waitFor();
    await page.close();

    expect(await server.stop()).toBe(0);
    await server.start();
    const again = await openChannel(browser);
    await mentionBot(again, 'råd');
    await again.getByText('Kvalitetsråd – Solgårdens vård- och omsorgsboende').first().waitFor();
    await again.getByText('Bengt Karlsson, Cecilia Ek, David Nilsson, Elin Svensson, Fatima Ali').first().waitFor();
    await again.close();
  });

  it('plans the year; the invitation arrives a month ahead, the reminder in its thread the day before; a moved meeting changes the card', async () => {
    await setClock(server, '2026-11-22T09:00:00Z');
    const page = await openChannel(browser);
    await mentionBot(page, 'planera');
    await page.getByText('Tidsplan 2027 – Solgårdens vård- och omsorgsboende').first().waitFor();
    await page.getByLabel('Plats').first().fill('Personalrummet');
    await page.getByRole('button', { name: 'Spara tidsplanen' }).first().click();
    await page.getByText('11 träffar').first().waitFor();

    expect(await setClock(server, '2026-12-13T07:30:00Z')).toEqual(['invitation']);
    await page.getByText('Kallelse: Kvalitetsråd – Solgårdens vård- och omsorgsboende').first().waitFor();
    await page.getByText('tisdag 12 januari 2027, kl. 13:00–14:30').first().waitFor();
    await page.getByText('Lägg till i kalendern').first().waitFor();

    expect(await setClock(server, '2027-01-11T07:30:00Z')).toEqual(['agenda', 'reminder']);
    await page.getByText(/Påminnelse: kvalitetsrådet träffas i morgon/).first().waitFor();

    await mentionBot(page, 'planera 2027');
    await page.getByText('Årets träffar. Flytta, lägg till').first().waitFor();
    await page.getByLabel('Datum').first().fill('2027-01-19');
    await page.getByRole('button', { name: 'Spara tidsplanen' }).last().click();
    await page.getByText(/1 flyttade/).first().waitFor();
    expect((await setClock(server, '2027-01-11T07:31:00Z')).sort()).toEqual(['change', 'invitation-update']);
    await page.getByText('Ändrad tid: Kvalitetsråd – Solgårdens vård- och omsorgsboende').first().waitFor();
    await page.getByText('tisdag 19 januari 2027, kl. 13:00–14:30').first().waitFor();
    await page.close();
  });
});
