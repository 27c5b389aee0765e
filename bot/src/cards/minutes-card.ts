import { councilPeople } from '../domain/attendance';
import type { Council } from '../domain/council';
import { ATTENDANCE_MODES, attendanceLists } from '../domain/minutes-attendance';
import { MINUTES_FIELD_MAX, MinutesFields, type Minutes, type MinutesContext, type MinutesField } from '../domain/minutes';
import type { Locale, MessageKey, Translate } from '../i18n';
import { formatDateTime } from '../domain/date-format';
import { compileTemplate, renderTemplate, type AdaptiveCard } from './render';
import templateJson from './templates/minutes.json';

const template = compileTemplate(templateJson);

/** A section in the read-only card is cut here; "Visa allt" opens the whole minutes. */
const RECORD_FIELD_MAX = 1200;

/** The prefix of each person's attendance input on the card: `attendance.<Entra object id>`. */
export const ATTENDANCE_INPUT_PREFIX = 'attendance.';

/** Who the card is for: a council member (writes), a manager (also approves), or a reader. */
export type MinutesCardView = 'member' | 'manager' | 'reader';

/** What a minutes card shows. */
export interface MinutesCardData {
  tr: Translate;
  locale: Locale;
  council: Council;
  minutes: Minutes;
  view: MinutesCardView;
  context?: MinutesContext;
  /** A message at the top (saved, merged, conflict, refusal) and how it is coloured. */
  notice?: { text: string; tone: 'good' | 'warning' | 'attention' };
  /** What the saver typed in sections that conflicted, shown above them so nothing is lost. */
  mine?: Partial<Record<MinutesField, string>>;
  /** A manager correcting approved minutes: the editor, with a reason, saving a correction. */
  correcting?: boolean;
  /** What the manager typed as the reason (a refused correction or change request keeps it). */
  reason?: string;
  /** Corrections made since approval, oldest first. */
  corrections?: readonly { version: number; byName: string; at: Date; reason: string }[];
  /** Signed links to the whole minutes (Word and a web page), once there is something to read. */
  links?: { download: string; showAll: string };
}

/**
 * Mötesanteckningar as one card in the channel. While a draft, the council's people get their own
 * view through `refresh.userIds`: members write (Spara), managers also approve (Godkänn, Begär
 * ändring); everyone else reads. Approved minutes are a locked record with who approved them and when.
 */
