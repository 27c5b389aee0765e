import { app, pages } from '@microsoft/teams-js';

/** The name the tab gets in the channel. */
const TAB_NAME = 'Kvalitetsråd';

const ENGLISH = {
  title: 'Quality council',
  text: 'The tab shows the quality council’s overview and sub-assignments for this channel. Choose Save to add it.',
};

/** An element of config.html (a missing one is a bug in the page). */
function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`config.html has no #${id} element`);
  return found;
}

/**
 * The configurable tab's setup page (manifest `configurationUrl`): nothing to choose, since the tab
 * finds its council from the channel, so it is valid at once and saves the tab's address on Save.
 */
async function configure(): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  // As the tab: English for an English Teams, Swedish otherwise.
  if (context.app.locale.toLowerCase().startsWith('en')) {
    document.documentElement.lang = 'en';
    element('title').textContent = ENGLISH.title;
    element('text').textContent = ENGLISH.text;
  }
  const contentUrl = new URL('./', location.href).href;
  pages.config.registerOnSaveHandler((save) => {
    pages.config.setConfig({ entityId: 'kvalitetsrad', contentUrl, websiteUrl: contentUrl, suggestedDisplayName: TAB_NAME }).then(
      () => save.notifySuccess(),
      (error: unknown) => save.notifyFailure(error instanceof Error ? error.message : String(error)),
    );
  });
  pages.config.setValidityState(true);
}

void configure();
