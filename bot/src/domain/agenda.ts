/**
 * Dagordning: the standing agenda of every meeting (docs/domain.md#the-agenda): participants' own items
 * first, then follow-up, ongoing works, new proposals, feedback from management, deviations and
 * comments in aggregate, report back to APT, other. Keys of the i18n tables.
 */
export const STANDING_AGENDA = [
  'agenda.ownItems',
  'agenda.followUp',
  'agenda.ongoingWorks',
  'agenda.newProposals',
  'agenda.feedback',
  'agenda.deviations',
  'agenda.apt',
  'agenda.other',
] as const;

/** A standing agenda item's key. */
export type StandingAgendaKey = (typeof STANDING_AGENDA)[number];

/** An item added to one meeting's agenda after the invitation. */
export interface AgendaItem {
  id: string;
  meetingId: string;
  text: string;
  addedAt: Date;
}
