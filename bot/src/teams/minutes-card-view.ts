import { renderMinutesCard, type MinutesCardData, type MinutesCardView } from '../cards/minutes-card';
import type { AdaptiveCard } from '../cards/render';
import type { Council } from '../domain/council';
import type { Minutes } from '../domain/minutes';
import type { Locale, Translate } from '../i18n';
import { readMinutesCardFacts } from '../services/minutes-context';
import type { Clock } from '../services/ports';
import type { SignedLinks } from '../services/signed-links';
import type { Db } from '../store/db';

/** What building a minutes card needs. */
export interface MinutesCardDeps {
  db: Db;
  clock: Clock;
  links: SignedLinks;
  tr: Translate;
  locale: Locale;
}

/**
 * The minutes card for one view, from the stored minutes (or what was typed): the council's context
 * while it writes, and the signed links to the whole minutes.
 */
export async function minutesCard(
  deps: MinutesCardDeps,
  council: Council,
  minutes: Minutes,
  view: MinutesCardView,
  extra: Partial<Pick<MinutesCardData, 'notice' | 'mine' | 'correcting' | 'reason'>> = {},
): Promise<AdaptiveCard> {
  const facts = await readMinutesCardFacts({ db: deps.db, clock: deps.clock, links: deps.links, council, minutes, writing: view !== 'reader' });
  return renderMinutesCard({ tr: deps.tr, locale: deps.locale, council, minutes, view, ...extra, ...facts });
}
