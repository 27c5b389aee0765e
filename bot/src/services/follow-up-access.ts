import type { Council } from '../domain/council';
import { NotFoundError, ValidationError } from '../domain/errors';
import type { AssessmentTarget } from '../domain/follow-up';
import { authorize, type Actor } from '../domain/policies';
import type { Db } from '../store/db';
import { findCouncilById } from '../store/council-repository';
import { findActivity } from '../store/follow-up-repository';
import { findSubAssignment, type SubAssignment } from '../store/sub-assignment-repository';

/**
 * The sub-assignment (deluppdrag) of the actor's tenant with its council, the row locked for the
 * transaction; 404 when it is not the tenant's (another tenant's ids are not revealed).
 */
export async function lockSubAssignment(db: Db, actor: Actor, id: string): Promise<{ work: SubAssignment; council: Council }> {
  const work = await findSubAssignment(db, actor.tenantId, id, { forUpdate: true });
  const council = work && (await findCouncilById(db, actor.tenantId, work.councilId));
  if (!work || !council) throw new NotFoundError('followUp.notFound');
  return { work, council };
}

/** A council of the actor's tenant that they may read; 404 otherwise (another tenant's ids are not revealed). */
export async function readableCouncil(db: Db, actor: Actor, councilId: string): Promise<Council> {
  const council = await findCouncilById(db, actor.tenantId, councilId);
  if (!council) throw new NotFoundError('council.gone');
  authorize(actor, 'view', council);
  return council;
}

/** A person of the council, by Entra id; anyone else is refused (the responsible must be on the council). */
export function councilPerson(council: Council, aadObjectId: string, field: string): { aadObjectId: string; name: string } {
  const person = [...council.managers, ...council.members].find((p) => p.aadObjectId === aadObjectId);
  if (!person) throw new ValidationError('followUp.responsible.notOnCouncil', { field }, field);
  return { aadObjectId: person.aadObjectId, name: person.name };
}

/** A work may not end before it starts. */
export function checkDates(startsOn: string | undefined, endsOn: string | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new ValidationError('followUp.endsBeforeStart', { field: 'endsOn' }, 'endsOn');
}

/** Who made an assessment, named as the council knows the manager. */
export function assessorOf(council: Council, actor: Actor): { aadObjectId: string; name: string } {
  const person = council.managers.find((m) => m.aadObjectId === actor.aadObjectId);
  return { aadObjectId: actor.aadObjectId, name: person?.name ?? actor.name };
}

/**
 * The council, year and id a target is assessed under (docs/domain.md#monthly-status-assessment);
 * 404 unless it belongs to `councilId` of the actor's tenant. A sub-assignment's row is locked.
 */
export async function assessmentTargetOf(
  db: Db,
  actor: Actor,
  councilId: string,
  target: AssessmentTarget,
): Promise<{ council: Council; year: number; targetId: string }> {
  if (target.kind === 'assignment') {
    const council = await findCouncilById(db, actor.tenantId, councilId);
    if (!council) throw new NotFoundError('council.gone');
    return { council, year: target.year, targetId: council.id };
  }
  const subAssignmentId = target.kind === 'subAssignment' ? target.id : (await findActivity(db, actor.tenantId, target.id))?.subAssignmentId;
  if (!subAssignmentId) throw new NotFoundError('followUp.notFound');
  const { work, council } = await lockSubAssignment(db, actor, subAssignmentId);
  if (council.id !== councilId) throw new NotFoundError('followUp.notFound');
  return { council, year: work.year, targetId: target.id };
}
