import type { Assessment, CouncilRef, Permissions, PersonRef } from '../contract/common';
import type { DocumentLink, FollowUpResponse, OverviewResponse, SubAssignmentDetail, SubAssignmentListItem } from '../contract/follow-up';
import { formatDate } from '../cards/meeting-format';
import type { Council } from '../domain/council';
import { NotFoundError } from '../domain/errors';
import { ASSIGNMENT_NAME, missingMonths } from '../domain/follow-up';
import { instantOf, localPartsOf } from '../domain/local-time';
import { authorize, can, type Actor } from '../domain/policies';
import type { Locale, Translate } from '../i18n';
import type { Db } from '../store/db';
import { findCouncilByChannel, findCouncilById } from '../store/council-repository';
import {
  countActivities, listActivities, listActivitiesOfYear, listAssessments, listAssessmentsOf, listFollowUpYears, listLatestAssessments, listLinks, type StatusAssessment,
} from '../store/follow-up-repository';
import { findMinutes, listApprovedMinutes } from '../store/minutes-repository';
import { listProposals, findProposal } from '../store/proposal-repository';
import { listMeetings } from '../store/schedule-repository';
import { findSubAssignment, listSubAssignments, type SubAssignment } from '../store/sub-assignment-repository';
import type { FollowUpExport } from './follow-up-export';
import type { Clock } from './ports';
import { MINUTES_LINK_MS, type SignedLinks } from './signed-links';

/** What the follow-up's readers need. */
export interface FollowUpReadDeps {
  db: Db;
  clock: Clock;
  /** The monthly reporting day (nth working day): a month is missing once it has passed. */
  reportingWorkday: number;
  links: () => SignedLinks;
}

/** How a reader speaks: the user's language. */
export interface Speech {
  tr: Translate;
  locale: Locale;
}

