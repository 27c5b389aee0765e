// The follow-up export's data and its rows and labels, shared by the .xlsx (follow-up-workbook.ts) and the .csv (follow-up-csv.ts).
import type { StatusColour } from '../../domain/vocabulary';
import type { Locale } from '../../i18n';
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

export type Key = keyof typeof svFollowUp;
export type Text = (key: Key, params?: Record<string, string | number>) => string;
export type Level = 'assignment' | 'subAssignment' | 'activity';

/** The export's own string tables: `t` in `../i18n` only knows the keys merged into sv.ts. */
const STRINGS: Record<Locale, Record<Key, string>> = { sv: svFollowUp, en: enFollowUp };

/** One row of the hierarchy: the assignment, a sub-assignment or an activity, with the year's assessments. */
export interface Line {
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

export function textOf(locale: Locale): Text {
  return (key, params = {}) => STRINGS[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function linesOf(data: FollowUpExport): Line[] {
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

export function levelLabel(level: Level, tx: Text): string {
  return tx(`followUpExport.level.${level}`);
}

export function activitiesDone(sub: ExportSubAssignment, tx: Text): string {
  // "3 av 5", not "3/5": Excel would read a CSV's "3/5" as a date.
  return tx('followUpExport.activitiesDone', { done: sub.activities.filter((a) => a.done).length, total: sub.activities.length });
}
