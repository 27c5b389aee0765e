import type { Cell, Row, Worksheet } from 'exceljs';
import { DateTime } from 'luxon';
import type { StatusColour } from '../../domain/vocabulary';
import { isMessageKey, t, type Locale } from '../../i18n';
import { activitiesDone, levelLabel, linesOf, textOf, type FollowUpExport, type Key, type Line, type Text } from './follow-up-export';

/** Light fills (Excel's own "good/neutral/bad" tints) so black text stays readable; done is a deeper green. */
const FILLS: Record<StatusColour, string> = {
  not_started: 'FFE7E6E6',
  on_track: 'FFC6EFCE',
  partly: 'FFFFEB9C',
  off_track: 'FFFFC7CE',
  done: 'FFA9D08E',
};
const HEADER_FILL = 'FFD9E1F2';
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
/** Excel refuses a cell longer than this, and XML refuses control characters other than tab and newlines. */
const EXCEL_MAX_TEXT = 32_767;
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose: it strips those XML forbids
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * The year's follow-up as an Excel workbook for transferring into Stratsys: "Uppföljning" (the hierarchy
 * with a coloured status per month), "Kommentarer" (one row per assessment) and "Deluppdrag" (one row per
 * sub-assignment with purpose, goal, measure and final report).
 *
 * The month grid shows the status only; each month's comment is a real cell on "Kommentarer", not a cell
 * note: Stratsys asks for status and comment per object and month, a cell copies with Ctrl+C where a
 * note does not, it can be filtered by month, and thousands of notes would slow Excel down.
 * Dates are real Excel dates shown as YYYY-MM-DD (sortable, and typed the same way into Stratsys).
 * Text is written as shared strings, never as formulas, so "=…" in a comment is shown, not evaluated.
 */
export async function followUpWorkbook(data: FollowUpExport, locale: Locale): Promise<Buffer> {
  const tx = textOf(locale);
  const lines = linesOf(data);
  // Loaded when the first export is asked for: exceljs costs every start 0.12 s and 28 MB otherwise.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'Kvalitetsråd';
  workbook.created = data.exportedAt;
  addOverview(workbook.addWorksheet(tx('followUpExport.sheet.followUp')), data, lines, locale, tx);
  addComments(workbook.addWorksheet(tx('followUpExport.sheet.comments')), lines, tx);
  addSubAssignments(workbook.addWorksheet(tx('followUpExport.sheet.subAssignments')), lines, tx);
  return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: true }));
}

function addOverview(sheet: Worksheet, data: FollowUpExport, lines: Line[], locale: Locale, tx: Text): void {
  const areaKey = `area.${data.area}`;
  const exportedAt = DateTime.fromJSDate(data.exportedAt, { zone: data.timeZone }).toFormat('yyyy-MM-dd HH:mm');
  const title = sheet.addRow([
    tx('followUpExport.title', {
      year: data.year,
      unit: data.unitName,
      area: isMessageKey(areaKey) ? t(locale, areaKey) : data.area,
      exportedAt,
      timeZone: data.timeZone,
    }),
  ]);
  title.font = { bold: true, size: 13 };
  header(
    sheet.addRow([
      ...(['level', 'name', 'responsible', 'start', 'end', 'status'] as const).map((c) => tx(`followUpExport.column.${c}`)),
      ...MONTHS.map((m) => tx(`followUpExport.month.${m}` as Key)),
      tx('followUpExport.column.finalReport'),
      tx('followUpExport.column.completedAt'),
    ]),
  );
  sheet.columns = [14, 45, 22, 12, 12, 18, ...MONTHS.map(() => 18), 60, 13].map((width) => ({ width }));
  for (const line of lines) {
    const row = sheet.addRow([]);
    text(row.getCell(1), levelLabel(line.level, tx));
    text(row.getCell(2), line.name);
    row.getCell(2).alignment = { vertical: 'top', indent: line.level === 'assignment' ? 0 : line.level === 'subAssignment' ? 1 : 2 };
    text(row.getCell(3), line.responsible);
    date(row.getCell(4), line.start);
    date(row.getCell(5), line.end);
    status(row.getCell(6), line.status, tx);
    for (const a of line.assessments) status(row.getCell(6 + Number(a.month.slice(5, 7))), a.status, tx);
    text(row.getCell(19), line.finalReport);
    row.getCell(19).alignment = { vertical: 'top', wrapText: true };
    date(row.getCell(20), line.completedAt);
    if (line.level !== 'activity') row.font = { bold: true };
    if (line.level === 'activity') row.outlineLevel = 1;
  }
  // The collapse button sits on the sub-assignment above its activities, as in Stratsys' tree.
  sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  sheet.properties.outlineLevelRow = 1;
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
}

