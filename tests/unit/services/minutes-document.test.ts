import mammoth from 'mammoth';
import { emptyContent } from '../../../bot/src/domain/minutes';
import { translator } from '../../../bot/src/i18n';
import { renderMinutesDocx, type MinutesDocumentInput } from '../../../bot/src/services/minutes-document';

const input: MinutesDocumentInput = {
  tr: translator('sv'),
  locale: 'sv',
  unitName: 'Solgårdens vård- och omsorgsboende',
  heldAt: new Date('2027-01-19T12:00:00Z'),
  timeZone: 'Europe/Stockholm',
  place: 'Personalrummet',
  present: ['Anna Lindqvist', 'Bengt Karlsson'],
  absent: ['Cecilia Ek'],
  version: 5,
  content: {
    ...emptyContent(),
    fields: { ...emptyContent().fields, decisions: 'Fasta fikatider i fyra veckor.\n\nUtvärdera i mars.', ownItems: 'Larmen\npå avdelning 2' },
  },
  approvedByName: 'Anna Lindqvist',
  approvedAt: new Date('2027-01-20T08:00:00Z'),
};

/** The document as Word shows it, read by a real .docx reader. */
async function htmlOf(buffer: Buffer): Promise<string> {
  return (await mammoth.convertToHtml({ buffer })).value;
}

describe('the minutes as a Word document', () => {
  it('is a .docx a real reader opens, with the template headings in order as Word headings', async () => {
    const file = await renderMinutesDocx(input);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    const html = await htmlOf(file);
    const headings = [...html.matchAll(/<h([12])>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      'h1 Närvarande',
      'h1 Frånvarande',
      'h2 Deltagarnas egna punkter',
      'h2 Uppföljning från föregående träff',
      'h2 Dagordningens punkter',
      'h2 Beslut',
      'h2 Nya förbättringsarbeten och aktiviteter (vad, vem, när)',
      'h2 Återkoppling från ledningen',
      'h2 Att återrapportera på APT',
      'h2 Övrigt',
    ]);
    expect(html).toContain('Minnesanteckningar kvalitetsråd');
    expect(html).toContain('Solgårdens vård- och omsorgsboende – tisdag 19 januari 2027, kl. 13:00');
    expect(html).toContain('<p>Anna Lindqvist, Bengt Karlsson</p>');
    expect(html).toContain('<p>Fasta fikatider i fyra veckor.</p><p>Utvärdera i mars.</p>');
    expect(html).toContain('Larmen<br />på avdelning 2');
    expect(html).toContain('Godkända av Anna Lindqvist onsdag 20 januari 2027, kl. 09:00.');
    expect(html).toContain('<h2>Övrigt</h2><p>–</p>');
  });

  it('says a draft is not approved, and speaks English when asked', async () => {
    const html = await htmlOf(await renderMinutesDocx({ ...input, tr: translator('en'), locale: 'en', approvedByName: undefined }));
    expect(html).toContain('<h2>Decisions</h2>');
    expect(html).toContain('Draft – not approved.');
  });
});
