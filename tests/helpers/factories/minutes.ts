import { randomUUID } from 'node:crypto';
import type { Council } from '../../../bot/src/domain/council';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { emptyContent, type Minutes, type MinutesContent, type MinutesField } from '../../../bot/src/domain/minutes';
import type { MinutesAttendance } from '../../../bot/src/domain/minutes-attendance';
import type { Db } from '../../../bot/src/store/db';
import { findMinutes, insertMinutes, saveMinutesVersion } from '../../../bot/src/store/minutes-repository';
import { createCouncil } from './council';
import { createMeeting } from './schedule';

/** What a council writes at a typical meeting; no section names a care recipient (docs/domain.md#privacy). */
const WRITTEN: Partial<Record<MinutesField, string>> = {
  ownItems: 'Larmen på avdelning 2 hörs dåligt nattetid.',
  followUp: 'Sittplatserna längs promenadslingan är på plats.',
  decisions: 'Fasta fikatider provas från februari.',
};

/**
 * Minutes content: the sections of `WRITTEN` overlaid with `fields` (every other section blank), and
 * who attended (nobody unless given).
 */
export function buildMinutesContent(fields: Partial<Record<MinutesField, string>> = WRITTEN, attendance: MinutesAttendance = {}): MinutesContent {
  const empty = emptyContent();
  return { fields: { ...empty.fields, ...fields }, attendance };
}

/** What `createMinutes` takes. */
export interface MinutesOverrides {
  /** Created when absent, or taken from `meeting`. */
  council?: Council;
  /** The planned meeting (created at its defaults when absent); `null` for an extra meeting without one. */
  meeting?: Meeting | null;
  /** `draft` (opened, then saved once when written) or `approved` by the council's first manager. */
  status?: Minutes['status'];
  /** The written sections; `{}` keeps the minutes as opened, empty. Defaults to a typical meeting's notes. */
  fields?: Partial<Record<MinutesField, string>>;
  /** Who attended and how, by Entra object id; defaults to everyone of the council present in person when anything is written. */
  attendance?: MinutesAttendance;
  /** Who wrote them (the version history's name); defaults to the council's first member. */
  byName?: string;
  /** When they were opened and saved; defaults to the meeting's start. */
  at?: Date;
}

/**
 * Mötesanteckningar of a meeting, stored through the minutes repository with their version history:
 * version 1 opened, version 2 saved when anything is written, and one more when approved
 * (docs/domain.md#minutes). Returns the minutes as the repository reads them back.
 */
export async function createMinutes(db: Db, overrides: MinutesOverrides = {}): Promise<Minutes> {
  const council = overrides.council ?? (await createCouncil(db));
  const meeting = overrides.meeting === undefined ? await createMeeting(db, { council }) : (overrides.meeting ?? undefined);
  const at = overrides.at ?? meeting?.startsAt ?? new Date('2027-01-19T12:00:00Z');
  const byName = overrides.byName ?? council.members[0]?.name ?? council.managers[0]!.name;
  const people = [...council.managers, ...council.members];
  const fields = overrides.fields ?? WRITTEN;
  const everyone: MinutesAttendance = Object.values(fields).some(Boolean) ? Object.fromEntries(people.map((p) => [p.aadObjectId, 'present'])) : {};
  const content = buildMinutesContent(fields, overrides.attendance ?? everyone);
  const opened = await insertMinutes(
    db,
    {
      id: randomUUID(),
      tenantId: council.tenantId,
      councilId: council.id,
      meetingId: meeting?.id,
      heldAt: meeting?.startsAt ?? at,
      status: 'draft',
      version: 1,
      content: emptyContent(),
      createdAt: at,
      updatedAt: at,
    },
    byName,
  );
  let version = opened.version;
  const written = Object.values(content.fields).some(Boolean) || Object.keys(content.attendance).length > 0;
  if (written) await saveMinutesVersion(db, council.tenantId, opened.id, { version: ++version, kind: 'saved', content, byName, savedAt: at });
  if (overrides.status === 'approved') {
    const manager = council.managers[0]!.name;
    await saveMinutesVersion(db, council.tenantId, opened.id, {
      version: version + 1,
      kind: 'approved',
      content: written ? content : opened.content,
      byName: manager,
      savedAt: at,
      approvedByName: manager,
    });
  }
  return (await findMinutes(db, council.tenantId, opened.id))!;
}
