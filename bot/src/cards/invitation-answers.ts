import { councilPeople, isCurrentAnswer, tallyAnswers, type MeetingAnswer } from '../domain/attendance';
import type { Council, Person } from '../domain/council';
import type { Meeting } from '../domain/meeting';
import { ATTENDANCE_ANSWERS, type AttendanceAnswer } from '../domain/vocabulary';
import type { Translate } from '../i18n';

/** Teams refreshes a card for at most 60 users (`refresh.userIds`); the council is 6–10 people. */
export const REFRESH_USER_LIMIT = 60;

/** Who a card is rendered for: everyone (the shared card), or one person (their own view). */
export type AnswerViewer = { kind: 'everyone' } | { kind: 'person'; aadObjectId: string; manager: boolean };

/** What the invitation card shows about answers, and for whom. */
export interface InvitationAnswersData {
  tr: Translate;
  council: Council;
  meeting: Meeting;
  answers: readonly MeetingAnswer[];
  viewer: AnswerViewer;
  /** The meeting still takes answers (not cancelled, not started). */
  answerable: boolean;
  /** Names of council people the bot could not reach in personal chat (shown to managers). */
  unreachable?: readonly string[];
  /** Council people named without a mention (no Teams id known; shown to managers). */
  unmentioned?: readonly Person[];
}

/** The template fields of the invitation's answers part. */
export interface InvitationAnswerFields {
  tally?: string;
  own?: string;
  confirm?: string;
  who?: { title: string; value: string }[];
  answers: { meetingId: string; answer: AttendanceAnswer; title: string; style: string }[];
  refreshUserIds?: string[];
}

const names = (people: readonly Pick<Person, 'name'>[]): string => people.map((p) => p.name).join(', ');

/**
 * The answers part of an invitation: the tally everyone sees, the viewer's own answer marked on its
 * button, and for managers who answered what, who has not, and who cannot be reached personally.
 * Names never appear on the shared card (docs/domain.md#privacy).
 */
export function invitationAnswerFields(data: InvitationAnswersData): InvitationAnswerFields {
  const { tr, council, meeting, answers, viewer } = data;
  if (meeting.status === 'cancelled') return { answers: [] };
  const tally = tallyAnswers(council, meeting, answers);
  const tallyText =
    tr('attendance.tally', { ...tally }) +
    (tally.guests > 0 ? tr('attendance.tally.guests', { count: tally.guests }) : '') +
    (tally.toConfirm > 0 ? tr('attendance.tally.toConfirm', { count: tally.toConfirm }) : '');
  const mine = viewer.kind === 'person' ? answers.find((a) => a.person.aadObjectId === viewer.aadObjectId) : undefined;
  const own = mine && isCurrentAnswer(mine, meeting) ? mine.answer : undefined;
  const people = councilPeople(council);
  const refreshUserIds = people
    .map((p) => p.teamsUserId)
    .filter((id) => id !== '')
    .slice(0, REFRESH_USER_LIMIT);
  return {
    tally: tallyText,
    own: own ? tr(`attendance.own.${own}`) : undefined,
    confirm: mine && !own ? tr('attendance.confirm') : undefined,
    who: viewer.kind === 'person' && viewer.manager ? whoAnswered(data) : undefined,
    answers: data.answerable
      ? ATTENDANCE_ANSWERS.map((answer) => ({
          meetingId: meeting.id,
          answer,
          title: `${own === answer ? '✓ ' : ''}${tr(`attendance.answer.${answer}`)}`,
          style: own === answer ? 'positive' : 'default',
        }))
      : [],
    refreshUserIds: data.answerable && refreshUserIds.length > 0 ? refreshUserIds : undefined,
  };
}

/** The managers' view: names per answer, the unanswered, those to confirm, the unreachable. */
function whoAnswered(data: InvitationAnswersData): { title: string; value: string }[] {
  const { tr, council, meeting, answers } = data;
  const current = answers.filter((a) => isCurrentAnswer(a, meeting));
  const answeredIds = new Set(current.map((a) => a.person.aadObjectId));
  const stale = answers.filter((a) => !isCurrentAnswer(a, meeting)).map((a) => a.person);
  const rows: { title: string; value: string }[] = [];
  for (const answer of ATTENDANCE_ANSWERS) {
    const who = current.filter((a) => a.answer === answer).map((a) => a.person);
    if (who.length > 0) rows.push({ title: tr(`attendance.who.${answer}`), value: names(who) });
  }
  const unanswered = councilPeople(council).filter((p) => !answeredIds.has(p.aadObjectId) && !stale.some((s) => s.aadObjectId === p.aadObjectId));
  if (stale.length > 0) rows.push({ title: tr('attendance.who.toConfirm'), value: names(stale) });
  if (unanswered.length > 0) rows.push({ title: tr('attendance.who.unanswered'), value: names(unanswered) });
  if (data.unreachable && data.unreachable.length > 0) rows.push({ title: tr('attendance.who.unreachable'), value: data.unreachable.join(', ') });
  if (data.unmentioned && data.unmentioned.length > 0) rows.push({ title: tr('attendance.who.unmentioned'), value: names(data.unmentioned) });
  return rows;
}
