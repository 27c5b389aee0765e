/*
 * The strings of "Teamets kalender" on Översikt (the year's meetings in the team's Microsoft 365 group
 * calendar, and the consent it needs), merged into the tab's string table by i18n.ts. `{name}` marks a value.
 */

/** Swedish calendar strings. */
export const svCalendar = {
  'calendar.title': 'Teamets kalender',
  'calendar.off': 'Kallelserna i kanalen har kalenderfiler (.ics) som var och en lägger till i sin kalender.',
  'calendar.noMeetings': 'Årets träffar är inte planerade än.',
  'calendar.synced': '{synced} av årets {total} träffar finns i teamets kalender.',
  'calendar.outOfStepOne': '1 träff har ändrats sedan senast – uppdatera kalendern.',
  'calendar.outOfStep': '{count} träffar har ändrats sedan senast – uppdatera kalendern.',
  'calendar.outOfStepOneMember': '1 träff har ändrats sedan senast – en enhetschef behöver uppdatera kalendern.',
  'calendar.outOfStepMember': '{count} träffar har ändrats sedan senast – en enhetschef behöver uppdatera kalendern.',
  'calendar.sync': 'Lägg in årets träffar i teamets kalender',
  'calendar.syncing': 'Lägger in träffarna…',
  'calendar.summary': 'Teamets kalender är uppdaterad: {created} skapade, {updated} uppdaterade, {cancelled} inställda, {unchanged} oförändrade.',
  'calendar.links': 'Teams-möten',
  'calendar.join': 'Teams-möte {date}',
  'calendar.noLink': '{date} (inget Teams-möte)',
  'calendar.consent': 'Ge Kvalitetsråd tillgång till kalendern',
  'calendar.consenting': 'Väntar på godkännandet…',
  'calendar.consentLocal': 'Utanför Teams kan tillgången inte ges här. Öppna fliken i Teams och försök där.',
  'calendar.consentRefused': 'Tillgången gavs inte, så teamets kalender är oförändrad. Kallelserna i kanalen har kalenderfiler (.ics) som vanligt.',
  'calendar.consentRefusedBecause':
    'Tillgången gavs inte ({reason}), så teamets kalender är oförändrad. Kallelserna i kanalen har kalenderfiler (.ics) som vanligt.',
} as const;

/** A key of the calendar strings. */
export type CalendarMessageKey = keyof typeof svCalendar;

/** English calendar strings: every Swedish key, checked by the compiler. */
export const enCalendar: Record<CalendarMessageKey, string> = {
  'calendar.title': 'Team calendar',
  'calendar.off': 'The invitations in the channel carry calendar files (.ics) for everyone to add to their own calendar.',
  'calendar.noMeetings': 'This year’s meetings are not planned yet.',
  'calendar.synced': '{synced} of this year’s {total} meetings are in the team calendar.',
  'calendar.outOfStepOne': '1 meeting has changed since last time – update the calendar.',
  'calendar.outOfStep': '{count} meetings have changed since last time – update the calendar.',
  'calendar.outOfStepOneMember': '1 meeting has changed since last time – a manager needs to update the calendar.',
  'calendar.outOfStepMember': '{count} meetings have changed since last time – a manager needs to update the calendar.',
  'calendar.sync': 'Put this year’s meetings in the team calendar',
  'calendar.syncing': 'Adding the meetings…',
  'calendar.summary': 'The team calendar is up to date: {created} created, {updated} updated, {cancelled} cancelled, {unchanged} unchanged.',
  'calendar.links': 'Teams meetings',
  'calendar.join': 'Teams meeting {date}',
  'calendar.noLink': '{date} (no Teams meeting)',
  'calendar.consent': 'Give Kvalitetsråd access to the calendar',
  'calendar.consenting': 'Waiting for the approval…',
  'calendar.consentLocal': 'Outside Teams the access cannot be given here. Open the tab in Teams and try there.',
  'calendar.consentRefused':
    'The access was not given, so the team calendar is unchanged. The invitations in the channel carry calendar files (.ics) as usual.',
  'calendar.consentRefusedBecause':
    'The access was not given ({reason}), so the team calendar is unchanged. The invitations in the channel carry calendar files (.ics) as usual.',
};
