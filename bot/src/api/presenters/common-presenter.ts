import type { Assessment, CouncilRef, Permissions, PersonRef } from '../../contract/common';
import type { Council } from '../../domain/council';
import type { StatusAssessment } from '../../store/follow-up-repository';
import type { FollowUpPermissions } from '../../services/follow-up-facts';

/** The council a view is about: its id, unit, area and time zone, nothing else. */
export function presentCouncilRef(council: Council): CouncilRef {
  return { id: council.id, unitName: council.unitName, area: council.area, timeZone: council.timeZone };
}

/** The council's managers and members, who can be made responsible, sorted by name the Swedish way. */
export function presentPeople(council: Council): PersonRef[] {
  return [...council.managers, ...council.members]
    .map((p) => ({ aadObjectId: p.aadObjectId, name: p.name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** What the signed-in user may do on the council in the tab. */
export function presentPermissions(permissions: FollowUpPermissions): Permissions {
  return { manage: permissions.manage, contribute: permissions.contribute };
}

/** Lägesbedömning: a month's status and comment, who made it and when (ISO 8601). */
export function presentAssessment(a: StatusAssessment): Assessment {
  return { month: a.month, status: a.status, comment: a.comment, assessedBy: a.assessedBy.name, assessedAt: a.assessedAt.toISOString() };
}

/** The latest of a history (oldest first), presented; undefined for none. */
export function presentLatest(history: readonly StatusAssessment[]): Assessment | undefined {
  const latest = history.at(-1);
  return latest && presentAssessment(latest);
}

/** A person reference without anything else the store keeps. */
export function presentPerson(person: { aadObjectId: string; name: string } | undefined): PersonRef | undefined {
  return person && { aadObjectId: person.aadObjectId, name: person.name };
}
