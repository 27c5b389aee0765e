import type { Council } from '../domain/council';
import { missingMonths } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import { can, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import type { StatusAssessment } from '../store/follow-up-repository';
import { findMinutes } from '../store/minutes-repository';
import { findProposal } from '../store/proposal-repository';
import type { SubAssignment } from '../store/sub-assignment-repository';

/** What the signed-in user may do in a council's follow-up, by the policies. */
export interface FollowUpPermissions {
  /** Manager: edit sub-assignments, assess, final-report, export. */
  manage: boolean;
  /** Council member or manager: add activities and edit the activities they are responsible for. */
  contribute: boolean;
}

/** What a work came from: an accepted proposal (its number and title) or a decision in minutes (when held). */
export type WorkOrigin = { kind: 'proposal'; number: number; title: string } | { kind: 'minutes'; heldAt: Date };

/** The follow-up permissions of `actor` on `council`. */
export function followUpPermissions(actor: Actor, council: Council): FollowUpPermissions {
  return { manage: can(actor, 'manageFollowUp', council), contribute: can(actor, 'contribute', council) };
}

/** An instant's calendar date (`YYYY-MM-DD`) in a zone. */
export const localDate = (instant: Date, zone: string): string => localPartsOf(instant, zone).date;

/** Assessments grouped by target, in the order given (the store's: oldest month first). */
export function byTarget(assessments: StatusAssessment[]): Map<string, StatusAssessment[]> {
  const map = new Map<string, StatusAssessment[]>();
  for (const a of assessments) {
    const list = map.get(a.targetId);
    if (list) list.push(a);
    else map.set(a.targetId, [a]);
  }
  return map;
}

/**
 * The months a sub-assignment should have been assessed in and was not, up to the last reporting day
 * (docs/domain.md#reporting-day).
 */
export function missingMonthsOf(
  work: Pick<SubAssignment, 'year' | 'startsOn' | 'createdAt' | 'completedAt'>,
  assessed: string[],
  zone: string,
  today: string,
  workday: number,
): string[] {
  return missingMonths({
    year: work.year,
    today,
    since: work.startsOn ?? localDate(work.createdAt, zone),
    until: work.completedAt && localDate(work.completedAt, zone),
    assessed: new Set(assessed),
    workday,
  });
}

/** The proposal or minutes a work came from; undefined when it has none or it is gone. */
export async function originOf(db: Db, work: SubAssignment): Promise<WorkOrigin | undefined> {
  if (!work.origin) return undefined;
  if (work.origin.kind === 'proposal') {
    const proposal = await findProposal(db, work.tenantId, work.origin.id);
    return proposal && { kind: 'proposal', number: proposal.number, title: proposal.title };
  }
  const minutes = await findMinutes(db, work.tenantId, work.origin.id);
  return minutes && { kind: 'minutes', heldAt: minutes.heldAt };
}
