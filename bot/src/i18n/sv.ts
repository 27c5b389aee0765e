/** Swedish, the product's first language. Every key here exists in `en.ts` too (checked by the type). */
export const sv = {
  'app.name': 'Kvalitetsråd',

  'area.sarskilt-boende': 'Särskilt boende',
  'area.hemvard': 'Hemvård',
  'area.omsorg-funktionsnedsattning': 'Omsorg funktionsnedsättning',
  'area.sjukskoterskor': 'Sjuksköterskor',
  'area.kommunrehab': 'Kommunrehab',
  'area.myndighet': 'Myndighet',

  'welcome.title': 'Välkommen till Kvalitetsråd',
  'welcome.body':
    'Här i kanalen kan enhetens kvalitetsråd planera årets träffar, skicka kallelser och dagordningar, föra mötesanteckningar och ta emot förbättringsförslag från alla medarbetare.',
  'welcome.next': 'Enhetschefen börjar med att starta kvalitetsrådet för enheten: namn, verksamhetsområde, vem som leder och vilka som ingår.',
  'welcome.start': 'Starta kvalitetsråd',
  'welcome.help': 'Vad kan boten?',

  'help.title': 'Det här kan Kvalitetsråd',
  'help.intro': 'Skriv till mig i kanalen med @Kvalitetsråd följt av ett kommando, eller i en personlig chatt.',
  'help.cmd.help': 'visar den här hjälpen',
  'help.cmd.council': 'visar kanalens kvalitetsråd, eller kortet för att starta det',
  'help.unknown': 'Jag förstod inte ”{text}”. Här är det jag kan:',
  'help.footer': 'Fler funktioner kommer: årets tidsplan, kallelser, mötesanteckningar och förbättringsförslag.',

  'form.title.create': 'Starta kvalitetsråd',
  'form.title.edit': 'Ändra kvalitetsrådet',
  'form.intro': 'Kvalitetsrådet hör till den här kanalen. Lämpligt antal deltagare är omkring 6–10 personer, chefen inräknad.',
  'form.unitName': 'Enhetens namn',
  'form.unitName.placeholder': 't.ex. Solgårdens vård- och omsorgsboende',
  'form.area': 'Verksamhetsområde',
  'form.area.placeholder': 'Välj verksamhetsområde',
  'form.timeZone': 'Tidszon',
  'form.managers': 'Leds av (enhetschef, en eller flera som turas om)',
  'form.members': 'Medlemmar',
  'form.submit.create': 'Starta kvalitetsrådet',
  'form.submit.edit': 'Spara ändringarna',
  'form.cancel': 'Avbryt',
  'form.noPeople': 'Jag kunde inte hämta teamets medlemmar just nu; bara du visas. Försök igen senare för att lägga till fler.',

  'summary.title': 'Kvalitetsråd – {unit}',
  'summary.area': 'Verksamhetsområde',
  'summary.timeZone': 'Tidszon',
  'summary.managers': 'Leds av',
  'summary.members': 'Medlemmar ({count})',
  'summary.noMembers': 'Inga medlemmar ännu',
  'summary.size': 'Deltagare',
  'summary.sizeValue': '{count} personer',
  'summary.advice.tooFew': 'Rådet har färre än 6 deltagare. Rekommendationen är omkring 6–10, så att alla avdelningar är representerade.',
  'summary.advice.tooMany': 'Rådet har fler än 10 deltagare. Rekommendationen är omkring 6–10 för att träffarna ska bli effektiva.',
  'summary.inactive': 'Appen är borttagen från teamet. Rådet är vilande tills den läggs till igen.',
  'summary.saved': 'Sparat av {name}.',
  'summary.edit': 'Ändra rådet',

  'council.unitName.required': 'Skriv enhetens namn.',
  'council.unitName.tooShort': 'Enhetens namn behöver minst 2 tecken.',
  'council.unitName.tooLong': 'Enhetens namn får vara högst 120 tecken.',
  'council.area.invalid': 'Välj ett verksamhetsområde i listan.',
  'council.timeZone.invalid': 'Tidszonen känns inte igen. Använd t.ex. Europe/Stockholm.',
  'council.managers.required': 'Välj minst en enhetschef som leder rådet.',
  'council.managers.tooMany': 'Högst 10 personer kan leda rådet.',
  'council.members.tooMany': 'Högst 40 medlemmar kan väljas.',
  'council.people.unknown': 'Någon av de valda personerna finns inte längre i teamet. Välj igen.',
  'council.exists': 'Kanalen har redan ett kvalitetsråd. Här är det.',
  'council.stale': 'Någon annan har ändrat rådet medan du redigerade. Dina uppgifter finns kvar nedan: jämför med rådet i kanalen och spara igen.',
  'council.notFound': 'Kanalen har inget kvalitetsråd ännu.',
  'council.channelOnly': 'Kvalitetsrådet startas i enhetens kanal i Teams. Skriv @Kvalitetsråd råd där.',

  'forbidden.update': 'Bara rådets enhetschefer kan ändra kvalitetsrådet.',
  'forbidden.createCouncil': 'Du kan inte starta ett kvalitetsråd här.',
  'forbidden.view': 'Du har inte tillgång till det här kvalitetsrådet.',

  'validation.invalid': 'Uppgifterna kunde inte läsas. Kontrollera fälten och försök igen.',
  'error.badRequest': 'Kortet skickade uppgifter som jag inte förstår. Ladda om kanalen och försök igen.',
  'error.tryAgain': 'Något gick fel hos Kvalitetsråd just nu. Försök igen om en stund.',
} as const;

/** A key of the string tables. */
export type MessageKey = keyof typeof sv;
