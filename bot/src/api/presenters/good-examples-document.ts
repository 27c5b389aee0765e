import { Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import { formatDate } from '../../domain/date-format';
import type { MessageKey, Speech } from '../../i18n';
import type { GoodExamples } from '../../services/good-examples-reader';

/**
 * The chosen good examples of the year as one Word document for the SAS (socialt ansvarig samordnare),
 * to lift into the year's quality report (docs/domain.md#year-end-and-good-examples): per work its unit,
 * purpose and problem, goal and measure, and final report.
 */
export async function renderGoodExamplesDocument(chosen: GoodExamples, { tr, locale }: Speech): Promise<{ file: Buffer; fileName: string }> {
  const { year, areas, works } = chosen;
  const section = (key: MessageKey, text: string) => [
    new Paragraph({ text: tr(key), heading: HeadingLevel.HEADING_2 }),
    ...(text.trim() ? text.split(/\r?\n/) : [tr('minutes.empty')]).map((line) => new Paragraph({ text: line })),
  ];
  const children = [
    new Paragraph({ text: tr('area.document.title', { year }), heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [
        new TextRun({
          text: tr('area.document.intro', { count: works.length, areas: areas.map((a) => tr(`area.${a}` as MessageKey)).join(', ') }),
          italics: true,
        } satisfies IRunOptions),
      ],
    }),
    ...works.flatMap((w) => [
      new Paragraph({ text: `${w.unitName}: ${w.name}`, heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun({
            text: tr('area.document.completed', { date: formatDate(w.completedAt, w.timeZone, locale) }),
            italics: true,
          } satisfies IRunOptions),
        ],
      }),
      ...section('field.purpose', w.purpose),
      ...section('field.goal', [w.goal, w.measure].filter(Boolean).join('\n')),
      ...section('field.finalReport', w.finalReport),
    ]),
  ];
  const document = new Document({ creator: 'Kvalitetsråd', title: tr('area.document.title', { year }), sections: [{ children }] });
  return { file: await Packer.toBuffer(document), fileName: `Goda-exempel-${year}.docx` };
}
