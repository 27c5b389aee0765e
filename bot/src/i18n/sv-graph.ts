/** Swedish strings of Microsoft Graph: the team's people and the team's group calendar. */
export const svGraph = {
  'graph.consentRequired':
    'Kvalitetsråd har ännu inte tillåtelse att använda teamets kalender och medlemslista i Microsoft 365. Kallelserna i kanalen har kalenderfiler (.ics) som vanligt, så ingen träff går förlorad. Välj ”Ge Kvalitetsråd tillgång till kalendern” och godkänn i rutan som öppnas – eller be en administratör godkänna appen för hela organisationen.',
  'graph.unavailable':
    'Microsoft 365 svarar inte just nu, så teamets kalender kunde inte uppdateras. Kallelserna i kanalen har kalenderfiler (.ics) som vanligt. Försök igen om en stund.',
  'graph.off':
    'Teamets kalender i Microsoft 365 är inte påslagen för Kvalitetsråd. Kallelserna i kanalen har kalenderfiler (.ics) att lägga till i kalendern.',
  'graph.refused':
    'Microsoft 365 lät dig inte ändra teamets kalender eller läsa dess medlemmar. Kontrollera att du är med i teamet. Kallelserna i kanalen har kalenderfiler (.ics) som vanligt.',
  'graph.teamUnknown': 'Appen vet inte vilket Microsoft 365-team kanalen hör till. Lägg till appen i teamet igen och försök sedan på nytt.',
  'graph.event.agenda': 'Dagordningen finns i kallelsens tråd i kanalen:',
  'graph.event.agendaLink': 'Öppna kallelsen',
  'graph.event.agendaLater': 'Kallelsen och dagordningen kommer i kanalen Kvalitetsråd.',
  'graph.calendarOutOfStep':
    'Teamets kalender visar inte längre {count} av träffarna som de är nu. Öppna fliken Kvalitetsråd och välj ”Lägg in årets träffar i teamets kalender”.',
  'forbidden.readTeam': 'Bara kvalitetsrådets medlemmar och enhetschefer kan se teamets medlemmar och kalender här.',
} as const;
