import { assessAction } from './assessment-actions';
import { answerMeetingAction, refreshMeeting, setRemindersAction } from './meeting-actions';
import type { CardAction } from './card-action';
import { editCouncil, saveCouncilAction, showCouncil, startCouncil } from './council-actions';
import {
  approveMinutesAction,
  correctMinutesAction,
  openMinutesCorrection,
  refreshMinutes,
  requestMinutesChange,
  saveMinutesAction,
} from './minutes-actions';
import {
  openProposalForm,
  refreshProposal,
  reopenProposalAction,
  submitProposalAction,
  supportProposalAction,
  triageProposalAction,
} from './proposal-actions';
import { addScheduleRow, openSchedule, reproposeSchedule, saveScheduleAction, showSchedule } from './schedule-actions';

/** Every `Action.Execute` verb the bot answers, each to its typed handler. */
export const cardActions = {
  'council.start': startCouncil,
  'council.save': saveCouncilAction,
  'council.edit': editCouncil,
  'council.show': showCouncil,
  'schedule.open': openSchedule,
  'schedule.save': saveScheduleAction,
  'schedule.addRow': addScheduleRow,
  'schedule.propose': reproposeSchedule,
  'schedule.show': showSchedule,
  'proposal.form': openProposalForm,
  'proposal.submit': submitProposalAction,
  'proposal.support': supportProposalAction,
  'proposal.triage': triageProposalAction,
  'proposal.reopen': reopenProposalAction,
  'proposal.refresh': refreshProposal,
  'minutes.save': saveMinutesAction,
  'minutes.approve': approveMinutesAction,
  'minutes.requestChange': requestMinutesChange,
  'minutes.refresh': refreshMinutes,
  'minutes.correct.open': openMinutesCorrection,
  'minutes.correct': correctMinutesAction,
  'followUp.assess': assessAction,
  'meeting.answer': answerMeetingAction,
  'meeting.refresh': refreshMeeting,
  'reminders.set': setRemindersAction,
} satisfies Record<string, CardAction>;

/** A verb the bot answers. */
export type Verb = keyof typeof cardActions;

/** Narrows a string to a known verb. */
export function isVerb(verb: string): verb is Verb {
  return Object.hasOwn(cardActions, verb);
}
