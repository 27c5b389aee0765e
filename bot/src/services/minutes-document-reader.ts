import { councilPeople } from '../domain/attendance';
import { NotFoundError } from '../domain/errors';
import type { Minutes, MinutesContent } from '../domain/minutes';
import { attendanceLists } from '../domain/minutes-attendance';
import { findCouncilById } from '../store/council-repository';
import type { Db } from '../store/db';
import { findMinutes, listMinutesCorrections } from '../store/minutes-repository';
import { findMeeting } from '../store/schedule-repository';

/** What it takes to read one meeting's whole minutes. */
export interface MinutesDocumentProps {
  db: Db;
  tenantId: string;
  minutesId: string;
}

/** The whole minutes of one meeting, as the Word document and the web page show them. */
export interface MinutesRecord {
  unitName: string;
  heldAt: Date;
  timeZone: string;
  place?: string;
  /** Names of the council's people present in person, present digitally, and not present. */
  present: string[];
  digital: string[];
  absent: string[];
  content: MinutesContent;
  status: Minutes['status'];
  approvedByName?: string;
  approvedAt?: Date;
  updatedAt: Date;
  version: number;
  /** Corrections since approval: who, when, why. */
  corrections: { version: number; byName: string; at: Date; reason: string }[];
}

/**
 * Reads the minutes behind a signed link (the caller has checked the signature) with their council,
 * meeting and corrections. Throws `NotFoundError` (`minutes.notFound`) when the tenant has no such
 * minutes or their council is gone.
 */
export async function readMinutesDocument(props: MinutesDocumentProps): Promise<MinutesRecord> {
  const { db, tenantId } = props;
  const minutes = await findMinutes(db, tenantId, props.minutesId);
  const council = minutes && (await findCouncilById(db, minutes.tenantId, minutes.councilId));
  if (!minutes || !council) throw new NotFoundError('minutes.notFound');
  const meeting = minutes.meetingId ? await findMeeting(db, minutes.tenantId, minutes.meetingId) : undefined;
  const attended = attendanceLists(councilPeople(council), minutes.content.attendance);
  const names = (people: readonly { name: string }[]) => people.map((p) => p.name);
  const corrections = await listMinutesCorrections(db, minutes.tenantId, minutes.id);
  return {
    unitName: council.unitName,
    heldAt: minutes.heldAt,
    timeZone: council.timeZone,
    place: meeting?.place || undefined,
    present: names(attended.present),
    digital: names(attended.digital),
    absent: names(attended.absent),
    content: minutes.content,
    status: minutes.status,
    approvedByName: minutes.approvedByName,
    approvedAt: minutes.approvedAt,
    updatedAt: minutes.updatedAt,
    version: minutes.version,
    corrections: corrections.map((c) => ({ version: c.version, byName: c.byName, at: c.savedAt, reason: c.reason ?? '' })),
  };
}
