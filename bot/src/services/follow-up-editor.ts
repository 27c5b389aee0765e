import { randomUUID } from 'node:crypto';
import type { ActivityInput, ActivityPatch, SubAssignmentPatch } from '../contract/follow-up';
import type { Council } from '../domain/council';
import { ConflictError, NotFoundError, ValidationError } from '../domain/errors';
import { checkAssessmentMonth, checkCompletable, monthOf, type AssessmentTarget, type StatusColour } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import { authorize, type Actor } from '../domain/policies';
import { guardPersonalNumbers } from '../domain/privacy';
import type { Db } from '../store/db';
import { findCouncilById } from '../store/council-repository';
import {
  findActivity, insertActivity, insertLink, listActivities, updateActivity, upsertAssessment, type StatusAssessment,
} from '../store/follow-up-repository';
import { findSubAssignment, updateSubAssignment, type SubAssignment } from '../store/sub-assignment-repository';
import type { Clock } from './ports';

/** What the follow-up's writers need. */
export interface FollowUpDeps {
  db: Db;
  clock: Clock;
}

/** The council of a sub-assignment of the actor's tenant, locked for the transaction; 404 when not the tenant's. */
async function subAssignmentInTenant(db: Db, actor: Actor, id: string): Promise<{ work: SubAssignment; council: Council }> {
  const work = await findSubAssignment(db, actor.tenantId, id, { forUpdate: true });
  const council = work && (await findCouncilById(db, actor.tenantId, work.councilId));
  if (!work || !council) throw new NotFoundError('followUp.notFound');
  return { work, council };
}

/** A person of the council, by Entra id; anyone else is refused (the responsible must be on the council). */
function councilPerson(council: Council, aadObjectId: string, field: string): { aadObjectId: string; name: string } {
  const person = [...council.managers, ...council.members].find((p) => p.aadObjectId === aadObjectId);
  if (!person) throw new ValidationError('followUp.responsible.notOnCouncil', { field }, field);
  return { aadObjectId: person.aadObjectId, name: person.name };
}

function checkDates(startsOn: string | undefined, endsOn: string | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw new ValidationError('followUp.endsBeforeStart', { field: 'endsOn' }, 'endsOn');
}

/** The manager edits a sub-assignment's name, purpose, goal, measure, responsible and dates. */
export async function changeSubAssignment(deps: FollowUpDeps, actor: Actor, id: string, change: SubAssignmentPatch): Promise<void> {
  guardPersonalNumbers({ name: change.name, purpose: change.purpose, goal: change.goal, measure: change.measure });
  await deps.db.transaction(async (tx) => {
    const { work, council } = await subAssignmentInTenant(tx, actor, id);
    authorize(actor, 'manageFollowUp', council);
    if (work.version !== change.version) throw new ConflictError('followUp.stale');
    if (work.status === 'completed') throw new ConflictError('followUp.completed');
    const next: SubAssignment = {
      ...work,
      name: change.name ?? work.name,
      purpose: change.purpose ?? work.purpose,
      goal: change.goal ?? work.goal,
      measure: change.measure ?? work.measure,
      responsible: change.responsibleAadObjectId === undefined ? work.responsible
        : change.responsibleAadObjectId === null ? undefined : councilPerson(council, change.responsibleAadObjectId, 'responsibleAadObjectId'),
      startsOn: change.startsOn === undefined ? work.startsOn : change.startsOn ?? undefined,
      endsOn: change.endsOn === undefined ? work.endsOn : change.endsOn ?? undefined,
    };
    checkDates(next.startsOn, next.endsOn);
    if (!(await updateSubAssignment(tx, next, change.version, deps.clock.now()))) throw new ConflictError('followUp.stale');
  });
}

/** A council person adds an activity to an ongoing work; members may make only themselves responsible. */
export async function addActivity(deps: FollowUpDeps, actor: Actor, subAssignmentId: string, input: ActivityInput): Promise<string> {
  guardPersonalNumbers({ name: input.name });
  return deps.db.transaction(async (tx) => {
    const { work, council } = await subAssignmentInTenant(tx, actor, subAssignmentId);
    authorize(actor, 'contribute', council);
    if (work.status === 'completed') throw new ConflictError('followUp.completed');
    const responsible = input.responsibleAadObjectId ? councilPerson(council, input.responsibleAadObjectId, 'responsibleAadObjectId') : undefined;
    if (responsible) authorize(actor, 'editActivity', { council, responsibleAadObjectId: responsible.aadObjectId });
    const id = randomUUID();
    await insertActivity(tx, {
      id, tenantId: actor.tenantId, councilId: council.id, subAssignmentId: work.id, name: input.name, responsible, dueOn: input.dueOn,
      createdAt: deps.clock.now(),
    });
    return id;
  });
}

/** The manager, or the member responsible, edits an activity or marks it done (or not done). */
export async function changeActivity(deps: FollowUpDeps, actor: Actor, activityId: string, change: ActivityPatch): Promise<string> {
  guardPersonalNumbers({ name: change.name });
  return deps.db.transaction(async (tx) => {
    const activity = await findActivity(tx, actor.tenantId, activityId, { forUpdate: true });
    if (!activity) throw new NotFoundError('followUp.notFound');
    const { work, council } = await subAssignmentInTenant(tx, actor, activity.subAssignmentId);
    authorize(actor, 'editActivity', { council, responsibleAadObjectId: activity.responsible?.aadObjectId });
    if (activity.version !== change.version) throw new ConflictError('followUp.stale');
    if (work.status === 'completed') throw new ConflictError('followUp.completed');
    const responsible = change.responsibleAadObjectId === undefined ? activity.responsible
      : change.responsibleAadObjectId === null ? undefined : councilPerson(council, change.responsibleAadObjectId, 'responsibleAadObjectId');
    // A member hands an activity on only to themselves; reassigning is the manager's.
    if (responsible?.aadObjectId !== activity.responsible?.aadObjectId) authorize(actor, 'manageFollowUp', council);
    const now = deps.clock.now();
    const doneAt = change.done === undefined ? activity.doneAt : change.done ? activity.doneAt ?? now : undefined;
    const next = { ...activity, name: change.name ?? activity.name, responsible, dueOn: change.dueOn === undefined ? activity.dueOn : change.dueOn ?? undefined, doneAt };
    if (!(await updateActivity(tx, next, change.version, now))) throw new ConflictError('followUp.stale');
    return work.id;
  });
}

