import { emptyContent, MinutesFields, type MinutesContent, type MinutesField } from '../../../bot/src/domain/minutes';
import type { AttendanceMode, MinutesAttendance } from '../../../bot/src/domain/minutes-attendance';
import { changedFields, mergeMinutes } from '../../../bot/src/domain/minutes-merge';
import { seededRandom } from '../../helpers/seeded-random';

const with_ = (fields: Partial<MinutesContent['fields']>, attendance: MinutesAttendance = {}): MinutesContent => ({
  fields: { ...emptyContent().fields, ...fields },
  attendance,
});

describe('the sections changed between two versions', () => {
  it('lists them in template order, ignoring line endings and trailing whitespace', () => {
    const before = with_({ decisions: 'A\nB', other: 'x', ownItems: 'y' });
    const after = with_({ decisions: 'A\r\nB  \n', other: 'x2', ownItems: ' y', followUp: 'new' });
    expect(changedFields(before, after)).toEqual(['ownItems', 'followUp', 'other']);
    expect(changedFields(before, before)).toEqual([]);
  });
});

describe('merging two saves of the minutes made at once', () => {
  const base = with_({ decisions: 'A', other: 'x' }, { anna: 'present' });

  it('keeps both when they changed different sections', () => {
    const { merged, conflicts } = mergeMinutes(
      base,
      with_({ decisions: 'A', other: 'x', ownItems: 'mine' }, { anna: 'present' }),
      with_({ decisions: 'B', other: 'x' }, { anna: 'present' }),
    );
    expect(conflicts).toEqual([]);
    expect(merged.fields).toMatchObject({ ownItems: 'mine', decisions: 'B', other: 'x' });
  });

  it('reports the sections both changed differently and keeps theirs there', () => {
    const { merged, conflicts } = mergeMinutes(base, with_({ decisions: 'mine', other: 'y' }), with_({ decisions: 'theirs', other: 'z' }));
    expect(conflicts).toEqual(['decisions', 'other']);
    expect(merged.fields).toMatchObject({ decisions: 'theirs', other: 'z' });
  });

  it('takes the same change on both sides as no conflict, ignoring line endings and trailing spaces', () => {
    const { merged, conflicts } = mergeMinutes(base, with_({ decisions: 'C\r\nD ', other: 'x' }), with_({ decisions: 'C\nD', other: 'x' }));
    expect(conflicts).toEqual([]);
    expect(changedFields(merged, with_({ decisions: 'C\nD', other: 'x' }))).toEqual([]);
  });

  it('merges attendance per person; the same person marked differently is not a conflict and theirs stands', () => {
    const mine = with_({ decisions: 'A', other: 'x' }, { anna: 'present', bengt: 'digital', david: 'absent' });
    const theirs = with_({ decisions: 'A', other: 'x' }, { cecilia: 'present', david: 'digital' });
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    expect(conflicts).toEqual([]);
    // anna: I kept her, they unmarked her → theirs; bengt: only I marked him → mine; cecilia: only they → theirs;
    // david: both marked him, differently → theirs.
    expect(merged.attendance).toEqual({ bengt: 'digital', cecilia: 'present', david: 'digital' });
  });
});

