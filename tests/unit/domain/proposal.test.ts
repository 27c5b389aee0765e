import { ConflictError } from '../../../bot/src/domain/errors';
import { parseOrThrow } from '../../../bot/src/domain/validation';
import { canBeSupported, nextStatus, ProposalDraftSchema, reasonRequired, titleFromText } from '../../../bot/src/domain/proposal';

describe('proposal rules', () => {
  it.each([
    ['open', 'accept', 'accepted'],
    ['open', 'park', 'parked'],
    ['open', 'decline', 'declined'],
    ['parked', 'reopen', 'open'],
  ] as const)('moves %s by %s to %s', (from, move, to) => {
    expect(nextStatus(from, move)).toBe(to);
  });

  it.each([
    ['accepted', 'decline', 'proposal.decided.accepted'],
    ['declined', 'accept', 'proposal.decided.declined'],
    ['parked', 'accept', 'proposal.decided.parked'],
    ['open', 'reopen', 'proposal.notParked.open'],
    ['declined', 'reopen', 'proposal.notParked.declined'],
  ] as const)('refuses %s by %s (%s)', (from, move, key) => {
    expect(() => nextStatus(from, move)).toThrow(ConflictError);
    expect(() => nextStatus(from, move)).toThrow(key);
  });

  it('asks a reason to park or decline, not to accept; support is open until decided', () => {
    expect([reasonRequired('accept'), reasonRequired('park'), reasonRequired('decline')]).toEqual([false, true, true]);
    expect(['open', 'parked', 'accepted', 'declined'].map((s) => canBeSupported(s as never))).toEqual([true, true, false, false]);
  });

  it('takes the first sentence of a message as its title, cut at a word within 80 characters', () => {
    expect(titleFromText('Fler sittplatser i trädgården. Många orkar inte gå.')).toBe('Fler sittplatser i trädgården');
    expect(titleFromText('Kan vi ha fika ute?')).toBe('Kan vi ha fika ute');
    const long = titleFromText('Vi borde se över hur överrapporteringen mellan dag och kväll går till eftersom viktig information tappas bort');
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith('…')).toBe(true);
    expect(long).toMatch(/^Vi borde se över hur överrapporteringen mellan dag och kväll går till [a-zåäö]+…$/);
  });

  it('validates a draft with the first problem as a Swedish message key naming the field', () => {
    expect(() => parseOrThrow(ProposalDraftSchema, { title: ' ', problem: 'x', source: 'staff' })).toThrow('proposal.title.required');
    expect(() => parseOrThrow(ProposalDraftSchema, { title: 'Bra', problem: 'x', source: 'rykten' })).toThrow('proposal.source.invalid');
    expect(parseOrThrow(ProposalDraftSchema, { title: '  Bra idé ', problem: 'x', source: 'lex-sarah-maria' })).toEqual({
      title: 'Bra idé',
      problem: 'x',
      improvement: '',
      source: 'lex-sarah-maria',
      anonymous: false,
    });
  });
});