export function renderMinutesCard(data: MinutesCardData): AdaptiveCard {
  const { tr, minutes: m, council } = data;
  const draft = m.status === 'draft';
  const correcting = !draft && data.view === 'manager' && data.correcting === true;
  const editing = (draft && data.view !== 'reader') || correcting;
  const date = (d: Date) => formatDateTime(d, council.timeZone, data.locale);
  const people = councilPeople(council);
  const attended = attendanceLists(people, m.content.attendance);
  const names = (list: readonly { name: string }[]) => list.map((p) => p.name);
  const modeChoices = ATTENDANCE_MODES.map((mode) => ({ title: tr(`minutes.attendance.${mode}`), value: mode }));
  const label = (f: MinutesField) => tr(`field.${f}` as MessageKey);
  const ids = { minutesId: m.id, version: String(m.version) };
  const open = draft && data.view === 'reader' ? [{ ...ids, title: tr('minutes.open'), verb: 'minutes.refresh', style: 'default' }] : [];
  const correctAction =
    !draft && data.view === 'manager'
      ? [
          correcting
            ? { ...ids, title: tr('minutes.correct.save'), verb: 'minutes.correct', style: 'positive' }
            : { ...ids, title: tr('minutes.correct.open'), verb: 'minutes.correct.open', style: 'default' },
        ]
      : [];
  const actions = !draft
    ? correctAction
    : !editing
      ? open
      : [
          { ...ids, title: tr('minutes.save'), verb: 'minutes.save', style: 'positive' },
          ...(data.view === 'manager'
            ? [
                { ...ids, title: tr('minutes.approve'), verb: 'minutes.approve', style: 'default' },
                { ...ids, title: tr('minutes.requestChange'), verb: 'minutes.requestChange', style: 'default' },
              ]
            : []),
        ];
  const cut = (text: string) => (text.length > RECORD_FIELD_MAX ? `${text.slice(0, RECORD_FIELD_MAX).trimEnd()} …` : text);
  return renderTemplate(template, {
    minutesId: m.id,
    refreshUserIds: draft
      ? council.managers
          .concat(council.members)
          .map((p) => p.teamsUserId)
          .slice(0, 60)
      : undefined,
    title: tr('minutes.title', { unit: council.unitName }),
    when: m.meetingId ? date(m.heldAt) : `${tr('minutes.extra')}, ${date(m.heldAt)}`,
    status: draft
      ? tr('minutes.status.draft', { version: m.version })
      : tr('minutes.status.approved', { name: m.approvedByName ?? '', date: date(m.approvedAt ?? m.updatedAt) }),
    statusColor: draft ? 'Accent' : 'Good',
    notice: data.notice?.text ?? (correcting ? tr('minutes.correct.intro') : undefined),
    noticeColor: { good: 'Good', warning: 'Warning', attention: 'Attention' }[data.notice?.tone ?? 'good'],
    context: editing && data.context ? contextOf(tr, data.context, date) : undefined,
    editor: editing
      ? {
          privacy: tr('minutes.privacy'),
          attendanceLabel: tr('minutes.attendance'),
          people: people.map((p) => ({
            inputId: `${ATTENDANCE_INPUT_PREFIX}${p.aadObjectId}`,
            name: p.name,
            mode: m.content.attendance[p.aadObjectId] ?? '',
            unset: tr('minutes.attendance.unset'),
            choices: modeChoices,
          })),
          fields: MinutesFields.map((f) => ({
            name: f,
            label: label(f),
            value: m.content.fields[f],
            max: MINUTES_FIELD_MAX,
            placeholder: f === 'newWorks' ? tr('minutes.placeholder.newWorks') : '',
            mine: data.mine?.[f] !== undefined ? `${tr('minutes.yourText', { field: label(f) })}: ${data.mine[f]}` : undefined,
          })),
        }
      : undefined,
    record: editing
      ? undefined
      : {
          presentLabel: tr('field.present'),
          present:
            [...names(attended.present), ...names(attended.digital).map((name) => tr('minutes.attendance.digitalName', { name }))].join(', ') ||
            tr('minutes.empty'),
          absentLabel: tr('minutes.document.absent'),
          absent: names(attended.absent).join(', ') || tr('minutes.empty'),
          fields: MinutesFields.map((f) => ({ label: label(f), value: cut(m.content.fields[f]) || tr('minutes.empty') })),
        },
    manager:
      editing && data.view === 'manager'
        ? { reasonLabel: tr(correcting ? 'minutes.correct.reason' : 'minutes.changeReason'), reason: data.reason ?? '' }
        : undefined,
    corrections:
      data.corrections && data.corrections.length > 0
        ? data.corrections.map((c) => ({
            text: tr('minutes.correction', { name: c.byName, date: date(c.at), version: c.version, reason: c.reason }),
          }))
        : undefined,
    actions,
    links: data.links ? { ...data.links, downloadTitle: tr('minutes.download'), showAllTitle: tr('minutes.showAll') } : undefined,
  });
}

function contextOf(tr: Translate, c: MinutesContext, date: (d: Date) => string) {
  const list = (items: readonly string[]) => (items.length > 0 ? items.slice(0, 10).join('\n') : tr('minutes.context.none'));
  const facts = [
    ...(c.previous
      ? [
          {
            title: tr('minutes.context.previousDecisions', { date: date(c.previous.heldAt) }),
            value: c.previous.decisions.slice(0, 600) || tr('minutes.empty'),
          },
        ]
      : []),
    { title: tr('minutes.context.openProposals'), value: list(c.openProposals) },
    { title: tr('minutes.context.ongoingWorks'), value: list(c.ongoingWorks) },
    ...(c.nextMeeting ? [{ title: tr('minutes.context.nextMeeting'), value: date(c.nextMeeting) }] : []),
  ];
  return { heading: tr('minutes.context'), facts };
}
