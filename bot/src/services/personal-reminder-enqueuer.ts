import { personalReminderRecipients } from '../domain/attendance';
import { MORNING } from '../domain/meeting';
import { listAnswersOfMeetings, personalRemindersOffAmong } from '../store/attendance-repository';
import { listCouncilsByIds } from '../store/council-repository';
import type { Db } from '../store/db';
import { enqueuePersonalMeetingPosts, type PersonalMeetingPost } from '../store/outbox-repository';
import { listMeetingsDueForPersonalReminders } from '../store/schedule-repository';

/**
 * The personal reminder the day before (docs/domain.md#invitations-agendas-and-reminders): from 08:00
 * local time the day before a meeting, one post per recipient to their personal chat with the bot, for
 * every meeting due, in one pass of a few statements whatever the number of councils. Who gets one is
 * the domain's rule (`personalReminderRecipients`): those who come, in person or digitally, and those
 * who have not answered; never those who cannot come or turned personal reminders off. The key makes
 * each person's reminder once per meeting revision, across restarts and instances. Returns how many
 * were new.
 */
export async function enqueuePersonalReminders(db: Db, now: Date): Promise<number> {
  const meetings = await listMeetingsDueForPersonalReminders(db, now, MORNING);
  if (meetings.length === 0) return 0;
  const [councils, answers] = await Promise.all([
    listCouncilsByIds(db, [...new Set(meetings.map((m) => m.councilId))]),
    listAnswersOfMeetings(
      db,
      meetings.map((m) => m.id),
    ),
  ]);
  const councilOf = new Map(councils.map((c) => [c.id, c]));
  const answersOf = new Map<string, typeof answers>();
  for (const a of answers) {
    const list = answersOf.get(a.meetingId);
    if (list) list.push(a);
    else answersOf.set(a.meetingId, [a]);
  }
  const candidates = meetings.flatMap((meeting) => {
    const council = councilOf.get(meeting.councilId);
    if (!council) return [];
    return personalReminderRecipients(council, meeting, answersOf.get(meeting.id) ?? [], new Set()).map((person) => ({ meeting, person }));
  });
  const off = await personalRemindersOffAmong(
    db,
    candidates.map((c) => ({ tenantId: c.meeting.tenantId, aadObjectId: c.person.aadObjectId })),
  );
  const posts: PersonalMeetingPost[] = candidates
    .filter((c) => !off.has(`${c.meeting.tenantId}/${c.person.aadObjectId}`))
    .map(({ meeting, person }) => ({
      meetingId: meeting.id,
      revision: meeting.revision,
      recipientAadObjectId: person.aadObjectId,
    }));
  return enqueuePersonalMeetingPosts(db, 'personal-reminder', posts, now);
}