const councilRef = (c: Council): CouncilRef => ({ id: c.id, unitName: c.unitName, area: c.area, timeZone: c.timeZone });
const peopleOf = (c: Council): PersonRef[] =>
  [...c.managers, ...c.members].map((p) => ({ aadObjectId: p.aadObjectId, name: p.name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
const permissions = (actor: Actor, c: Council): Permissions => ({ manage: can(actor, 'manageFollowUp', c), contribute: can(actor, 'contribute', c) });
const toAssessment = (a: StatusAssessment): Assessment => ({
  month: a.month, status: a.status, comment: a.comment, assessedBy: a.assessedBy.name, assessedAt: a.assessedAt.toISOString(),
});
const localDate = (instant: Date, zone: string) => localPartsOf(instant, zone).date;

/** A council of the actor's tenant that they may read; 404 otherwise (another tenant's ids are not revealed). */
async function readableCouncil(db: Db, actor: Actor, councilId: string): Promise<Council> {
  const council = await findCouncilById(db, actor.tenantId, councilId);
  if (!council) throw new NotFoundError('council.gone');
  authorize(actor, 'view', council);
  return council;
}

/** Assessments grouped by target, oldest month first. */
function byTarget(assessments: StatusAssessment[]): Map<string, StatusAssessment[]> {
  const map = new Map<string, StatusAssessment[]>();
  for (const a of assessments) {
    const list = map.get(a.targetId);
    if (list) list.push(a);
    else map.set(a.targetId, [a]);
  }
  return map;
}

/** The months a sub-assignment (or activity) should have been assessed in and was not. */
function missingOf(work: Pick<SubAssignment, 'year' | 'startsOn' | 'createdAt' | 'completedAt'>, assessed: string[], zone: string, today: string, workday: number): string[] {
  return missingMonths({
    year: work.year, today, since: work.startsOn ?? localDate(work.createdAt, zone),
    until: work.completedAt && localDate(work.completedAt, zone), assessed: new Set(assessed), workday,
  });
}

/** Deluppdrag: the assignment "Kvalitetsråd" of a unit and year with its sub-assignments, as Stratsys' "Följa upp" lists them. */
export async function readFollowUp(
  deps: FollowUpReadDeps, actor: Actor, councilId: string, year: number, status?: 'ongoing' | 'completed',
): Promise<FollowUpResponse> {
  const council = await readableCouncil(deps.db, actor, councilId);
  const [works, counts, assignmentHistory, latest, years] = await Promise.all([
    listSubAssignments(deps.db, actor.tenantId, council.id, year),
    countActivities(deps.db, actor.tenantId, council.id, year),
    listAssessments(deps.db, actor.tenantId, council.id, year, ['assignment']),
    listLatestAssessments(deps.db, actor.tenantId, council.id, year, 'subAssignment'),
    listFollowUpYears(deps.db, actor.tenantId, council.id),
  ]);
  const now = deps.clock.now();
  const today = localDate(now, council.timeZone);
  const councilSince = localDate(council.createdAt, council.timeZone);
  const subAssignments: SubAssignmentListItem[] = works
    .filter((w) => !status || w.status === status)
    .map((w) => {
      const own = latest.get(w.id);
      const count = counts.get(w.id) ?? { done: 0, total: 0 };
      return {
        id: w.id, kind: w.kind, name: w.name, responsible: w.responsible, startsOn: w.startsOn, endsOn: w.endsOn, status: w.status,
        latest: own && toAssessment(own.latest), activitiesDone: count.done, activitiesTotal: count.total,
        missingMonths: missingOf(w, own?.months ?? [], council.timeZone, today, deps.reportingWorkday),
      };
    });
  const thisYear = Number(today.slice(0, 4));
  return {
    council: councilRef(council), year, today, can: permissions(actor, council), people: peopleOf(council),
    years: [...new Set([thisYear, year, ...years])].sort((a, b) => b - a),
    assignment: {
      name: ASSIGNMENT_NAME, latest: assignmentHistory.at(-1) && toAssessment(assignmentHistory.at(-1)!), history: assignmentHistory.map(toAssessment),
      missingMonths: missingMonths({ year, today, since: councilSince > `${year}-01-01` ? councilSince : `${year}-01-01`, assessed: new Set(assignmentHistory.map((a) => a.month)), workday: deps.reportingWorkday }),
    },
    subAssignments,
  };
}

/** One sub-assignment with its activities, documents and monthly history. */
export async function readSubAssignment(deps: FollowUpReadDeps, actor: Actor, id: string, speech: Speech): Promise<SubAssignmentDetail> {
  const work = await findSubAssignment(deps.db, actor.tenantId, id);
  if (!work) throw new NotFoundError('followUp.notFound');
  const council = await readableCouncil(deps.db, actor, work.councilId);
  const activities = await listActivities(deps.db, actor.tenantId, work.id);
  const [assessments, links, origin, documents] = await Promise.all([
    listAssessmentsOf(deps.db, actor.tenantId, [work.id, ...activities.map((a) => a.id)], work.year),
    listLinks(deps.db, actor.tenantId, work.id),
    originLabel(deps, work, council, speech),
    knownDocuments(deps, work, council, speech),
  ]);
  const history = byTarget(assessments);
  const own = history.get(work.id) ?? [];
  const today = localDate(deps.clock.now(), council.timeZone);
  return {
    council: councilRef(council), today, can: permissions(actor, council), people: peopleOf(council),
    subAssignment: {
      id: work.id, year: work.year, kind: work.kind, name: work.name, purpose: work.purpose, goal: work.goal, measure: work.measure,
      responsible: work.responsible, startsOn: work.startsOn, endsOn: work.endsOn, origin, status: work.status,
      finalReport: work.finalReport, completedAt: work.completedAt?.toISOString(), version: work.version,
      latest: own.at(-1) && toAssessment(own.at(-1)!), history: own.map(toAssessment), missingMonths: missingOf(work, own.map((a) => a.month), council.timeZone, today, deps.reportingWorkday),
    },
    activities: activities.map((a) => {
      const mine = history.get(a.id) ?? [];
      return {
        id: a.id, name: a.name, responsible: a.responsible, dueOn: a.dueOn, done: Boolean(a.doneAt), doneAt: a.doneAt?.toISOString(),
        version: a.version, latest: mine.at(-1) && toAssessment(mine.at(-1)!), history: mine.map(toAssessment),
        editable: can(actor, 'editActivity', { council, responsibleAadObjectId: a.responsible?.aadObjectId }) && work.status === 'ongoing',
      };
    }),
    documents: [...documents, ...links.map((l): DocumentLink => ({ title: l.title, url: l.url, kind: 'link' }))],
  };
}

async function originLabel(deps: FollowUpReadDeps, work: SubAssignment, council: Council, { tr, locale }: Speech): Promise<{ kind: 'proposal' | 'minutes'; label: string } | undefined> {
  if (!work.origin) return undefined;
  if (work.origin.kind === 'proposal') {
    const proposal = await findProposal(deps.db, work.tenantId, work.origin.id);
    return proposal && { kind: 'proposal', label: tr('followUp.origin.proposal', { number: proposal.number, title: proposal.title }) };
  }
  const minutes = await findMinutes(deps.db, work.tenantId, work.origin.id);
  return minutes && { kind: 'minutes', label: tr('followUp.origin.minutes', { date: formatDate(minutes.heldAt, council.timeZone, locale) }) };
}

/** The documents the app knows of: the year's approved minutes on the planning sub-assignment, the deciding minutes on a work. */
async function knownDocuments(deps: FollowUpReadDeps, work: SubAssignment, council: Council, { tr, locale }: Speech): Promise<DocumentLink[]> {
  const from = instantOf(`${work.year}-01-01`, '00:00', council.timeZone);
  const to = instantOf(`${work.year + 1}-01-01`, '00:00', council.timeZone);
  const minutes = work.kind === 'planning'
    ? await listApprovedMinutes(deps.db, work.tenantId, council.id, from, to)
    : work.origin?.kind === 'minutes' ? [await findMinutes(deps.db, work.tenantId, work.origin.id)].filter((m) => m?.status === 'approved') : [];
  const expiresAt = new Date(deps.clock.now().getTime() + MINUTES_LINK_MS);
  return minutes.map((m) => ({
    kind: 'minutes' as const,
    title: tr('followUp.document.minutes', { date: formatDate(m!.heldAt, council.timeZone, locale) }),
    url: deps.links().minutesUrlFor(m!.tenantId, m!.id, 'docx', expiresAt),
  }));
}

/** Översikt: the council's year at a glance. */
export async function readOverview(deps: FollowUpReadDeps, actor: Actor, councilId: string, year: number): Promise<OverviewResponse> {
  const council = await readableCouncil(deps.db, actor, councilId);
  const from = instantOf(`${year}-01-01`, '00:00', council.timeZone);
  const to = instantOf(`${year + 1}-01-01`, '00:00', council.timeZone);
  const [meetings, works, latest, proposals, minutes] = await Promise.all([
    listMeetings(deps.db, actor.tenantId, council.id, year),
    listSubAssignments(deps.db, actor.tenantId, council.id, year),
    listLatestAssessments(deps.db, actor.tenantId, council.id, year, 'subAssignment'),
    listProposals(deps.db, actor.tenantId, council.id, { statuses: ['open'], limit: 50 }),
    listApprovedMinutes(deps.db, actor.tenantId, council.id, from, to),
  ]);
  const now = deps.clock.now();
  const scheduled = meetings.filter((m) => m.status === 'scheduled');
  const next = scheduled.find((m) => m.endsAt > now);
  const planning = works.find((w) => w.kind === 'planning');
  const deadline = instantOf(`${year}-02-01`, '00:00', council.timeZone);
  const latestMinutes = minutes.at(-1);
  const expiresAt = new Date(now.getTime() + MINUTES_LINK_MS);
  return {
    council: councilRef(council), year, can: permissions(actor, council),
    nextMeeting: next && { id: next.id, startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString(), place: next.place },
    schedule: {
      planned: scheduled.length,
      held: scheduled.filter((m) => m.endsAt <= now).length,
      // The planning sub-assignment is made when the year's schedule is first saved.
      inPlaceByDeadline: Boolean(planning && planning.createdAt < deadline && scheduled.length >= 8),
      savedAt: planning?.createdAt.toISOString(),
    },
    openProposals: proposals.map((p) => ({ id: p.id, number: p.number, title: p.title, supporters: p.supportCount, createdAt: p.createdAt.toISOString() })),
    latestMinutes: latestMinutes && {
      id: latestMinutes.id, meetingStartsAt: latestMinutes.heldAt.toISOString(), approvedAt: latestMinutes.approvedAt!.toISOString(),
      docxUrl: deps.links().minutesUrlFor(actor.tenantId, latestMinutes.id, 'docx', expiresAt),
      htmlUrl: deps.links().minutesUrlFor(actor.tenantId, latestMinutes.id, 'html', expiresAt),
    },
    works: works.filter((w) => w.kind === 'improvement').map((w) => {
      const own = latest.get(w.id)?.latest;
      return { id: w.id, name: w.name, status: w.status, latest: own && toAssessment(own) };
    }),
  };
}

/** The council of a Teams channel, for a tab opened in it. */
export async function readCouncilOfChannel(db: Db, actor: Actor, channelId: string): Promise<{ council: CouncilRef; can: Permissions }> {
  const council = await findCouncilByChannel(db, actor.tenantId, channelId);
  if (!council) throw new NotFoundError('followUp.noCouncil');
  authorize(actor, 'view', council);
  return { council: councilRef(council), can: permissions(actor, council) };
}

/**
 * The council's year for the Stratsys export (manager only): the assignment, each sub-assignment with
 * its activities, every month's status and comment, and the final reports.
 */
export async function readExport(deps: FollowUpReadDeps, actor: Actor, councilId: string, year: number, { tr, locale }: Speech): Promise<FollowUpExport> {
  const council = await readableCouncil(deps.db, actor, councilId);
  authorize(actor, 'manageFollowUp', council);
  const [works, activities, assessments] = await Promise.all([
    listSubAssignments(deps.db, actor.tenantId, council.id, year),
    listActivitiesOfYear(deps.db, actor.tenantId, council.id, year),
    listAssessments(deps.db, actor.tenantId, council.id, year, ['assignment', 'subAssignment', 'activity']),
  ]);
  const history = byTarget(assessments);
  const monthly = (id: string) => (history.get(id) ?? []).map((a) => ({ month: a.month, status: a.status, comment: a.comment }));
  const day = (instant: Date | undefined) => instant && localDate(instant, council.timeZone);
  const origins = await Promise.all(works.map((w) => originLabel(deps, w, council, { tr, locale })));
  return {
    unitName: council.unitName, area: council.area, year, timeZone: council.timeZone, exportedAt: deps.clock.now(),
    assignment: { name: ASSIGNMENT_NAME, assessments: monthly(council.id) },
    subAssignments: works.map((w, i) => ({
      name: w.name, kind: w.kind, purpose: w.purpose, goal: w.goal, measure: w.measure, responsible: w.responsible?.name,
      startsOn: w.startsOn, endsOn: w.endsOn, origin: origins[i]?.label, status: w.status, finalReport: w.finalReport,
      completedAt: day(w.completedAt), assessments: monthly(w.id),
      activities: activities.filter((a) => a.subAssignmentId === w.id).map((a) => ({
        name: a.name, responsible: a.responsible?.name, dueOn: a.dueOn, done: Boolean(a.doneAt), doneAt: day(a.doneAt), assessments: monthly(a.id),
      })),
    })),
  };
}
