import type { OverviewResponse } from '../../contract/follow-up';
import type { Minutes } from '../../domain/minutes';
import type { CouncilOverview } from '../../services/overview-reader';
import { presentAssessment, presentCouncilRef, presentPermissions } from './common-presenter';

/** Översikt: the council's year at a glance, instants as ISO 8601. */
export function presentOverview(o: CouncilOverview): OverviewResponse {
  const next = o.nextMeeting;
  const minutes = o.latestMinutes;
  return {
    council: presentCouncilRef(o.council),
    year: o.year,
    can: presentPermissions(o.permissions),
    nextMeeting: next && { id: next.id, startsAt: next.startsAt.toISOString(), endsAt: next.endsAt.toISOString(), place: next.place },
    schedule: { planned: o.planned, held: o.held, inPlaceByDeadline: o.inPlaceByDeadline, savedAt: o.scheduleSavedAt?.toISOString() },
    openProposals: o.openProposals.map((p) => ({
      id: p.id,
      number: p.number,
      title: p.title,
      supporters: p.supportCount,
      createdAt: p.createdAt.toISOString(),
    })),
    latestMinutes: minutes && {
      id: minutes.minutes.id,
      meetingStartsAt: minutes.minutes.heldAt.toISOString(),
      approvedAt: approvedAtOf(minutes.minutes),
      docxUrl: minutes.docxUrl,
      htmlUrl: minutes.htmlUrl,
    },
    works: o.works.map(({ work, latest }) => ({ id: work.id, name: work.name, status: work.status, latest: latest && presentAssessment(latest) })),
  };
}

/** The latest minutes of an overview are approved ones, so they have their approval instant. */
function approvedAtOf(minutes: Minutes): string {
  if (!minutes.approvedAt) throw new Error("the overview's latest minutes are not approved");
  return minutes.approvedAt.toISOString();
}
