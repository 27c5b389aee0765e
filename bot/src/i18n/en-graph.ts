import type { svGraph } from './sv-graph';

/** English strings of Microsoft Graph: the team's people and the team's group calendar. */
export const enGraph: Record<keyof typeof svGraph, string> = {
  'graph.consentRequired':
    'Quality council may not use the team calendar and member list in Microsoft 365 yet. The invitations in the channel carry calendar files (.ics) as usual, so no meeting is lost. Choose "Give Kvalitetsråd access to the calendar" and approve in the window that opens – or ask an administrator to approve the app for the whole organisation.',
  'graph.unavailable':
    'Microsoft 365 is not answering right now, so the team calendar could not be updated. The invitations in the channel carry calendar files (.ics) as usual. Try again in a while.',
  'graph.off':
    'The team calendar in Microsoft 365 is not turned on for Quality council. The invitations in the channel carry calendar files (.ics) to add to your calendar.',
  'graph.refused':
    'Microsoft 365 did not let you change the team calendar or read its members. Check that you are a member of the team. The invitations in the channel carry calendar files (.ics) as usual.',
  'graph.teamUnknown': 'The app does not know which Microsoft 365 team the channel belongs to. Add the app to the team again and try again.',
  'graph.event.agenda': "The agenda is in the invitation's thread in the channel:",
  'graph.event.agendaLink': 'Open the invitation',
  'graph.event.agendaLater': 'The invitation and the agenda come in the Kvalitetsråd channel.',
  'graph.calendarOutOfStep':
    'The team calendar no longer shows {count} of the meetings as they are now. Open the Kvalitetsråd tab and choose "Put the year\'s meetings in the team calendar".',
  'forbidden.readTeam': "Only the council's members and unit managers can see the team's members and calendar here.",
};
