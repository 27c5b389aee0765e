import { formatMeetingTime, formatPlace } from '../cards/meeting-format';
import { renderAgendaCard, renderInvitationCard, type MeetingCardData } from '../cards/meeting-cards';
import { mentionsOf } from '../cards/mentions';
import { renderScheduleReminderCard } from '../cards/schedule-reminder-card';
import type { AgendaItem } from '../domain/agenda';
import { councilPeople, type MeetingAnswer } from '../domain/attendance';
import type { Council } from '../domain/council';
import type { Proposal } from '../domain/proposal';
import type { Meeting, PostKind } from '../domain/meeting';
import type { Locale, Translate } from '../i18n';
import { CALENDAR_LINK_GRACE_MS, type SignedLinks } from '../services/signed-links';
import type { OutboundMessage } from '../services/ports';
import type { StoredSchedule } from '../store/schedule-repository';

/** Everything a post's text or card is made from, loaded fresh when it is sent. */
export interface PostMaterial {
  tr: Translate;
  locale: Locale;
  council: Council;
  meeting?: Meeting;
  schedule?: StoredSchedule;
  agendaItems: readonly AgendaItem[];
  /** Proposals the agenda takes up: open, parked and recently decided (feedback). */
  proposals: readonly Proposal[];
  links: SignedLinks;
  /** The January reminder's year. */
  year: number;
  /** The post went out more than an hour after it was due. */
  late: boolean;
  /** The meeting's answers, for the invitation's tally (the shared card shows no names). */
  answers: readonly MeetingAnswer[];
  /** When the post is made: the invitation takes answers until the meeting starts. */
  now: Date;
}

/** The message of one post kind, in the council's language, from the current state of its meeting. */
export function composePost(kind: PostKind, material: PostMaterial): OutboundMessage {
  const { tr, council, meeting } = material;
  if (kind === 'schedule-reminder') return { card: renderScheduleReminderCard(tr, council.unitName, material.year) };
  if (!meeting) throw new Error(`a ${kind} post needs its meeting`);
  const cardData: MeetingCardData = {
    tr,
    locale: material.locale,
    unitName: council.unitName,
    zone: council.timeZone,
    meeting,
    calendarUrl: material.links.urlFor(council.tenantId, meeting.id, new Date(meeting.endsAt.getTime() + CALENDAR_LINK_GRACE_MS)),
    teamsLink: material.schedule?.teamsLink,
    late: material.late,
  };
  const params = { time: formatMeetingTime(tr, meeting, council.timeZone, material.locale), place: formatPlace(tr, meeting) };
  // The council's people are @mentioned: a channel post alone notifies only those who follow the channel.
  const mentions = mentionsOf(councilPeople(council), tr('attendance.and'));
  const mentioning = (text: string): OutboundMessage =>
    mentions.text === '' ? { text } : { text: `${text} ${tr('attendance.to', { people: mentions.text })}`, mentions: mentions.entities };
  switch (kind) {
    case 'invitation':
    case 'invitation-update': {
      const answerable = meeting.status === 'scheduled' && material.now < meeting.startsAt;
      const answers = { council, answers: material.answers, viewer: { kind: 'everyone' as const }, answerable };
      return { card: renderInvitationCard({ ...cardData, mentions, answers }) };
    }
    case 'agenda':
      return { card: renderAgendaCard({ ...cardData, mentions, added: material.agendaItems, proposals: material.proposals }) };
    case 'reminder':
      return mentioning(tr('reminder.text', params));
    case 'start':
      return { text: tr('start.text', params) };
    case 'change':
      return mentioning(tr('change.text', params));
    case 'cancel':
      return { text: tr('cancel.text', params) };
    default:
      throw new Error(`a ${kind} post is not about a meeting`);
  }
}
