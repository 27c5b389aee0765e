import * as AC from 'adaptivecards';
import { formValuesOf, renderCouncilFormCard } from '../../../bot/src/cards/council-form-card';
import { renderCouncilSummaryCard } from '../../../bot/src/cards/council-summary-card';
import { renderHelpCard } from '../../../bot/src/cards/help-card';
import type { AdaptiveCard } from '../../../bot/src/cards/render';
import { renderWelcomeCard } from '../../../bot/src/cards/welcome-card';
import { translator } from '../../../bot/src/i18n';
import { buildCouncil } from '../../helpers/factories';
import { textOf } from '../../helpers/teams-world';

const sv = translator('sv');
const en = translator('en');
const council = buildCouncil();

/** Parses a card with Microsoft's adaptivecards library and returns what it found wrong. */
function problemsOf(card: AdaptiveCard): string[] {
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems = context.eventCount > 0 ? Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message) : [];
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

const cards: [string, AdaptiveCard][] = [
  ['welcome', renderWelcomeCard(sv)],
  ['help', renderHelpCard(sv, 'blomkål')],
  ['form (new)', renderCouncilFormCard(sv, { people: [...council.managers, ...council.members], values: {} })],
  ['form (edit, refused)', renderCouncilFormCard(sv, { council, people: council.members, values: formValuesOf(council), error: 'Fel' })],
  ['summary', renderCouncilSummaryCard(sv, council, { savedBy: 'Sparat av Anna.' })],
];

describe('cards', () => {
  it.each(cards)('%s is a valid Adaptive Card 1.5 with no unexpanded template left', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(problemsOf(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('would notice a broken card (the check can fail)', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }, { type: 'Blink' }] } as AdaptiveCard;
    expect(problemsOf(broken).length).toBeGreaterThan(0);
  });

  it('offers Action.Execute buttons only (Universal Actions)', () => {
    for (const [, card] of cards) {
      for (const action of card.actions ?? []) expect((action as { type: string }).type).toBe('Action.Execute');
    }
  });

  it('speaks Swedish first and English when asked', () => {
    expect(textOf(renderWelcomeCard(sv))).toContain('Starta kvalitetsråd');
    expect(textOf(renderWelcomeCard(en))).toContain('Set up the quality council');
  });

  it('keeps the values typed into a refused form', () => {
    const card = renderCouncilFormCard(sv, {
      people: council.members,
      values: { unitName: 'Solgården', area: 'hemvard', timeZone: 'Europe/Stockholm', managerIds: ['m1', 'm2'], memberIds: ['x'] },
      error: 'Välj minst en enhetschef som leder rådet.',
    });
    const inputs = Object.fromEntries((card.body as { id?: string; value?: string }[]).filter((e) => e.id).map((e) => [e.id, e.value]));
    expect(inputs).toEqual({ unitName: 'Solgården', area: 'hemvard', timeZone: 'Europe/Stockholm', managerIds: 'm1,m2', memberIds: 'x' });
    expect(textOf(card)).toContain('Välj minst en enhetschef');
  });

  it('shows the council to everyone: area, managers, members and size advice', () => {
    const small = { ...council, members: council.members.slice(0, 2) };
    const text = textOf(renderCouncilSummaryCard(sv, small));
    expect(text).toContain('Särskilt boende');
    expect(text).toContain('Anna Lindqvist');
    expect(text).toContain('3 personer');
    expect(text).toContain('färre än 6 deltagare');
    expect(textOf(renderCouncilSummaryCard(sv, { ...council, status: 'inactive' }))).toContain('vilande');
  });
});
