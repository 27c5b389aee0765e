import AdmZip from 'adm-zip';
import mammoth from 'mammoth';
import { emptyContent, type MinutesContent } from '../../../bot/src/domain/minutes';
import { translator } from '../../../bot/src/i18n';
import { renderMinutesDocx, type MinutesDocumentInput } from '../../../bot/src/services/minutes-document';

/*
 * The Word document of approved minutes, as a reader opens it. (The module lives in services because it
 * imports the docx library; tests/unit/services/minutes-document.test.ts covers the Swedish document's
 * headings and text, this file the English variant, the footer block and the file itself.)
 */

const content = (fields: Partial<MinutesContent['fields']>): MinutesContent => ({
  ...emptyContent(),
  fields: { ...emptyContent().fields, ...fields },
});

const input: MinutesDocumentInput = {
  tr: translator('sv'),
  locale: 'sv',
  unitName: 'Solgårdens vård- och omsorgsboende',
  heldAt: new Date('2027-01-12T12:00:00Z'),
  timeZone: 'Europe/Stockholm',
  place: 'Personalrummet',
  present: ['Anna Lindqvist', 'Bengt Karlsson'],
  absent: ['Cecilia Ek', 'David Ström'],
  version: 7,
  content: content({
    followUp: 'Larmen på avdelning 2 är åtgärdade.\n\nNya rutiner för nattpasset\nbörjar i februari.\n\n\nTredje stycket.',
    decisions: 'Fasta fikatider i fyra veckor.',
  }),
  approvedByName: 'Anna Lindqvist',
  approvedAt: new Date('2027-01-13T08:30:00Z'),
  corrections: [{ version: 7, byName: 'Anna Lindqvist', at: new Date('2027-01-20T14:05:00Z'), reason: 'Fel datum i beslutet.' }],
};

/** The document as Word shows it, read by a real .docx reader. */
async function htmlOf(buffer: Buffer): Promise<string> {
  const result = await mammoth.convertToHtml({ buffer });
  return result.value;
}

const headingsOf = (html: string) => [...html.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);

describe('the minutes as a Word document (.docx)', () => {
  it("is a zip holding word/document.xml with Word's own Title and Heading styles", async () => {
    const file = await renderMinutesDocx(input);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = new AdmZip(file);
    const xml = zip.readAsText('word/document.xml');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(2);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(8);
  });

  it("shows unit, date and time in the council's zone, the place, and who was present and absent", async () => {
    const html = await htmlOf(await renderMinutesDocx(input));
    expect(html).toContain('Solgårdens vård- och omsorgsboende – tisdag 12 januari 2027, kl. 13:00');
    expect(html).toContain('Plats: Personalrummet');
    expect(html).toContain('<h1>Närvarande</h1><p>Anna Lindqvist, Bengt Karlsson</p>');
    expect(html).toContain('<h1>Frånvarande</h1><p>Cecilia Ek, David Ström</p>');
  });

  it('keeps a section\'s paragraphs and line breaks, and shows "–" for an empty section', async () => {
    const html = await htmlOf(await renderMinutesDocx(input));
    expect(html).toContain(
      '<h2>Uppföljning från föregående träff</h2><p>Larmen på avdelning 2 är åtgärdade.</p>' +
        '<p>Nya rutiner för nattpasset<br />börjar i februari.</p><p>Tredje stycket.</p><h2>',
    );
    expect(html).toContain('<h2>Deltagarnas egna punkter</h2><p>–</p>');
  });

  it('ends with the approval, the version and every correction', async () => {
    const html = await htmlOf(await renderMinutesDocx(input));
    const footer = html.slice(html.indexOf('<h2>Övrigt</h2>'));
    expect(footer).toContain('Godkända av Anna Lindqvist onsdag 13 januari 2027, kl. 09:30.');
    expect(footer).toContain('Version 7.');
    expect(footer).toContain('Rättad av Anna Lindqvist onsdag 20 januari 2027, kl. 15:05 (version 7): Fel datum i beslutet.');
  });

  it('says a draft is not approved and shows no place or corrections it was not given', async () => {
    const html = await htmlOf(
      await renderMinutesDocx({ ...input, approvedByName: undefined, approvedAt: undefined, place: undefined, corrections: undefined, present: [] }),
    );
    expect(html).toContain('Utkast – ej godkända.');
    expect(html).not.toContain('Godkända av');
    expect(html).not.toContain('Plats:');
    expect(html).not.toContain('Rättad av');
    expect(html).toContain('<h1>Närvarande</h1><p>–</p>');
  });

  it('speaks English when asked: title, headings in template order, date and approval line', async () => {
    const html = await htmlOf(await renderMinutesDocx({ ...input, tr: translator('en'), locale: 'en' }));
    expect(html).toContain('Minutes of the quality council');
    expect(headingsOf(html)).toEqual([
      'h1 Present',
      'h1 Absent',
      "h2 Participants' own items",
      'h2 Follow-up from the last meeting',
      'h2 Agenda items',
      'h2 Decisions',
      'h2 New improvement works and activities (what, who, by when)',
      'h2 Feedback from management',
      'h2 To report back at the staff meeting (APT)',
      'h2 Other',
    ]);
    expect(html).toContain('Solgårdens vård- och omsorgsboende – Tuesday 12 January 2027 at 13:00');
    expect(html).toContain('Approved by Anna Lindqvist Wednesday 13 January 2027 at 09:30.');
    expect(html).not.toContain('kl.');
  });
});
