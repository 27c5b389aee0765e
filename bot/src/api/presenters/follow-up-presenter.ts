import type { CouncilByChannelResponse, DocumentLink, FollowUpResponse, SubAssignmentDetail, SubAssignmentListItem } from '../../contract/follow-up';
import type { Council } from '../../domain/council';
import { formatDate } from '../../domain/date-format';
import { ASSIGNMENT_NAME } from '../../domain/follow-up';
import type { Speech } from '../../i18n';
import type { FollowUpPermissions, WorkOrigin } from '../../services/follow-up-facts';
import type { FollowUp, SubAssignmentStanding } from '../../services/follow-up-reader';
import type { SubAssignmentInFull } from '../../services/sub-assignment-reader';
import { presentAssessment, presentCouncilRef, presentLatest, presentPeople, presentPermissions, presentPerson } from './common-presenter';

/** `GET /api/councils/by-channel`: the council of the tab's channel and what the user may do there. */
export function presentCouncilOfChannel(found: { council: Council; permissions: FollowUpPermissions }): CouncilByChannelResponse {
  return { council: presentCouncilRef(found.council), can: presentPermissions(found.permissions) };
}

/** Deluppdrag: the year's assignment and sub-assignments as the tab lists them. */
export function presentFollowUp(f: FollowUp): FollowUpResponse {
  return {
    council: presentCouncilRef(f.council),
    year: f.year,
    today: f.today,
    can: presentPermissions(f.permissions),
    people: presentPeople(f.council),
    years: [...f.years],
    assignment: {
      name: ASSIGNMENT_NAME,
      latest: presentLatest(f.assignment.history),
      history: f.assignment.history.map(presentAssessment),
      missingMonths: [...f.assignment.missingMonths],
    },
    subAssignments: f.subAssignments.map(presentListItem),
  };
}

function presentListItem({ work, latest, activities, missingMonths }: SubAssignmentStanding): SubAssignmentListItem {
  return {
    id: work.id,
    kind: work.kind,
    name: work.name,
    responsible: presentPerson(work.responsible),
    startsOn: work.startsOn,
    endsOn: work.endsOn,
    status: work.status,
    latest: latest && presentAssessment(latest),
    activitiesDone: activities.done,
    activitiesTotal: activities.total,
    missingMonths: [...missingMonths],
  };
}

/** One sub-assignment in full, the answer of every change to it too. */
export function presentSubAssignment(s: SubAssignmentInFull, speech: Speech): SubAssignmentDetail {
  const { work, council } = s;
  return {
    council: presentCouncilRef(council),
    today: s.today,
    can: presentPermissions(s.permissions),
    people: presentPeople(council),
    subAssignment: {
      id: work.id,
      year: work.year,
      kind: work.kind,
      name: work.name,
      purpose: work.purpose,
      goal: work.goal,
      measure: work.measure,
      responsible: presentPerson(work.responsible),
      startsOn: work.startsOn,
      endsOn: work.endsOn,
      origin: s.origin && { kind: s.origin.kind, label: presentOrigin(s.origin, council.timeZone, speech) },
      status: work.status,
      finalReport: work.finalReport,
      completedAt: work.completedAt?.toISOString(),
      version: work.version,
      latest: presentLatest(s.history),
      history: s.history.map(presentAssessment),
      missingMonths: [...s.missingMonths],
    },
    activities: s.activities.map(({ activity: a, history, editable }) => ({
      id: a.id,
      name: a.name,
      responsible: presentPerson(a.responsible),
      dueOn: a.dueOn,
      done: Boolean(a.doneAt),
      doneAt: a.doneAt?.toISOString(),
      version: a.version,
      latest: presentLatest(history),
      history: history.map(presentAssessment),
      editable,
    })),
    documents: [
      ...s.minutes.map((m): DocumentLink => ({
        kind: 'minutes',
        title: speech.tr('followUp.document.minutes', { date: formatDate(m.heldAt, council.timeZone, speech.locale) }),
        url: m.url,
      })),
      ...s.links.map((l): DocumentLink => ({ title: l.title, url: l.url, kind: 'link' })),
    ],
  };
}

/** "Förslag 12: …" or "Protokoll tisdag 16 mars 2027": what a work came from, in the reader's language. */
export function presentOrigin(origin: WorkOrigin, zone: string, { tr, locale }: Speech): string {
  return origin.kind === 'proposal'
    ? tr('followUp.origin.proposal', { number: origin.number, title: origin.title })
    : tr('followUp.origin.minutes', { date: formatDate(origin.heldAt, zone, locale) });
}