/** The manager records the month's status and comment of the council's assignment, one of its sub-assignments or activities. */
export async function recordAssessment(
  deps: FollowUpDeps, actor: Actor, councilId: string, input: { target: AssessmentTarget; month: string; status: StatusColour; comment: string },
): Promise<StatusAssessment> {
  guardPersonalNumbers({ comment: input.comment });
  return deps.db.transaction(async (tx) => {
    const { council, year, targetId } = await targetOf(tx, actor, councilId, input.target);
    authorize(actor, 'manageFollowUp', council);
    const now = deps.clock.now();
    checkAssessmentMonth(input.month, year, localPartsOf(now, council.timeZone).date);
    const person = council.managers.find((m) => m.aadObjectId === actor.aadObjectId);
    const assessment: StatusAssessment = {
      tenantId: actor.tenantId, councilId: council.id, year, targetKind: input.target.kind, targetId, month: input.month,
      status: input.status, comment: input.comment, assessedBy: { aadObjectId: actor.aadObjectId, name: person?.name ?? actor.name }, assessedAt: now,
    };
    await upsertAssessment(tx, assessment);
    return assessment;
  });
}

/** The council, year and id a target is assessed under; 404 unless it belongs to `councilId` of the actor's tenant. */
async function targetOf(db: Db, actor: Actor, councilId: string, target: AssessmentTarget): Promise<{ council: Council; year: number; targetId: string }> {
  if (target.kind === 'assignment') {
    const council = await findCouncilById(db, actor.tenantId, councilId);
    if (!council) throw new NotFoundError('council.gone');
    return { council, year: target.year, targetId: council.id };
  }
  const subAssignmentId = target.kind === 'subAssignment' ? target.id : (await findActivity(db, actor.tenantId, target.id))?.subAssignmentId;
  if (!subAssignmentId) throw new NotFoundError('followUp.notFound');
  const { work, council } = await subAssignmentInTenant(db, actor, subAssignmentId);
  if (council.id !== councilId) throw new NotFoundError('followUp.notFound');
  return { council, year: work.year, targetId: target.id };
}

/**
 * The final report (docs/domain.md#final-report): refused while an activity is open; then the summary is
 * stored, the sub-assignment "klarmarkerad", and the month's assessment set to done with the summary.
 */
export async function completeSubAssignment(deps: FollowUpDeps, actor: Actor, id: string, input: { version: number; finalReport: string }): Promise<void> {
  guardPersonalNumbers({ finalReport: input.finalReport });
  await deps.db.transaction(async (tx) => {
    const { work, council } = await subAssignmentInTenant(tx, actor, id);
    authorize(actor, 'manageFollowUp', council);
    if (work.version !== input.version) throw new ConflictError('followUp.stale');
    const activities = await listActivities(tx, actor.tenantId, work.id);
    checkCompletable({ status: work.status, openActivities: activities.filter((a) => !a.doneAt).length });
    const now = deps.clock.now();
    const today = localPartsOf(now, council.timeZone).date;
    const completed: SubAssignment = { ...work, status: 'completed', finalReport: input.finalReport, completedAt: now };
    if (!(await updateSubAssignment(tx, completed, input.version, now))) throw new ConflictError('followUp.stale');
    // The report is made in the work's year; one finished after New Year is reported in its last month.
    const month = today.startsWith(`${work.year}-`) ? monthOf(today) : `${work.year}-12`;
    const person = council.managers.find((m) => m.aadObjectId === actor.aadObjectId);
    await upsertAssessment(tx, {
      tenantId: actor.tenantId, councilId: council.id, year: work.year, targetKind: 'subAssignment', targetId: work.id, month, status: 'done',
      comment: input.finalReport, assessedBy: { aadObjectId: actor.aadObjectId, name: person?.name ?? actor.name }, assessedAt: now,
    });
  });
}

/** The manager attaches a link (a document in SharePoint, a page) to a sub-assignment. */
export async function addLink(deps: FollowUpDeps, actor: Actor, subAssignmentId: string, input: { title: string; url: string }): Promise<void> {
  guardPersonalNumbers({ title: input.title });
  await deps.db.transaction(async (tx) => {
    const { work, council } = await subAssignmentInTenant(tx, actor, subAssignmentId);
    authorize(actor, 'manageFollowUp', council);
    await insertLink(tx, { id: randomUUID(), tenantId: actor.tenantId, subAssignmentId: work.id, title: input.title, url: input.url, createdAt: deps.clock.now() });
  });
}

/**
 * The monthly card's save: the month's status and comment of several targets of one council (the
 * assignment and sub-assignments) at once, all or nothing.
 */
export async function recordMonthlyAssessments(
  deps: FollowUpDeps, actor: Actor, councilId: string, month: string,
  items: { target: AssessmentTarget; status: StatusColour; comment: string }[],
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    // The inner transactions reuse this one: every assessment is saved, or none.
    for (const item of items) await recordAssessment({ ...deps, db: tx }, actor, councilId, { ...item, month });
  });
}
