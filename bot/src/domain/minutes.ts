import { ValidationError } from './errors';
import { isAttendanceMode, readAttendance, type MinutesAttendance } from './minutes-attendance';
import { guardPersonalNumbers } from './privacy';

/**
 * Mötesanteckningar: the minutes of one council meeting (docs/domain.md#minutes). Kept at
 * every meeting, read by the whole unit, attached to "Planering och protokoll kvalitetsråd"; they carry
 * no personal data of care recipients. Written together during the meeting, approved by a manager,
 * then immutable: a correction is a new version with who and why.
 */

/**
 * The sections the council writes, in the order of the municipality's minutes template (the standing
 * agenda: participants' own items first, then follow-up, each item's notes, decisions, new works,
 * feedback from management, what to report back at APT, other). Keys of the i18n tables are
 * `minutes.field.<name>`.
 */
export const MinutesFields = ['ownItems', 'followUp', 'agendaNotes', 'decisions', 'newWorks', 'managementFeedback', 'aptReport', 'other'] as const;
/** One written section of the minutes. */
export type MinutesField = (typeof MinutesFields)[number];

/** Maximum characters per section: a card stays under Teams' size limit, the minutes stay minutes. */
export const MINUTES_FIELD_MAX = 4000;

/** What the council writes: each section's text, and who attended and how (by Entra object id). */
export interface MinutesContent {
  fields: Record<MinutesField, string>;
  attendance: MinutesAttendance;
}

/** Where the minutes are: written during the meeting, then approved (locked). */
export type MinutesStatus = 'draft' | 'approved';

/** The minutes of one meeting (planned, or an extra one held without a plan). */
export interface Minutes {
  id: string;
  tenantId: string;
  councilId: string;
  /** The planned meeting; absent for an extra meeting opened with `anteckningar` on a day without one. */
  meetingId?: string;
  /** When the meeting was held (its planned start, or when an extra meeting was opened). */
  heldAt: Date;
  status: MinutesStatus;
  /** Bumped on every save; a save or an approval names the version it was made on. */
  version: number;
  content: MinutesContent;
  /** The minutes card in the channel, once posted. */
  cardActivityId?: string;
  approvedByName?: string;
  approvedAt?: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** What the council sees before the meeting: follow-up, open proposals, ongoing works, next meeting. */
export interface MinutesContext {
  previous?: { heldAt: Date; decisions: string };
  openProposals: readonly string[];
  ongoingWorks: readonly string[];
  nextMeeting?: Date;
}

/** Empty minutes: every section blank and nobody marked, or attendance as given (from the answers). */
export function emptyContent(attendance: MinutesAttendance = {}): MinutesContent {
  return {
    fields: Object.fromEntries(MinutesFields.map((f) => [f, ''])) as Record<MinutesField, string>,
    attendance,
  };
}

/**
 * Minutes content as stored, whenever it was written: missing sections read blank, and attendance
 * stored before it said how people took part (`true`/`false`) reads as present/absent.
 */
export function readMinutesContent(stored: unknown): MinutesContent {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as { fields?: Partial<Record<string, unknown>>; attendance?: unknown };
  const content = emptyContent(readAttendance(raw.attendance));
  for (const f of MinutesFields) {
    const text = raw.fields?.[f];
    if (typeof text === 'string') content.fields[f] = text;
  }
  return content;
}

/**
 * Checks what the council typed before it is stored: each section at most `MINUTES_FIELD_MAX`
 * characters (`ValidationError` naming the field), no personal identity or coordination number
 * (`PrivacyError` naming the field and the characters), attendance only of the council's people.
 */
export function checkMinutesContent(content: MinutesContent, councilPeople: readonly string[]): void {
  for (const field of MinutesFields) {
    if (content.fields[field].length > MINUTES_FIELD_MAX) throw new ValidationError('minutes.tooLong', { field }, field);
  }
  guardPersonalNumbers(content.fields);
  const known = new Set(councilPeople);
  const marks = Object.entries(content.attendance);
  if (marks.some(([id, mode]) => !known.has(id) || !isAttendanceMode(mode))) throw new ValidationError('minutes.unknownPerson', {}, 'present');
}
