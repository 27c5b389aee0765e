import { PrivacyError } from './errors';

/**
 * The privacy guard (docs/domain.md#privacy): minutes and proposals are read by the whole unit and
 * may become public documents, so text carrying a personal identity number (personnummer) or a
 * coordination number (samordningsnummer, day + 60) is refused before it is stored.
 *
 * A number is 10 digits (YYMMDDNNNC) or 12 (YYYYMMDDNNNC), written together or with `-` (or `+`, used
 * for people over 100) before the last four; it counts when its date part is a real date (day + 60
 * for a coordination number) and its check digit passes the Luhn algorithm. Digits that run on into
 * more digits (account numbers, long references) are not read as one.
 */

/** One personal identity or coordination number found in a text, with where it is (0-based, end exclusive). */
export interface PersonalNumberMatch {
  kind: 'personnummer' | 'samordningsnummer';
  start: number;
  end: number;
  text: string;
}

const CANDIDATE = /(?<!\d)(\d{6}|\d{8})([-+]?)(\d{4})(?!\d)/g;

/** Luhn over the ten digits YYMMDDNNNC: doubles every other digit from the first. */
export function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = tenDigits.charCodeAt(i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The kind of number a date part (with century when written) makes, or `undefined` if it is no date. */
function kindOfDate(datePart: string): PersonalNumberMatch['kind'] | undefined {
  const full = datePart.length === 8;
  const century = full ? Number(datePart.slice(0, 2)) : undefined;
  if (century !== undefined && (century < 18 || century > 20)) return undefined;
  const ymd = full ? datePart.slice(2) : datePart;
  const year = full ? Number(datePart.slice(0, 4)) : undefined;
  const month = Number(ymd.slice(2, 4));
  const rawDay = Number(ymd.slice(4, 6));
  if (month < 1 || month > 12) return undefined;
  const coordination = rawDay > 60;
  const day = coordination ? rawDay - 60 : rawDay;
  if (day < 1 || day > daysInMonth(month, year)) return undefined;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

/** Every valid personnummer and samordningsnummer in `text`, in order. */
export function findPersonalNumbers(text: string): PersonalNumberMatch[] {
  const found: PersonalNumberMatch[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, datePart, , serial] = match as unknown as [string, string, string, string];
    const kind = kindOfDate(datePart);
    if (!kind) continue;
    if (!luhnValid(datePart.slice(-6) + serial)) continue;
    found.push({ kind, start: match.index, end: match.index + whole.length, text: whole });
  }
  return found;
}

/**
 * Refuses the first field whose text carries a personal identity or coordination number: throws a
 * `PrivacyError` naming the field and the characters (1-based positions), so the user can find them.
 * Fields are checked in the order given.
 */
export function guardPersonalNumbers(fields: Readonly<Record<string, string | undefined>>): void {
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const [first] = findPersonalNumbers(text);
    if (first) {
      throw new PrivacyError(`privacy.${first.kind}`, { field, from: first.start + 1, to: first.end, text: first.text }, field);
    }
  }
}
