/**
 * Nya förbättringsarbeten: the section of the minutes where the council writes the improvement works it
 * decided on, one per line, "vad – vem – när" (e.g. "Fasta fikatider – Bengt Karlsson – 2027-03-01").
 * On approval each line becomes a deluppdrag under "Kvalitetsråd" with its responsible and end date.
 */

/** One improvement work decided in the minutes. */
export interface DecidedWork {
  /** Its line among the section's works (0-based), so approving twice makes each once. */
  line: number;
  name: string;
  /** The council person named on the line, if one is. */
  responsible?: { aadObjectId: string; name: string };
  /** By when (YYYY-MM-DD), if a valid date is on the line. */
  due?: string;
}

/** The longest name a work takes; longer lines are cut at a word. */
export const WORK_NAME_MAX = 200;

const BULLET = /^\s*(?:[-*•–]|\d{1,2}[.)])\s*/;
const SEPARATOR = /\s+[–—-]\s+|\s*;\s*/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads the works from the section's text: every non-empty line is one; its parts (split on " – ",
 * " - " or ";") after the first may name a council person (full name, or first name when only one has
 * it) and a date. Parts that are neither stay in the name, so nothing written is dropped.
 */
export function decidedWorks(text: string, people: readonly { aadObjectId: string; name: string }[]): DecidedWork[] {
  const works: DecidedWork[] = [];
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.replace(BULLET, '').trim();
    if (!line) continue;
    const [first = '', ...rest] = line.split(SEPARATOR).map((p) => p.trim());
    const nameParts = [first];
    let responsible: DecidedWork['responsible'];
    let due: string | undefined;
    for (const part of rest) {
      const person = !responsible ? personNamed(part, people) : undefined;
      if (person) responsible = { aadObjectId: person.aadObjectId, name: person.name };
      else if (!due && isDate(part)) due = part;
      else nameParts.push(part);
    }
    works.push({ line: works.length, name: cut(nameParts.filter(Boolean).join(' – ')), responsible, due });
  }
  return works;
}

function personNamed(text: string, people: readonly { aadObjectId: string; name: string }[]) {
  const wanted = text.toLocaleLowerCase('sv');
  const exact = people.find((p) => p.name.toLocaleLowerCase('sv') === wanted);
  if (exact) return exact;
  const byFirst = people.filter((p) => (p.name.split(' ')[0] ?? '').toLocaleLowerCase('sv') === wanted);
  return byFirst.length === 1 ? byFirst[0] : undefined;
}

function isDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

function cut(name: string): string {
  if (name.length <= WORK_NAME_MAX) return name;
  const head = name.slice(0, WORK_NAME_MAX - 1);
  return `${head.slice(0, Math.max(head.lastIndexOf(' '), WORK_NAME_MAX / 2)).trimEnd()}…`;
}
