import { Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { DateTime } from 'luxon';
import { MinutesFields, type MinutesContent } from '../domain/minutes';
import type { Locale, MessageKey, Translate } from '../i18n';

/** What the Word document of one meeting's minutes shows. */
export interface MinutesDocumentInput {
  /** The reader's language (the minutes template's headings are the `field.*` strings). */
  tr: Translate;
  locale: Locale;
  unitName: string;
  heldAt: Date;
  timeZone: string;
  place?: string;
  /** Names of those present in person, present digitally (marked "(digitalt)"), and absent. */
  present: string[];
  digital?: string[];
  absent: string[];
  content: MinutesContent;
  approvedByName?: string;
  approvedAt?: Date;
  version: number;
  /** Corrections since approval: who, when, why. */
  corrections?: readonly { version: number; byName: string; at: Date; reason: string }[];
}

/** "tisdag 19 januari 2027, kl. 13:00" / "Tuesday 19 January 2027 at 13:00" in the council's zone. */
const DATE_TIME: Record<Locale, { locale: string; format: string }> = {
  sv: { locale: 'sv-SE', format: "cccc d MMMM yyyy, 'kl.' HH:mm" },
  en: { locale: 'en-GB', format: "cccc d MMMM yyyy 'at' HH:mm" },
};

/**
 * The minutes as a Word document (.docx) with real heading styles (Title, Heading 1 and 2, so the
 * structure shows in Word's navigation pane), for attaching in Stratsys. Data in, bytes out.
 */
export async function renderMinutesDocx(input: MinutesDocumentInput): Promise<Buffer> {
  const { tr } = input;
  const when = (d: Date) =>
    DateTime.fromJSDate(d, { zone: input.timeZone }).setLocale(DATE_TIME[input.locale].locale).toFormat(DATE_TIME[input.locale].format);
  const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
  const names = (list: string[]) => new Paragraph({ text: list.join(', ') || tr('minutes.empty') });
  const title = tr('minutes.document.title');
  const children = [
    heading(title, HeadingLevel.TITLE),
    new Paragraph({ children: [new TextRun({ text: `${input.unitName} – ${when(input.heldAt)}`, bold: true } satisfies IRunOptions)] }),
    ...(input.place ? [new Paragraph({ text: tr('minutes.document.place', { place: input.place }) })] : []),
    heading(tr('field.present'), HeadingLevel.HEADING_1),
    names([...input.present, ...(input.digital ?? []).map((name) => tr('minutes.attendance.digitalName', { name }))]),
    heading(tr('minutes.document.absent'), HeadingLevel.HEADING_1),
    names(input.absent),
    ...MinutesFields.flatMap((f) => [
      heading(tr(`field.${f}` as MessageKey), HeadingLevel.HEADING_2),
      ...paragraphsOf(input.content.fields[f], tr('minutes.empty')),
    ]),
    new Paragraph({ text: '' }),
    new Paragraph({
      children: [
        new TextRun({
          text: input.approvedByName
            ? tr('minutes.document.approved', { name: input.approvedByName, date: when(input.approvedAt ?? input.heldAt) })
            : tr('minutes.document.draft'),
          italics: true,
        } satisfies IRunOptions),
      ],
    }),
    new Paragraph({
      children: [new TextRun({ text: tr('minutes.document.version', { version: input.version }), italics: true } satisfies IRunOptions)],
    }),
    ...(input.corrections ?? []).map(
      (c) =>
        new Paragraph({
          children: [
            new TextRun({
              text: tr('minutes.correction', { name: c.byName, date: when(c.at), version: c.version, reason: c.reason }),
              italics: true,
            } satisfies IRunOptions),
          ],
        }),
    ),
  ];
  const document = new Document({ creator: 'Kvalitetsråd', title: `${title} – ${input.unitName}`, sections: [{ children }] });
  return Packer.toBuffer(document);
}

/** A section's text as paragraphs (blank lines apart), single newlines as line breaks; empty shows "–". */
function paragraphsOf(text: string, empty: string): Paragraph[] {
  const blocks = text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter(Boolean);
  if (blocks.length === 0) return [new Paragraph({ text: empty })];
  return blocks.map(
    (block) =>
      new Paragraph({
        children: block.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
      }),
  );
}
