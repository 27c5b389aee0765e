import { latePostDecision, THREAD_KINDS, type Meeting } from '../domain/meeting';
import { listAnswers } from '../store/attendance-repository';
import { findMeetingPosts } from '../store/outbox-repository';
import { renderMinutesCard } from '../cards/minutes-card';
import { readMinutesCardFacts } from '../services/minutes-context';
import { openMinutes } from '../services/minutes-opener';
import { listFeedbackProposals } from '../services/proposal-feedback';
import { setMinutesCard } from '../store/minutes-repository';
import { findMeeting, findSchedule, listAgendaItems, setInvitationActivity } from '../store/schedule-repository';
import { composePost } from './post-composer';
import { endPost, type PlanContext, type PostPlan } from './post-plan';

/** A thread post waits this long for its invitation to be posted first. */
export const THREAD_WAIT_MS = 30_000;

/**
 * Plans a meeting's post (or the January reminder): superseded → dropped, too late → skipped, a
 * thread post before its invitation → wait; otherwise the message, composed from the current state.
 */
export async function planMeetingPost(ctx: PlanContext): Promise<PostPlan> {
  const { db, clock, post, council } = ctx;
  let meeting: Meeting | undefined;
  if (post.meetingId) {
    meeting = await findMeeting(db, post.tenantId, post.meetingId);
    if (!meeting) return endPost('failed', 'meeting not found');
    if (post.revision !== meeting.revision) return endPost('dropped', 'superseded by a later change');
    if (meeting.status === 'cancelled' && post.kind !== 'invitation-update' && post.kind !== 'cancel') return endPost('dropped', 'meeting cancelled');
    if (latePostDecision(post.kind, meeting, clock.now()) === 'tooLate') return endPost('skipped', 'too late: the meeting has started or passed');
  }

  let replyToActivityId: string | undefined;
  if (meeting && (THREAD_KINDS.has(post.kind) || post.kind === 'invitation-update')) {
    replyToActivityId = meeting.invitationActivityId;
    if (!replyToActivityId) {
      const [invitation] = await findMeetingPosts(db, post.tenantId, meeting.id, 'invitation');
      if (invitation && (invitation.status === 'pending' || invitation.status === 'sending')) {
        return { action: 'wait', ms: THREAD_WAIT_MS, reason: 'waiting for the invitation' };
      }
      if (post.kind === 'invitation-update') return endPost('dropped', 'no invitation to update');
      // The invitation never made it (failed or skipped): post at the top of the channel instead.
    }
  }

  // A January reminder's key is schedule-reminder:<council>:<year>:<week>; meeting posts do not use the year.
  const year = post.kind === 'schedule-reminder' ? Number(post.key.split(':')[2]) : 0;
  const message = composePost(post.kind, {
    tr: ctx.tr,
    locale: ctx.locale,
    council,
    meeting,
    year,
    links: ctx.links,
    schedule: meeting ? await findSchedule(db, post.tenantId, council.id, meeting.year) : undefined,
    agendaItems: meeting && post.kind === 'agenda' ? await listAgendaItems(db, post.tenantId, meeting.id) : [],
    proposals: meeting && post.kind === 'agenda' ? await listFeedbackProposals(db, council, meeting.startsAt, clock.now()) : [],
    late: clock.now().getTime() - post.dueAt.getTime() > 3_600_000,
    answers: meeting && (post.kind === 'invitation' || post.kind === 'invitation-update') ? await listAnswers(db, post.tenantId, meeting.id) : [],
    now: clock.now(),
  });
  if (post.kind === 'start' && meeting) {
    // "Mötet börjar": the minutes card comes with it, in the invitation's thread, for the council to fill in.
    const minutes = await openMinutes({ db, clock, council, meeting, byName: ctx.tr('app.name') });
    const facts = await readMinutesCardFacts({ db, clock, links: ctx.links, council, minutes, writing: false });
    const card = renderMinutesCard({ tr: ctx.tr, locale: ctx.locale, council, minutes, view: 'reader', ...facts });
    message.text = `${message.text ?? ''} ${ctx.tr('minutes.start.text')}`;
    message.card = card;
    return {
      action: 'send',
      target: { reference: ctx.channel.reference, replyToActivityId },
      message,
      limitKey: replyToActivityId ? `${council.channelId};messageid=${replyToActivityId}` : council.channelId,
      afterSent: async (tx, activityId) => {
        if (activityId) await setMinutesCard(tx, post.tenantId, minutes.id, activityId);
      },
    };
  }
  const update = post.kind === 'invitation-update';
  const threadRoot = update ? undefined : replyToActivityId;
  return {
    action: 'send',
    target: { reference: ctx.channel.reference, replyToActivityId: threadRoot },
    message,
    limitKey: threadRoot ? `${council.channelId};messageid=${threadRoot}` : council.channelId,
    updateActivityId: update ? meeting?.invitationActivityId : undefined,
    afterSent:
      post.kind === 'invitation' && meeting
        ? async (tx, activityId) => {
            if (activityId) await setInvitationActivity(tx, post.tenantId, meeting.id, activityId);
          }
        : undefined,
  };
}