describe('merge invariants over random edit combinations', () => {
  const rnd = seededRandom(20270119);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const people = ['anna', 'bengt', 'cecilia', 'david'];
  const modes: (AttendanceMode | undefined)[] = [undefined, 'present', 'digital', 'absent'];
  /** Attendance with each person's mode drawn by `modeOf` (unmarked people left out). */
  const attendanceOf = (modeOf: (p: string) => AttendanceMode | undefined): MinutesAttendance => {
    const attendance: MinutesAttendance = {};
    for (const p of people) {
      const mode = modeOf(p);
      if (mode) attendance[p] = mode;
    }
    return attendance;
  };
  /** The same text as compared, but spelled differently: Windows line endings, trailing spaces. */
  const respell = (text: string) => pick([text, text.replace(/\n/g, '\r\n'), `${text}  `, `${text}\n`]);
  const start = (): MinutesContent =>
    with_(
      Object.fromEntries(MinutesFields.map((f) => [f, pick(['', 'Larmen\npå avd 2', 'Fika kl. 15'])])),
      attendanceOf(() => pick(modes)),
    );
  /** One side's edit of `base`: most sections untouched, some respelled, some rewritten (sometimes to a shared text). */
  const edit = (base: MinutesContent, who: string): MinutesContent =>
    with_(
      Object.fromEntries(
        MinutesFields.map((f) => {
          const roll = rnd();
          if (roll < 0.55) return [f, base.fields[f]];
          if (roll < 0.7) return [f, respell(base.fields[f])];
          if (roll < 0.85) return [f, `${who} skrev ${Math.floor(rnd() * 3)}\n\nrad två`];
          return [f, respell(`samma text ${Math.floor(rnd() * 2)}`)];
        }),
      ),
      attendanceOf((p) => (rnd() < 0.25 ? pick(modes) : base.attendance[p])),
    );
  const seen = { conflicts: 0, cleanMerges: 0, myTextKept: 0 };

  /** Checks one combination of base, my edit and their edit. */
  function checkOne(): void {
    const base = start();
    const mine = edit(base, 'jag');
    const theirs = edit(base, 'de');
    const { merged, conflicts } = mergeMinutes(base, mine, theirs);
    const mineChanged = changedFields(base, mine);
    const theirsChanged = changedFields(base, theirs);

    // No text typed by me is lost unless the section is reported as a conflict.
    for (const f of mineChanged) {
      if (conflicts.includes(f)) continue;
      expect(changedFields(merged, mine)).not.toContain(f);
      seen.myTextKept++;
    }
    // A conflict is a section both changed to different texts, and it keeps theirs.
    const expected = mineChanged.filter((f) => theirsChanged.includes(f) && changedFields(mine, theirs).includes(f));
    expect(conflicts).toEqual(expected);
    for (const f of conflicts) expect(merged.fields[f]).toBe(theirs.fields[f]);
    // Sections I did not change are exactly theirs, as stored.
    for (const f of MinutesFields.filter((x: MinutesField) => !mineChanged.includes(x))) expect(merged.fields[f]).toBe(theirs.fields[f]);
    // Attendance: my change stands where they changed nothing; otherwise theirs (never a conflict).
    for (const p of people) {
      const mineMoved = mine.attendance[p] !== base.attendance[p];
      const theirsMoved = theirs.attendance[p] !== base.attendance[p];
      expect(merged.attendance[p]).toBe(mineMoved && !theirsMoved ? mine.attendance[p] : theirs.attendance[p]);
    }

    // Nobody else changed anything: the result is mine (as text is compared), without conflicts.
    const alone = mergeMinutes(base, mine, base);
    expect(alone.conflicts).toEqual([]);
    expect(changedFields(alone.merged, mine)).toEqual([]);
    expect(alone.merged.attendance).toEqual(mine.attendance);
    // I changed nothing: the result is theirs exactly.
    expect(mergeMinutes(base, base, theirs)).toEqual({ merged: theirs, conflicts: [] });
    const respelled = with_(Object.fromEntries(MinutesFields.map((f) => [f, respell(base.fields[f])])), base.attendance);
    expect(mergeMinutes(base, respelled, theirs)).toEqual({ merged: theirs, conflicts: [] });

    if (conflicts.length > 0) seen.conflicts++;
    else if (mineChanged.length > 0 && theirsChanged.length > 0) seen.cleanMerges++;
  }

  it('hold for 400 combinations, and the generator reaches conflicts, clean merges and kept text', () => {
    for (let i = 0; i < 400; i++) checkOne();
    expect(seen.conflicts).toBeGreaterThan(20);
    expect(seen.cleanMerges).toBeGreaterThan(20);
    expect(seen.myTextKept).toBeGreaterThan(200);
  });
});
