import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
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

/**
 * Waits until `card` has stopped changing for a second: the Playground may draw an invoke's answer and
 * the bot's update of the same card for everyone in either order, and a late redraw wipes what is typed.
 */
async function quiet(page: Page, card: Locator): Promise<void> {
  let last = '';
  for (let still = 0, polls = 0; still < 4 && polls < 40; polls++) {
    const now = await card.innerHTML().catch(() => '');
    still = now === last ? still + 1 : 0;
    last = now;
    await page.waitForTimeout(250);
  }
}

/** Moves the server's simulated clock (local mode) and returns the kinds it posted. */
async function setClock(server: ServerProcess, now: string): Promise<string[]> {
  const response = await fetch(`http://127.0.0.1:${server.port}/api/dev/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now }),
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
    await (browser as Browser | undefined)?.close(); // unset when beforeAll failed first
    await (server as ServerProcess | undefined)?.stop();
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
    // The council is @mentioned and answers on the card: Anna (the Playground's user) is coming.
    const invitation = page.locator('.ac-adaptiveCard', { hasText: 'Kallelse: Kvalitetsråd – Solgårdens vård- och omsorgsboende' }).last();
    await invitation.getByText('0 kommer · 0 digitalt · 0 kan inte · 6 har inte svarat').waitFor();
    for (const name of ['Jag deltar digitalt', 'Jag kan inte']) await invitation.getByRole('button', { name }).waitFor();
    await invitation.getByRole('button', { name: 'Jag kommer' }).click();
    await invitation.getByText('1 kommer · 0 digitalt · 0 kan inte · 5 har inte svarat').waitFor();
    await invitation.getByRole('button', { name: '✓ Jag kommer' }).waitFor();

    // 11 January is also January's reporting day: the monthly assessment card comes the same morning.
    // Besides the channel's posts: the coalesced update of the invitation's tally, and the personal reminders.
    const posted = await setClock(server, '2027-01-11T07:30:00Z');
    expect(posted.filter((k) => k !== 'personal-reminder' && k !== 'invitation-update').sort()).toEqual([
      'agenda',
      'assessment-reminder',
      'reminder',
    ]);
    expect(posted).toContain('personal-reminder');
    await page
      .getByText(/Påminnelse: kvalitetsrådet träffas i morgon/)
      .first()
      .waitFor();

    await mentionBot(page, 'planera 2027');
    await page.getByText('Årets träffar. Flytta, lägg till').first().waitFor();
    await page.getByLabel('Datum').first().fill('2027-01-19');
    await page.getByRole('button', { name: 'Spara tidsplanen' }).last().click();
    await page
      .getByText(/1 flyttade/)
      .first()
      .waitFor();
    // Due at once: the worker's own poll may post it before this call; the answer counts both.
    expect((await setClock(server, '2027-01-11T07:31:00Z')).filter((k) => k !== 'personal-reminder').sort()).toEqual(['change', 'invitation-update']);
    await page
      .getByText(/Träffen är ändrad\. Ny tid: tisdag 19 januari 2027/)
      .first()
      .waitFor();
    await page.getByText('Ändrad tid: Kvalitetsråd – Solgårdens vård- och omsorgsboende').first().waitFor();
    await page.getByText('tisdag 19 januari 2027, kl. 13:00–14:30').first().waitFor();
    // Anna's answer was for the old time: she confirms it for the new one.
    const moved = page.locator('.ac-adaptiveCard', { hasText: 'Ändrad tid: Kvalitetsråd – Solgårdens vård- och omsorgsboende' }).last();
    await moved.getByRole('button', { name: 'Jag kommer' }).click();
    await moved.getByText(/^1 kommer · 0 digitalt · 0 kan inte · 5 har inte svarat/).waitFor();
    await page.close();
  });

  it('takes proposals, named and anonymous; support, triage and the named proposer hearing back', async () => {
    const page = await openChannel(browser);
    await mentionBot(page, 'förslag Fler sittplatser i trädgården. Många boende orkar inte gå hela slingan.');
    await page.getByText('Förslag 1: Fler sittplatser i trädgården').first().waitFor();
    await page.getByText('Lämnat av').first().waitFor();

    await mentionBot(page, 'förslag');
    await page.getByText('Lämna förbättringsförslag').first().waitFor();
    await page.getByLabel('Kort rubrik').last().fill('Lugnare kvällsfika');
    await page
      .getByLabel('Vad är problemet eller idén?')
      .last()
      .fill('Det blir stökigt vid kvällsfikat, och de boende i rum 7 med personnummer 19121212-1212 blir oroliga.');
    await page
      .getByRole('checkbox', { name: /Lämna anonymt/ })
      .last()
      .check();
    await page.getByRole('button', { name: 'Lämna förslaget' }).last().click();
    await page
      .getByText(/innehåller ett personnummer \(tecken \d+–\d+: 19121212-1212\)/)
      .first()
      .waitFor();
    expect(await page.getByLabel('Kort rubrik').last().inputValue()).toBe('Lugnare kvällsfika'); // nothing typed is lost
    await page.getByLabel('Vad är problemet eller idén?').last().fill('Det blir stökigt vid kvällsfikat, och flera boende blir oroliga.');
    await page.getByRole('button', { name: 'Lämna förslaget' }).last().click();
    await page
      .getByText(/är lämnat anonymt/)
      .first()
      .waitFor();
    await page.getByText('Förslag 2: Lugnare kvällsfika').first().waitFor(); // posted by the outbox at the top of the channel
    await page.getByText('Anonymt').first().waitFor();

    // The Playground has no user-specific views (refresh.userIds), so Anna's manager view arrives as the
    // answer to her press on a card; in Teams it is there when she looks at it. The same press also
    // updates the card for everyone, and the Playground may show that update after the answer: press
    // (support, or withdraw it) until the manager's view stays.
    /** Decides as Anna: opens her view by pressing support when needed, waits out late redraws, retries. */
    const decide = async (card: Locator, triage: string, outcome: RegExp, reason?: string) => {
      for (let attempt = 0; attempt < 6; attempt++) {
        await quiet(page, card);
        if (await card.getByText(outcome).isVisible()) return;
        if (!(await card.getByRole('button', { name: triage }).isVisible())) {
          await card
            .getByRole('button', { name: /Jag stöder förslaget|Ta tillbaka mitt stöd/ })
            .click({ timeout: 5_000 })
            .catch(() => undefined);
          continue;
        }
        if (reason)
          await card
            .getByLabel(/Motivering/)
            .fill(reason, { timeout: 5_000 })
            .catch(() => undefined);
        await card
          .getByRole('button', { name: triage })
          .click({ timeout: 5_000 })
          .catch(() => undefined);
        if (
          await card
            .getByText(outcome)
            .waitFor({ timeout: 5_000 })
            .then(
              () => true,
              () => false,
            )
        )
          return;
      }
      await card.getByText(outcome).waitFor({ timeout: 1_000 }); // fails with the locator's own message
    };
    const anonymousCard = page.locator('.ac-adaptiveCard', { hasText: 'Förslag 2: Lugnare kvällsfika' }).last();
    await anonymousCard.getByRole('button', { name: 'Jag stöder förslaget' }).click();
    await anonymousCard.getByText(/1 stöder förslaget/).waitFor();
    await decide(anonymousCard, 'Avslå', /Avslaget av Anna Lindqvist/, 'Vi tar upp kvällsrutinerna på nästa APT i stället.');
    expect(await anonymousCard.getByRole('button', { name: 'Jag stöder förslaget' }).count()).toBe(0);

    const namedCard = page.locator('.ac-adaptiveCard', { hasText: 'Förslag 1: Fler sittplatser i trädgården' }).last();
    await decide(namedCard, 'Acceptera', /Godtaget av Anna Lindqvist/);

    // Anna proposed the first one by name: the outcome comes to her personal chat, whose entry in the
    // chat list shows its newest message.
    await page.locator('text=/Ditt förslag ”Fler sittplatser i trädgården” .* är godtaget av Anna Lindqvist/').first().waitFor({ timeout: 30_000 });
    await page.close();
  });
  it("posts the minutes at the meeting's start; the council saves twice, a personnummer is refused with the text kept, the manager approves and the card locks", async () => {
    const page = await openChannel(browser);
    expect(await setClock(server, '2027-01-19T12:00:00Z')).toContain('start'); // 13:00 in Stockholm, the moved meeting
    const card = page.locator('.ac-adaptiveCard', { hasText: 'Mötesanteckningar – Solgårdens vård- och omsorgsboende' }).last();
    // The start post replies in the meeting's invitation thread, which the Playground no longer draws
    // once the next meeting's invitation is the newest post; "anteckningar" the same day posts the
    // same minutes (the meeting's, not an extra meeting's) where the council is writing.
    await mentionBot(page, 'anteckningar');
    await card.waitFor();
    await card.getByText('tisdag 19 januari 2027, 13:00').waitFor();
    // Attendance starts from the answers: Anna said she comes.
    await card.getByText('Anna Lindqvist', { exact: true }).first().waitFor();

    // The Playground has no per-user refresh: Anna opens her own view with the card's button, and the
    // update for everyone may replace it after a save, so she opens it again when needed.
    const write = async () => {
      await quiet(page, card);
      if (!(await card.getByRole('button', { name: 'Spara' }).isVisible())) {
        await card.getByRole('button', { name: 'Skriv i anteckningarna' }).click();
        await card.getByRole('button', { name: 'Spara' }).waitFor();
        await quiet(page, card);
      }
    };
    const field = (label: string) => card.getByLabel(label, { exact: true });

    await write();
    await field('Deltagarnas egna punkter').fill('Bengt tar upp larmen på avdelning 2.');
    await card.getByRole('button', { name: 'Spara' }).click();
    await card.getByText('Bengt tar upp larmen på avdelning 2.').waitFor();

    await write();
    await field('Beslut').fill('Vi provar fasta fikatider i fyra veckor.');
    await field('Övrigt').fill('Anhörig till 19121212-1212 har hört av sig.');
    await card.getByRole('button', { name: 'Spara' }).click();
    await card.getByText(/Fältet ”Övrigt” innehåller ett personnummer \(tecken 14–26: 19121212-1212\)/).waitFor();
    expect(await field('Beslut').inputValue()).toBe('Vi provar fasta fikatider i fyra veckor.'); // nothing typed is lost
    await field('Övrigt').fill('En anhörig har hört av sig om besökstiderna.');
    await card.getByRole('button', { name: 'Spara' }).click();
    await card.getByText('Vi provar fasta fikatider i fyra veckor.').waitFor();

    await write();
    await card.getByRole('button', { name: 'Godkänn' }).click();
    await card.getByText(/Godkända av Anna Lindqvist/).waitFor();
    expect(await card.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    expect(await card.getByText('Ladda ner som Word').count()).toBeGreaterThan(0);
    await page.close();
  });
});
