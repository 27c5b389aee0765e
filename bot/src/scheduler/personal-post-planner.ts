import { renderPersonalReminderCard } from '../cards/personal-reminder-card';
import { councilPeople, isCurrentAnswer } from '../domain/attendance';
import { CALENDAR_LINK_GRACE_MS } from '../services/signed-links';
import { clearReachFailure, listAnswers, personalRemindersOff, recordReachFailure } from '../store/attendance-repository';
import { readPersonalReminder } from '../services/personal-reminder-reader';
import { findMeeting } from '../store/schedule-repository';
import { endPost, type PlanContext, type PostPlan } from './post-plan';

/**
 * Plans one person's day-before reminder in their personal chat with the bot. Decided again at send
 * time: a meeting moved or cancelled since, a person who has since said they cannot come, turned
 * personal reminders off or left the council (and is no guest who said they come) gets nothing. Where
 * Teams will not open the chat (the app is not installed for the person: 403), the post ends skipped,
 * the reason is recorded, and the channel mention still reaches them.
 */
export async function planPersonalPost(ctx: PlanContext): Promise<PostPlan> {
  const { db, post, council, clock } = ctx;
  if (!post.meetingId || !post.recipientAadObjectId) return endPost('failed', 'a personal reminder needs its meeting and person');
  const recipientId = post.recipientAadObjectId;
  const meeting = await findMeeting(db, post.tenantId, post.meetingId);
  if (!meeting) return endPost('failed', 'meeting not found');
  if (post.revision !== meeting.revision || meeting.status === 'cancelled') return endPost('dropped', 'superseded by a later change');
  if (clock.now() >= meeting.startsAt) return endPost('skipped', 'too late: the meeting has started');
  const answers = await listAnswers(db, post.tenantId, meeting.id);
  const current = answers.find((a) => a.person.aadObjectId === recipientId && isCurrentAnswer(a, meeting));
  const person =
    councilPeople(council).find((p) => p.aadObjectId === recipientId) ?? (current && current.answer !== 'declined' ? current.person : undefined);
  if (!person) return endPost('dropped', 'no longer on the council');
  if (current?.answer === 'declined') return endPost('dropped', 'said they cannot come');
  if ((await personalRemindersOff(db, post.tenantId, [recipientId])).size > 0) return endPost('dropped', 'personal reminders turned off');

  const facts = await readPersonalReminder({ db, council, meetingId: meeting.id, aadObjectId: person.aadObjectId });
  const card = renderPersonalReminderCard({
    tr: ctx.tr,
    locale: ctx.locale,
    unitName: council.unitName,
    zone: council.timeZone,
    meeting,
    calendarUrl: ctx.links.urlFor(council.tenantId, meeting.id, new Date(meeting.endsAt.getTime() + CALENDAR_LINK_GRACE_MS)),
    joinUrl: facts.joinUrl,
    answer: facts.answer,
    remindersOn: true,
  });
  return {
    action: 'send',
    target: { reference: ctx.channel.reference, person: { teamsUserId: person.teamsUserId, tenantId: post.tenantId } },
    message: { card },
    limitKey: `personal:${person.teamsUserId}`,
    afterSent: (tx) => clearReachFailure(tx, post.tenantId, council.id, person.aadObjectId),
    onUnreachable: (tx, status) =>
      recordReachFailure(tx, post.tenantId, council.id, {
        aadObjectId: person.aadObjectId,
        name: person.name,
        reason: `http-${status}`,
        failedAt: clock.now(),
      }),
  };
}
