import type { Council } from '../domain/council';
import { localPartsOf } from '../domain/local-time';
import type { Clock } from './ports';
import type { Minutes, MinutesContext } from '../domain/minutes';
import type { Db } from '../store/db';
import { MINUTES_LINK_MS, type SignedLinks } from './signed-links';
import { findPreviousApprovedMinutes, listMinutesCorrections } from '../store/minutes-repository';
import { listProposals } from '../store/proposal-repository';
import { listMeetings } from '../store/schedule-repository';
import { listSubAssignments } from '../store/sub-assignment-repository';

/**
 * What the minutes card shows the council before it writes: the last approved minutes' decisions to
 * follow up, the open proposals, the ongoing improvement works and the next planned meeting.
 */
export async function loadMinutesContext(db: Db, council: Council, minutes: Minutes): Promise<MinutesContext> {
  const year = Number(localPartsOf(minutes.heldAt, council.timeZone).date.slice(0, 4));
  const [previous, proposals, works, meetings] = await Promise.all([
    findPreviousApprovedMinutes(db, council.tenantId, council.id, minutes.heldAt),
    listProposals(db, council.tenantId, council.id, { statuses: ['open'], limit: 10 }),
    listSubAssignments(db, council.tenantId, council.id, year),
    listMeetings(db, council.tenantId, council.id, year),
  ]);
  const next = meetings.find((m) => m.status === 'scheduled' && m.startsAt.getTime() > minutes.heldAt.getTime() && m.id !== minutes.meetingId);
  return {
    previous: previous && { heldAt: previous.heldAt, decisions: previous.content.fields.decisions },
    openProposals: proposals.map((p) => `${p.number}. ${p.title}`),
    ongoingWorks: works.filter((w) => w.kind === 'improvement' && w.status === 'ongoing').map((w) => w.name),
    nextMeeting: next?.startsAt,
  };
}

/** Signed links to the whole minutes (Word, and a page for "Visa allt"), valid for a year. */
export function minutesLinksOf(links: SignedLinks, minutes: Minutes, now: Date): { download: string; showAll: string } {
  const expiresAt = new Date(now.getTime() + MINUTES_LINK_MS);
  return {
    download: links.minutesUrlFor(minutes.tenantId, minutes.id, 'docx', expiresAt),
    showAll: links.minutesUrlFor(minutes.tenantId, minutes.id, 'html', expiresAt),
  };
}

/** What `readMinutesCardFacts` needs. */
export interface ReadMinutesCardFactsProps {
  db: Db;
  clock: Clock;
  links: SignedLinks;
  council: Council;
  minutes: Minutes;
  /** The card is for someone writing the draft: it then shows the council's context. */
  writing: boolean;
}

/** What a minutes card shows beside the minutes themselves. */
export interface MinutesCardFacts {
  /** Corrections made since approval, oldest first. */
  corrections: { version: number; byName: string; at: Date; reason: string }[];
  /** The council's context, for a draft being written. */
  context?: MinutesContext;
  /** Signed links to the whole minutes. */
  links: { download: string; showAll: string };
}

/**
 * What the minutes card needs from the store besides the minutes: the corrections of approved minutes,
 * the council's context while a draft is written, and the signed links to the whole minutes.
 */
export async function readMinutesCardFacts(props: ReadMinutesCardFactsProps): Promise<MinutesCardFacts> {
  const { db, council, minutes } = props;
  const corrections = minutes.status === 'approved' ? await listMinutesCorrections(db, minutes.tenantId, minutes.id) : [];
  return {
    corrections: corrections.map((c) => ({ version: c.version, byName: c.byName, at: c.savedAt, reason: c.reason ?? '' })),
    context: minutes.status === 'draft' && props.writing ? await loadMinutesContext(db, council, minutes) : undefined,
    links: minutesLinksOf(props.links, minutes, props.clock.now()),
  };
}
