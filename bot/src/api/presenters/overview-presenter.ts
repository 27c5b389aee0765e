import type { OverviewResponse } from '../../contract/follow-up';
import type { Minutes } from '../../domain/minutes';
import type { CouncilOverview } from '../../services/overview-reader';
import { presentAssessment, presentCouncilRef, presentPermissions } from './common-presenter';

type NextMeeting = NonNullable<CouncilOverview['nextMeeting']>;
type NextMeetingResponse = NonNullable<OverviewResponse['nextMeeting']>;

/** The next meeting with its answers. */
function presentNextMeeting({ meeting, answers }: NextMeeting): NextMeetingResponse {
  return {
    id: meeting.id,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    place: meeting.place,
    answers: presentAnswers(answers),
  };
}

const names = (people: readonly { name: string }[]): string[] => people.map((p) => p.name);

/** The tally, and names only when the reader gave them (a manager's view): nothing else of a person. */
function presentAnswers({ tally: t, who }: NextMeeting['answers']): NextMeetingResponse['answers'] {
  const tally = { coming: t.coming, digital: t.digital, declined: t.declined, unanswered: t.unanswered, guests: t.guests, toConfirm: t.toConfirm };
  if (!who) return tally;
  return {
    ...tally,
    names: {
      coming: names(who.coming),
      digital: names(who.digital),
      declined: names(who.declined),
      unanswered: names(who.unanswered),
      toConfirm: names(who.toConfirm),
    },
    unreachable: [...who.unreachable],
  };
}

/** Översikt: the council's year at a glance, instants as ISO 8601. */
export function presentOverview(o: CouncilOverview): OverviewResponse {
  const minutes = o.latestMinutes;
  return {
    council: presentCouncilRef(o.council),
    year: o.year,
    can: presentPermissions(o.permissions),
    nextMeeting: o.nextMeeting && presentNextMeeting(o.nextMeeting),
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
