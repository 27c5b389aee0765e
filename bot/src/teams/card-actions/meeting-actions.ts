import { z } from 'zod';
import { renderInvitationCard } from '../../cards/meeting-cards';
import { mentionsOf } from '../../cards/mentions';
import { renderPersonalReminderCard } from '../../cards/personal-reminder-card';
import type { AdaptiveCard } from '../../cards/render';
import { councilPeople } from '../../domain/attendance';
import type { Council } from '../../domain/council';
import { NotFoundError } from '../../domain/errors';
import { ATTENDANCE_ANSWERS } from '../../domain/vocabulary';
import { answerInvitation } from '../../services/invitation-answerer';
import { readInvitation } from '../../services/invitation-reader';
import { readPersonalReminder } from '../../services/personal-reminder-reader';
import { setOwnPersonalReminders } from '../../services/personal-reminders-setter';
import { CALENDAR_LINK_GRACE_MS } from '../../services/signed-links';
import { findCouncilById } from '../../store/council-repository';
import { findMeeting } from '../../store/schedule-repository';
import { defineCardAction, type CardActionContext } from './card-action';

const MeetingRefSchema = z.object({ meetingId: z.uuid() });

/** `meeting.answer` data: the meeting, and one of the three answers (anything else is refused). */
export const MeetingAnswerInputSchema = MeetingRefSchema.extend({ answer: z.enum(ATTENDANCE_ANSWERS) });

/**
 * `meeting.answer`: "Jag kommer" / "Jag deltar digitalt" / "Jag kan inte". The presser gets the card
 * with their answer marked at once (the invoke's answer); the shared card's tally follows through the
 * outbox, coalesced. Pressing the same answer again, or Teams delivering the press twice, changes nothing.
 */
export const answerMeetingAction = defineCardAction(MeetingAnswerInputSchema, async (ctx, data) => {
  const council = await councilOfMeeting(ctx, data.meetingId);
  await answerInvitation({ db: ctx.deps.db, clock: ctx.deps.clock, actor: ctx.actor, council, meetingId: data.meetingId, answer: data.answer });
  return invitationFor(ctx, council, data.meetingId);
});

/** `meeting.refresh`: Teams asks for the invitation as this person should see it (their answer; managers: who answered). */
export const refreshMeeting = defineCardAction(MeetingRefSchema, async (ctx, data) => {
  const council = await councilOfMeeting(ctx, data.meetingId);
  return invitationFor(ctx, council, data.meetingId);
});

/** `reminders.set` data: the reminder's meeting and whether personal reminders should be on; card data sends strings. */
export const RemindersSetInputSchema = MeetingRefSchema.extend({ on: z.preprocess((v) => v === true || v === 'true', z.boolean()) });

/**
 * `reminders.set`: "Stäng av personliga påminnelser" (or on again) on the personal reminder. Changes
 * only the presser's own setting, whatever the card says, and answers the reminder with the new state.
 */
export const setRemindersAction = defineCardAction(RemindersSetInputSchema, async (ctx, data) => {
  const council = await councilOfMeeting(ctx, data.meetingId);
  const { db, clock } = ctx.deps;
  await setOwnPersonalReminders({ db, clock, actor: ctx.actor, on: data.on });
  const facts = await readPersonalReminder({ db, council, meetingId: data.meetingId, aadObjectId: ctx.actor.aadObjectId });
  return renderPersonalReminderCard({
    tr: ctx.tr,
    locale: ctx.locale,
    unitName: council.unitName,
    zone: council.timeZone,
    meeting: facts.meeting,
    calendarUrl: ctx.deps.links().urlFor(council.tenantId, facts.meeting.id, new Date(facts.meeting.endsAt.getTime() + CALENDAR_LINK_GRACE_MS)),
    joinUrl: facts.joinUrl,
    answer: facts.answer,
    remindersOn: data.on,
    notice: ctx.tr(data.on ? 'personal.reminder.turnedOn' : 'personal.reminder.turnedOff'),
  });
});

/** The invitation card as the actor should see it, from the stored state. */
async function invitationFor(ctx: CardActionContext, council: Council, meetingId: string): Promise<AdaptiveCard> {
  const { db, clock } = ctx.deps;
  const view = await readInvitation({ db, actor: ctx.actor, council, meetingId });
  const { meeting } = view;
  const mentions = mentionsOf(councilPeople(council), ctx.tr('attendance.and'));
  return renderInvitationCard({
    tr: ctx.tr,
    locale: ctx.locale,
    unitName: council.unitName,
    zone: council.timeZone,
    meeting,
    calendarUrl: ctx.deps.links().urlFor(council.tenantId, meeting.id, new Date(meeting.endsAt.getTime() + CALENDAR_LINK_GRACE_MS)),
    teamsLink: view.teamsLink,
    mentions,
    answers: {
      council,
      answers: view.answers,
      viewer: { kind: 'person', aadObjectId: ctx.actor.aadObjectId, manager: view.seesNames },
      answerable: meeting.status === 'scheduled' && clock.now() < meeting.startsAt,
      unreachable: view.unreachable,
      unmentioned: view.seesNames ? mentions.unmentioned : [],
    },
  });
}

/** The council of the meeting the card is about, reloaded in the actor's tenant (never from card data). */
async function councilOfMeeting(ctx: CardActionContext, meetingId: string): Promise<Council> {
  const meeting = await findMeeting(ctx.deps.db, ctx.actor.tenantId, meetingId);
  const council = meeting && (await findCouncilById(ctx.deps.db, ctx.actor.tenantId, meeting.councilId));
  if (!council) throw new NotFoundError('attendance.meetingGone');
  return council;
}
