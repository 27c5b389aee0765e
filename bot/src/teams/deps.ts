import type { Logger } from 'pino';
import type { LocaleSetting } from '../i18n';
import type { SignedLinks } from '../services/signed-links';
import type { Clock } from '../services/ports';
import type { Db } from '../store/db';

/** What the Teams layer needs from the composition root. */
export interface BotDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** How the language of cards is chosen. */
  locale: LocaleSetting;
  /** Signed links for cards (the minutes as Word or a page); known once the server listens. */
  links: () => SignedLinks;
}
