import { decidedWorks, WORK_NAME_MAX } from '../../../bot/src/domain/minutes-works';

const people = [
  { aadObjectId: 'a', name: 'Anna Lindqvist' },
  { aadObjectId: 'b', name: 'Bengt Karlsson' },
  { aadObjectId: 'c1', name: 'Cecilia Ek' },
  { aadObjectId: 'c2', name: 'Cecilia Berg' },
];

describe('the improvement works the minutes decide ("vad – vem – när", one per line)', () => {
  it('reads what, who and by when from each line, in any order after the first part', () => {
    expect(
      decidedWorks('- Fasta fikatider – Bengt Karlsson – 2027-03-01\n2. Ny introduktion; 2027-05-31; anna\n\n• Bättre överrapportering', people),
    ).toEqual([
      { line: 0, name: 'Fasta fikatider', responsible: { aadObjectId: 'b', name: 'Bengt Karlsson' }, due: '2027-03-01' },
      { line: 1, name: 'Ny introduktion', responsible: { aadObjectId: 'a', name: 'Anna Lindqvist' }, due: '2027-05-31' },
      { line: 2, name: 'Bättre överrapportering', responsible: undefined, due: undefined },
    ]);
  });

  it('keeps in the name what is neither a person nor a real date: an ambiguous first name, 30 February, plain words', () => {
    expect(decidedWorks('Rutiner – Cecilia – 2027-02-30 – med nattpersonalen', people)).toEqual([
      { line: 0, name: 'Rutiner – Cecilia – 2027-02-30 – med nattpersonalen', responsible: undefined, due: undefined },
    ]);
  });

  it('reads nothing from an empty section and cuts an over-long name at a word', () => {
    expect(decidedWorks(' \n\n', people)).toEqual([]);
    const [work] = decidedWorks(`${'ord '.repeat(100)}– Bengt Karlsson`, people);
    expect(work!.name.length).toBeLessThanOrEqual(WORK_NAME_MAX);
    expect(work!.name.endsWith('…')).toBe(true);
    expect(work!.responsible?.aadObjectId).toBe('b');
  });
});
