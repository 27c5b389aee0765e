import type { Locale } from '../../i18n';
import { activitiesDone, levelLabel, linesOf, textOf, type FollowUpExport } from './follow-up-export';

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

/** One RFC 4180 field; a leading = + - @ tab or CR gets a ' so Excel shows it instead of evaluating it. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;,"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
