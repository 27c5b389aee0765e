import { emptyContent, MinutesFields, type MinutesContent } from '../../../bot/src/domain/minutes';
import { changedFields, mergeMinutes } from '../../../bot/src/domain/minutes-merge';

const with_ = (fields: Partial<MinutesContent['fields']>, attendance: Record<string, boolean> = {}): MinutesContent =>
  ({ fields: { ...emptyContent().fields, ...fields }, attendance });

describe('merging two saves of the minutes made at once', () => {
  const base = with_({ decisions: 'A', other: 'x' }, { anna: true });

  it('keeps both when they changed different sections', () => {
    const { merged, conflicts } = mergeMinutes(base, with_({ decisions: 'A', other: 'x', ownItems: 'mine' }, { anna: true }), with_({ decisions: 'B', other: 'x' }, { anna: true }));
    expect(conflicts).toEqual([]);
    expect(merged.fields).toMatchObject({ ownItems: 'mine', decisions: 'B', other: 'x' });
  });

  it('reports the sections both changed differently and keeps theirs there', () => {
    const { merged, conflicts } = mergeMinutes(base, with_({ decisions: 'mine', other: 'x' }), with_({ decisions: 'theirs', other: 'x' }));
    expect(conflicts).toEqual(['decisions']);
    expect(merged.fields.decisions).toBe('theirs');
  });

  it('takes the same change on both sides as no conflict, ignoring line endings and trailing spaces', () => {
    expect(mergeMinutes(base, with_({ decisions: 'C\r\nD ', other: 'x' }), with_({ decisions: 'C\nD', other: 'x' })).conflicts).toEqual([]);
  });

  it('merges attendance per person; the same box ticked differently is not a conflict', () => {
    const { merged, conflicts } = mergeMinutes(base, with_({ decisions: 'A', other: 'x' }, { anna: true, bengt: true }), with_({ decisions: 'A', other: 'x' }, {}));
    expect(conflicts).toEqual([]);
    expect(merged.attendance).toEqual({ bengt: true });
  });

  it('never loses my text unless it reports the section, and equals mine or theirs when the other side did nothing', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const variant = (c: MinutesContent, who: string): MinutesContent => with_(
      Object.fromEntries(MinutesFields.map((f) => [f, random() < 0.3 ? `${who}-${Math.floor(random() * 3)}` : c.fields[f]])),
      Object.fromEntries(['anna', 'bengt', 'cecilia'].filter(() => random() < 0.5).map((p) => [p, true])),
    );
    for (let i = 0; i < 500; i++) {
      const start = variant(emptyContent(), 'base');
      const mine = variant(start, 'me');
      const theirs = variant(start, random() < 0.5 ? 'me' : 'them');
      const { merged, conflicts } = mergeMinutes(start, mine, theirs);
      for (const f of changedFields(start, mine)) {
        if (!conflicts.includes(f)) expect(merged.fields[f]).toBe(mine.fields[f]);
      }
      expect(mergeMinutes(start, mine, start).merged.fields).toEqual(mine.fields);
      expect(mergeMinutes(start, start, theirs).merged).toEqual(theirs.attendance && { fields: theirs.fields, attendance: theirs.attendance });
      expect(mergeMinutes(start, start, theirs).conflicts).toEqual([]);
    }
  });
});
