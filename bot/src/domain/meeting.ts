import { addDays, instantOf, localPartsOf } from './local-time';

/** Träff: one council meeting. Instants are UTC; the council's zone gives their local time. */
export interface Meeting {
  id: string;
  tenantId: string;
  councilId: string;
  year: number;
  startsAt: Date;
  endsAt: Date;
  /** Where the council meets (room, address); may be empty when it meets only in Teams. */
  place: string;
  /** Digital participation offered (it always should be: docs/domain.md#the-agenda). */
  online: boolean;
  status: 'scheduled' | 'cancelled';
  /** Bumped on every move or cancellation; posts and the .ics SEQUENCE follow it. */
  revision: number;
  /** The invitation's channel message: the thread agenda, reminders and notices reply in. */
  invitationActivityId?: string;
}

/**
 * What the bot posts on its own: about meetings, the January reminder to plan the year, and about
 * proposals (the card in the channel, a receipt and the outcome to a named proposer's personal chat),
 * and the monthly status assessment on the reporting day; the day before a meeting, a personal reminder
 * in each participant's chat with the bot.
 */
export const PostKinds = [
  'invitation',
  'agenda',
  'reminder',
  'start',
  'invitation-update',
  'change',
  'cancel',
  'schedule-reminder',
  'proposal',
  'proposal-receipt',
  'proposal-outcome',
  'assessment-reminder',
  'personal-reminder',
] as const;
/** One kind of post. */
export type PostKind = (typeof PostKinds)[number];

/** Posts that reply in the invitation's thread rather than start a new one. */
export const THREAD_KINDS: ReadonlySet<PostKind> = new Set(['agenda', 'reminder', 'start', 'change', 'cancel']);

/** The local time day-ahead posts go out: people see them at the start of the working day. */
export const MORNING = '08:00';

/** When each of a meeting's regular posts is due (invitation a month, agenda a week ahead: docs/domain.md#invitations-agendas-and-reminders). */
export function plannedPosts(meeting: Pick<Meeting, 'startsAt'>, zone: string, invitationLeadDays: number): { kind: PostKind; dueAt: Date }[] {
  const { date } = localPartsOf(meeting.startsAt, zone);
  const morning = (daysBefore: number) => instantOf(addDays(date, -daysBefore), MORNING, zone);
  return [
    { kind: 'invitation', dueAt: morning(invitationLeadDays) },
    { kind: 'agenda', dueAt: morning(7) },
    { kind: 'reminder', dueAt: morning(1) },
    { kind: 'start', dueAt: meeting.startsAt },
  ];
}

/**
 * Whether a post found late (after a restart or an outage) is still worth sending. An invitation
 * goes out late, with its date, until the meeting is over; agenda and reminder until it starts; the
 * start post while it lasts; notices of a change always. Nothing is dropped silently: a post too late
 * is marked skipped with this reason.
 */
export function latePostDecision(kind: PostKind, meeting: Pick<Meeting, 'startsAt' | 'endsAt'>, now: Date): 'send' | 'tooLate' {
  switch (kind) {
    case 'agenda':
    case 'reminder':
      return now < meeting.startsAt ? 'send' : 'tooLate';
    case 'invitation':
    case 'start':
      return now < meeting.endsAt ? 'send' : 'tooLate';
    default:
      return 'send';
  }
}

/** The idempotency key of a meeting's post: one per meeting, kind and revision. */
export function meetingPostKey(meetingId: string, kind: PostKind, revision: number): string {
  return `meeting:${meetingId}:${kind}:${revision}`;
}
