import type { Cell, Row, Worksheet } from 'exceljs';
import { DateTime } from 'luxon';
import type { StatusColour } from '../../domain/vocabulary';
import { isMessageKey, t, type Locale } from '../../i18n';
import { enFollowUp } from '../../i18n/en-follow-up';
import { svFollowUp } from '../../i18n/sv-follow-up';

/** Lägesbedömning: one month's colour status and comment. */
export interface ExportAssessment {
  month: string /* YYYY-MM */;
  status: StatusColour;
  comment: string;
}
/** Aktivitet under a sub-assignment, with its assessments. */
export interface ExportActivity {
  name: string;
  responsible?: string;
  dueOn?: string;
  done: boolean;
  doneAt?: string /* YYYY-MM-DD */;
  assessments: ExportAssessment[];
}
/** Deluppdrag under "Kvalitetsråd": an improvement work, or the one holding schedule and minutes. */
export interface ExportSubAssignment {
  name: string;
  kind: 'planning' | 'improvement';
  purpose: string;
  goal: string;
  measure: string;
  responsible?: string;
  startsOn?: string;
  endsOn?: string;
  origin?: string;
  status: 'ongoing' | 'completed';
  finalReport?: string;
  completedAt?: string /* YYYY-MM-DD */;
  assessments: ExportAssessment[];
  activities: ExportActivity[];
}
/** A council's follow-up of one year, as it is transferred into Stratsys by hand. */
export interface FollowUpExport {
  unitName: string;
  area: string;
  year: number;
  assignment: { name: string; assessments: ExportAssessment[] };
  subAssignments: ExportSubAssignment[];
  exportedAt: Date;
  timeZone: string;
}

type Key = keyof typeof svFollowUp;
type Text = (key: Key, params?: Record<string, string | number>) => string;
type Level = 'assignment' | 'subAssignment' | 'activity';

/** The export's own string tables: `t` in `../i18n` only knows the keys merged into sv.ts. */
const STRINGS: Record<Locale, Record<Key, string>> = { sv: svFollowUp, en: enFollowUp };

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
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** One row of the hierarchy: the assignment, a sub-assignment or an activity, with the year's assessments. */
interface Line {
  level: Level;
  name: string;
  /** "Deluppdrag › Aktivitet" for activities, so a flat list still says where a row belongs. */
  path: string;
  responsible?: string;
  start?: string;
  end?: string;
  status: StatusColour;
  /** The year's assessments, oldest month first. */
  assessments: ExportAssessment[];
  finalReport?: string;
  completedAt?: string;
  sub?: ExportSubAssignment;
}

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

/**
 * The flat list of assessments plus one row per sub-assignment (its details, no month) as CSV for
 * Swedish Excel: RFC 4180 quoting, semicolons, CRLF, UTF-8 with BOM. Dates and months are ISO text.
 * A cell starting with = + - @ tab or CR gets a leading ' so Excel does not run it as a formula.
 */
export function followUpCsv(data: FollowUpExport, locale: Locale): string {
  const tx = textOf(locale);
  const header = (
    [
      'level',
      'name',
      'month',
      'status',
      'comment',
      'kind',
      'purpose',
      'goal',
      'measure',
      'origin',
      'responsible',
      'start',
      'end',
      'activitiesDone',
      'finalReport',
      'completedAt',
    ] as const
  ).map((c) => tx(`followUpExport.column.${c}`));
  const rows: string[][] = [header];
  for (const line of linesOf(data)) {
    if (line.sub) {
      const s = line.sub;
      rows.push([
        levelLabel(line.level, tx),
        line.path,
        '',
        tx(`followUpExport.status.${line.status}`),
        '',
        tx(`followUpExport.kind.${s.kind}`),
        s.purpose,
        s.goal,
        s.measure,
        s.origin ?? '',
        s.responsible ?? '',
        s.startsOn ?? '',
        s.endsOn ?? '',
        activitiesDone(s, tx),
        s.finalReport ?? '',
        s.completedAt ?? '',
      ]);
    }
    for (const a of line.assessments) rows.push([levelLabel(line.level, tx), line.path, a.month, tx(`followUpExport.status.${a.status}`), a.comment]);
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(';')).join('\r\n') + '\r\n';
}

/** "Kvalitetsrad-solgardens-vard-och-omsorgsboende-2027.xlsx": ASCII only, safe in every mail and file system. */
export function exportFileName(data: Pick<FollowUpExport, 'unitName' | 'year'>, format: 'xlsx' | 'csv'): string {
  const slug = data.unitName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `Kvalitetsrad-${slug ? `${slug}-` : ''}${data.year}.${format}`;
}

function textOf(locale: Locale): Text {
  return (key, params = {}) => STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function linesOf(data: FollowUpExport): Line[] {
  const ofYear = (list: ExportAssessment[]) => list.filter((a) => a.month.startsWith(`${data.year}-`)).sort((a, b) => a.month.localeCompare(b.month));
  const current = (list: ExportAssessment[], done: boolean): StatusColour => (done ? 'done' : (list.at(-1)?.status ?? 'not_started'));
  const assignment = ofYear(data.assignment.assessments);
  const lines: Line[] = [
    { level: 'assignment', name: data.assignment.name, path: data.assignment.name, status: current(assignment, false), assessments: assignment },
  ];
  for (const sub of data.subAssignments) {
    const subAssessments = ofYear(sub.assessments);
    lines.push({
      level: 'subAssignment',
      name: sub.name,
      path: sub.name,
      responsible: sub.responsible,
      start: sub.startsOn,
      end: sub.endsOn,
      status: current(subAssessments, sub.status === 'completed'),
      assessments: subAssessments,
      finalReport: sub.finalReport,
      completedAt: sub.completedAt,
      sub,
    });
    for (const activity of sub.activities) {
      const activityAssessments = ofYear(activity.assessments);
      lines.push({
        level: 'activity',
        name: activity.name,
        path: `${sub.name} › ${activity.name}`,
        responsible: activity.responsible,
        end: activity.dueOn,
        status: current(activityAssessments, activity.done),
        assessments: activityAssessments,
        completedAt: activity.doneAt,
      });
    }
  }
  return lines;
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
  if (!m) return text(cell, value);
  cell.value = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  cell.numFmt = 'yyyy-mm-dd';
}

function status(cell: Cell, value: StatusColour, tx: Text): void {
  cell.value = tx(`followUpExport.status.${value}`);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[value] } };
}

function levelLabel(level: Level, tx: Text): string {
  return tx(`followUpExport.level.${level}`);
}

function activitiesDone(sub: ExportSubAssignment, tx: Text): string {
  // "3 av 5", not "3/5": Excel would read a CSV's "3/5" as a date.
  return tx('followUpExport.activitiesDone', { done: sub.activities.filter((a) => a.done).length, total: sub.activities.length });
}

/** One RFC 4180 field; a leading = + - @ tab or CR gets a ' so Excel shows it instead of evaluating it. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;,"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