function addComments(sheet: Worksheet, lines: Line[], tx: Text): void {
  header(sheet.addRow((['level', 'name', 'month', 'status', 'comment'] as const).map((c) => tx(`followUpExport.column.${c}`))));
  sheet.columns = [14, 50, 10, 18, 80].map((width) => ({ width }));
  for (const line of lines) {
    for (const a of line.assessments) {
      const row = sheet.addRow([]);
      text(row.getCell(1), levelLabel(line.level, tx));
      text(row.getCell(2), line.path);
      text(row.getCell(3), a.month);
      status(row.getCell(4), a.status, tx);
      text(row.getCell(5), a.comment);
      row.getCell(5).alignment = { vertical: 'top', wrapText: true };
    }
  }
  finishList(sheet, 5);
}

function addSubAssignments(sheet: Worksheet, lines: Line[], tx: Text): void {
  const columns = [
    'name',
    'kind',
    'purpose',
    'goal',
    'measure',
    'origin',
    'responsible',
    'start',
    'end',
    'status',
    'activitiesDone',
    'finalReport',
    'completedAt',
  ] as const;
  header(sheet.addRow(columns.map((c) => tx(`followUpExport.column.${c}`))));
  sheet.columns = [40, 22, 45, 45, 45, 30, 22, 12, 12, 18, 14, 60, 13].map((width) => ({ width }));
  for (const line of lines) {
    const s = line.sub;
    if (!s) continue;
    const row = sheet.addRow([]);
    [s.name, tx(`followUpExport.kind.${s.kind}`), s.purpose, s.goal, s.measure, s.origin, s.responsible].forEach((v, i) =>
      text(row.getCell(i + 1), v),
    );
    date(row.getCell(8), s.startsOn);
    date(row.getCell(9), s.endsOn);
    status(row.getCell(10), line.status, tx);
    text(row.getCell(11), activitiesDone(s, tx));
    text(row.getCell(12), s.finalReport);
    date(row.getCell(13), s.completedAt);
    for (const c of [3, 4, 5, 6, 12]) row.getCell(c).alignment = { vertical: 'top', wrapText: true };
  }
  finishList(sheet, columns.length);
}

function header(row: Row): void {
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = { bottom: { style: 'thin' } };
  });
}

/** A list sheet: header frozen and filterable (e.g. one month at a time). */
function finishList(sheet: Worksheet, columns: number): void {
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
}

/** Text as a string value (shared string, never a formula), cleaned of what Excel or XML rejects. */
function text(cell: Cell, value: string | undefined): void {
  if (value) cell.value = value.replace(XML_INVALID, '').slice(0, EXCEL_MAX_TEXT);
}

/** A YYYY-MM-DD date as a real Excel date; anything else stays text rather than being lost. */
function date(cell: Cell, value: string | undefined): void {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) {
    text(cell, value);
    return;
  }
  cell.value = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  cell.numFmt = 'yyyy-mm-dd';
}

function status(cell: Cell, value: StatusColour, tx: Text): void {
  cell.value = tx(`followUpExport.status.${value}`);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[value] } };
}
