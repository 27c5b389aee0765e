import { meetingPostKey, plannedPosts, type Meeting, type PostKind } from '../domain/meeting';
import type { NewPost } from '../store/outbox-repository';

/**
 * The outbox rows for a meeting's current revision. A meeting whose invitation is already in the
 * channel gets the invitation card updated and a notice in its thread (`notice`) instead of a new
 * invitation; the agenda, reminder and start posts are planned again at the new time.
 */
export function meetingPostsFor(
  meeting: Meeting,
  zone: string,
  invitationLeadDays: number,
  now: Date,
  notice?: Extract<PostKind, 'change' | 'cancel'>,
): NewPost[] {
  const post = (kind: PostKind, dueAt: Date): NewPost => ({
    tenantId: meeting.tenantId,
    key: meetingPostKey(meeting.id, kind, meeting.revision),
    kind,
    councilId: meeting.councilId,
    meetingId: meeting.id,
    revision: meeting.revision,
    dueAt,
  });
  const invited = meeting.invitationActivityId !== undefined;
  const posts: NewPost[] = [];
  if (invited && notice) posts.push(post('invitation-update', now), post(notice, now));
  if (meeting.status === 'cancelled') return posts;
  for (const planned of plannedPosts(meeting, zone, invitationLeadDays)) {
    if (planned.kind === 'invitation' && invited) continue;
    posts.push(post(planned.kind, planned.dueAt));
  }
  return posts;
}
