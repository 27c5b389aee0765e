import { MinutesFields, type MinutesContent, type MinutesField } from './minutes';
import type { MinutesAttendance } from './minutes-attendance';

/** Text as compared: line endings unified, trailing whitespace ignored. */
const norm = (text: string | undefined): string => (text ?? '').replace(/\r\n/g, '\n').replace(/\s+$/, '');

/** The sections whose text differs between two versions. */
export function changedFields(before: MinutesContent, after: MinutesContent): MinutesField[] {
  return MinutesFields.filter((f) => norm(before.fields[f]) !== norm(after.fields[f]));
}

/**
 * Three-way merge of two saves made on the same version during a meeting: `base` is what the saver
 * started from, `mine` what they send, `theirs` what was stored meanwhile. Per section: changed only
 * by me → mine; only by them, or by nobody → theirs; by both to the same text → that text; by both
 * differently → a conflict (the merged value keeps theirs). Attendance is merged per person the same
 * way, except that both marking one person differently is not a conflict: theirs stands, as the last
 * choice on the card would.
 */
export function mergeMinutes(
  base: MinutesContent,
  mine: MinutesContent,
  theirs: MinutesContent,
): { merged: MinutesContent; conflicts: MinutesField[] } {
  const conflicts: MinutesField[] = [];
  const fields = { ...theirs.fields };
  for (const f of MinutesFields) {
    const iChanged = norm(mine.fields[f]) !== norm(base.fields[f]);
    const theyChanged = norm(theirs.fields[f]) !== norm(base.fields[f]);
    if (!iChanged) continue;
    if (!theyChanged || norm(mine.fields[f]) === norm(theirs.fields[f])) fields[f] = mine.fields[f];
    else conflicts.push(f);
  }
  const attendance: MinutesAttendance = {};
  const people = new Set([...Object.keys(base.attendance), ...Object.keys(mine.attendance), ...Object.keys(theirs.attendance)]);
  for (const id of people) {
    const [was, mineNow, theirsNow] = [base.attendance[id], mine.attendance[id], theirs.attendance[id]];
    const mode = mineNow !== was && theirsNow === was ? mineNow : theirsNow;
    if (mode) attendance[id] = mode;
  }
  return { merged: { fields, attendance }, conflicts };
}
