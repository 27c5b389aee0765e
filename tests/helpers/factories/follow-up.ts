import { randomUUID } from 'node:crypto';
import type { Council } from '../../../bot/src/domain/council';
import type { Db } from '../../../bot/src/store/db';
import {
  findActivity,
  insertActivity,
  listAssessmentsOf,
  upsertAssessment,
  type Activity,
  type StatusAssessment,
} from '../../../bot/src/store/follow-up-repository';
import { findSubAssignment, insertSubAssignment, updateSubAssignment, type SubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { createCouncil } from './council';
import { FACTORY_NOW } from './in-memory';

/** What `createSubAssignment` takes: the council (created when absent) and the sub-assignment's fields. */
export type SubAssignmentOverrides = Partial<Omit<SubAssignment, 'tenantId' | 'councilId' | 'version'>> & { council?: Council };

/**
 * Deluppdrag: an ongoing improvement work of 2027 led by the council's first member
 * (docs/domain.md#the-stratsys-workflow). Goal, measure, a final report or `completed` are written
 * afterwards as the tab would (a completed one without `completedAt` is completed at its creation).
 */
export async function createSubAssignment(db: Db, overrides: SubAssignmentOverrides = {}): Promise<SubAssignment> {
  const { council = await createCouncil(db), goal, measure, finalReport, completedAt, status = 'ongoing', ...fields } = overrides;
  const lead = council.members[0] ?? council.managers[0]!;
  const inserted = await insertSubAssignment(db, {
    id: randomUUID(),
    tenantId: council.tenantId,
    councilId: council.id,
    year: 2027,
    kind: 'improvement',
    name: 'Fasta fikatider',
    purpose: 'Boende och anhöriga vet när fikat serveras, och personalen hinner sitta med.',
    responsible: { aadObjectId: lead.aadObjectId, name: lead.name },
    startsOn: '2027-01-19',
    status: 'ongoing',
    createdAt: FACTORY_NOW,
    ...fields,
  });
  if (!inserted) throw new Error(`createSubAssignment: origin ${JSON.stringify(fields.origin)} already has a sub-assignment`);
  if (goal === undefined && measure === undefined && finalReport === undefined && status === 'ongoing') return inserted;
  const changed: SubAssignment = {
    ...inserted,
    goal: goal ?? inserted.goal,
    measure: measure ?? inserted.measure,
    finalReport,
    status,
    completedAt: status === 'completed' ? (completedAt ?? inserted.createdAt) : undefined,
  };
  await updateSubAssignment(db, changed, inserted.version, changed.completedAt ?? inserted.createdAt);
  return (await findSubAssignment(db, council.tenantId, inserted.id))!;
}

/** What `createActivity` takes: the sub-assignment (created, with `council`, when absent) and the activity's fields. */
export type ActivityOverrides = Partial<Omit<Activity, 'tenantId' | 'councilId' | 'subAssignmentId' | 'version'>> & {
  council?: Council;
  subAssignment?: SubAssignment;
};

/** Aktivitet: an open step of a sub-assignment, led by the sub-assignment's responsible and due at the end of February 2027. */
export async function createActivity(db: Db, overrides: ActivityOverrides = {}): Promise<Activity> {
  const { council, subAssignment = await createSubAssignment(db, { council }), ...fields } = overrides;
  const activity: Omit<Activity, 'version'> = {
    id: randomUUID(),
    tenantId: subAssignment.tenantId,
    councilId: subAssignment.councilId,
    subAssignmentId: subAssignment.id,
    name: 'Sätt upp fikatiderna på anslagstavlan',
    responsible: subAssignment.responsible,
    dueOn: '2027-02-26',
    createdAt: FACTORY_NOW,
    ...fields,
  };
  await insertActivity(db, activity);
  return (await findActivity(db, activity.tenantId, activity.id))!;
}

/** What `createAssessment` takes: what is assessed (the assignment of `council` unless a sub-assignment or activity is given). */
export type AssessmentOverrides = Partial<Pick<StatusAssessment, 'month' | 'status' | 'comment' | 'assessedBy' | 'assessedAt'>> & {
  council?: Council;
  subAssignment?: SubAssignment;
  activity?: Activity;
};

/**
 * Lägesbedömning of January 2027, "on track", by the council's manager: of the activity when given,
 * else of the sub-assignment, else of the assignment "Kvalitetsråd" itself (docs/domain.md#monthly-status-assessment).
 * The council is created when none of them is given.
 */
export async function createAssessment(db: Db, overrides: AssessmentOverrides = {}): Promise<StatusAssessment> {
  const { subAssignment, activity, ...fields } = overrides;
  const council = overrides.council ?? (activity || subAssignment ? undefined : await createCouncil(db));
  const target = activity
    ? { kind: 'activity' as const, id: activity.id, tenantId: activity.tenantId, councilId: activity.councilId }
    : subAssignment
      ? { kind: 'subAssignment' as const, id: subAssignment.id, tenantId: subAssignment.tenantId, councilId: subAssignment.councilId }
      : { kind: 'assignment' as const, id: council!.id, tenantId: council!.tenantId, councilId: council!.id };
  const manager = council?.managers[0];
  const month = fields.month ?? '2027-01';
  const assessment: StatusAssessment = {
    tenantId: target.tenantId,
    councilId: target.councilId,
    year: Number(month.slice(0, 4)),
    targetKind: target.kind,
    targetId: target.id,
    month,
    status: fields.status ?? 'on_track',
    comment: fields.comment ?? 'Arbetet går enligt plan.',
    assessedBy: fields.assessedBy ?? { aadObjectId: manager?.aadObjectId ?? randomUUID(), name: manager?.name ?? 'Anna Lindqvist' },
    assessedAt: fields.assessedAt ?? new Date(`${month}-08T09:00:00Z`),
  };
  await upsertAssessment(db, assessment);
  const stored = await listAssessmentsOf(db, assessment.tenantId, [assessment.targetId], assessment.year);
  return stored.find((a) => a.month === month)!;
}
