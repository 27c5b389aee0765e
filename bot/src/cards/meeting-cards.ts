import type { AgendaItem } from '../domain/agenda';
import { STANDING_AGENDA } from '../domain/agenda';
import type { Meeting } from '../domain/meeting';
import type { Proposal } from '../domain/proposal';
import type { Locale, MessageKey, Translate } from '../i18n';
import { formatDate } from '../domain/date-format';
import { formatMeetingTime, formatPlace } from './meeting-format';
import { invitationAnswerFields, type InvitationAnswersData } from './invitation-answers';
import { withMentions, type Mentions } from './mentions';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import agendaJson from './templates/meeting-agenda.json';
import invitationJson from './templates/meeting-invitation.json';

const invitationTemplate = compileTemplate(invitationJson);
const agendaTemplate = compileTemplate(agendaJson);

/** What an invitation or agenda card shows about its meeting. */
export interface MeetingCardData {
  tr: Translate;
  locale: Locale;
  unitName: string;
  zone: string;
  meeting: Meeting;
  /** The signed link to the meeting's `.ics`. */
  calendarUrl: string;
  /** A standing Teams meeting link, when the schedule has one. */
  teamsLink?: string;
  /** The invitation went out after its due time. */
  late?: boolean;
  /** The people the post is for, @mentioned so Teams notifies them ("Till: …"). */
  mentions?: Mentions;
}

/** An invitation with its answers: the three buttons, the tally and, per viewer, their own answer. */
export type InvitationCardData = MeetingCardData & { answers?: Omit<InvitationAnswersData, 'tr' | 'meeting'> };

/** "Till: <at>Anna</at>, …" when the post mentions anyone. */
const toLine = (tr: Translate, mentions?: Mentions): string | undefined =>
  mentions && mentions.text !== '' ? tr('attendance.to', { people: mentions.text }) : undefined;

function numbered(lines: readonly string[]): string {
  return lines.map((line, i) => `${i + 1}. ${line}`).join('\n');
}

/** Kallelse: the invitation, as first posted and as updated in place after a move or cancellation. */
export function renderInvitationCard(data: InvitationCardData): AdaptiveCard {
  const { tr, meeting, zone, locale } = data;
  const cancelled = meeting.status === 'cancelled';
  const changed = !cancelled && meeting.revision > 1 && meeting.invitationActivityId !== undefined;
  const date = formatDate(meeting.startsAt, zone, locale);
  const title = cancelled ? 'invitation.title.cancelled' : changed ? 'invitation.title.changed' : 'invitation.title';
  const answers = data.answers ? invitationAnswerFields({ tr, meeting, ...data.answers }) : { answers: [] };
  const card = renderTemplate(invitationTemplate, {
    ...answers,
    meetingId: meeting.id,
    to: cancelled ? undefined : toLine(tr, data.mentions),
    title: tr(title, { unit: data.unitName }),
    titleColor: cancelled ? 'Attention' : 'Default',
    status: cancelled ? tr('invitation.cancelled', { date }) : changed ? tr('invitation.changed') : undefined,
    late: data.late && !cancelled ? tr('invitation.late', { date }) : undefined,
    cancelled,
    labels: {
      when: tr('invitation.when'),
      place: tr('invitation.place'),
      digital: tr('invitation.digital'),
      agenda: tr('invitation.agenda'),
      calendar: tr('invitation.calendar'),
      join: tr('invitation.join'),
    },
    when: formatMeetingTime(tr, meeting, zone, locale),
    place: formatPlace(tr, meeting),
    digital: meeting.online ? tr(data.teamsLink ? 'invitation.digital.link' : 'invitation.digital.noLink') : undefined,
    purpose: tr('invitation.purpose'),
    agenda: numbered(STANDING_AGENDA.map((key) => tr(key))),
    ownItems: tr('invitation.ownItems'),
    calendarUrl: data.calendarUrl,
    joinUrl: meeting.online && data.teamsLink && !cancelled ? data.teamsLink : undefined,
  });
  return cancelled ? card : withMentions(card, data.mentions?.entities ?? []);
}

/**
 * Dagordning: posted in the invitation's thread a week before, with the items added since and the
 * proposals to take up: open ones with their support, decided ones as feedback (återkoppling).
 */
export function renderAgendaCard(data: MeetingCardData & { added: readonly AgendaItem[]; proposals?: readonly Proposal[] }): AdaptiveCard {
  const { tr, meeting, zone, locale } = data;
  const proposals = (data.proposals ?? []).map((p) =>
    p.status === 'open'
      ? `- ${tr('agenda.proposal.open', { number: p.number, title: p.title, count: p.supportCount })}`
      : `- ${tr('agenda.proposal.decided', { number: p.number, title: p.title, status: tr(`proposal.status.${p.status}` as MessageKey) })}`,
  );
  const card = renderTemplate(agendaTemplate, {
    to: toLine(tr, data.mentions),
    title: tr('agenda.title', { date: formatDate(meeting.startsAt, zone, locale) }),
    intro: tr('agenda.intro', { time: formatMeetingTime(tr, meeting, zone, locale), place: formatPlace(tr, meeting) }),
    agenda: numbered(STANDING_AGENDA.map((key) => tr(key))),
    labels: { added: tr('agenda.added'), proposals: tr('agenda.proposals') },
    proposals: proposals.length > 0 ? proposals.join('\n') : undefined,
    added: data.added.length > 0 ? data.added.map((item) => `- ${item.text}`).join('\n') : undefined,
  });
  return withMentions(card, data.mentions?.entities ?? []);
}
