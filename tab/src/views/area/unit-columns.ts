import type { UnitRow } from '@contract/area';
import type { AreaMessageKey } from '../../i18n-area';
import type { Translate } from '../../i18n';
import { areaName } from './area-names';

/** A column of the units table: its header and how two rows compare by it. */
export interface UnitColumn {
  id: string;
  label: AreaMessageKey;
  /** Ascending order; `collator` compares names in the user's language. */
  compare: (a: UnitRow, b: UnitRow, by: { t: Translate; collator: Intl.Collator }) => number;
}

const byNumbers =
  (...pick: ((row: UnitRow) => number)[]) =>
  (a: UnitRow, b: UnitRow) =>
    pick.reduce((order, value) => order || value(a) - value(b), 0);

/** Enhet, område, tidsplan i tid, träffar, lägesbedömningar, pågående and klara förbättringsarbeten. */
export const UNIT_COLUMNS: readonly [UnitColumn, ...UnitColumn[]] = [
  { id: 'unit', label: 'units.col.unit', compare: (a, b, { collator }) => collator.compare(a.unitName, b.unitName) },
  { id: 'area', label: 'units.col.area', compare: (a, b, { t, collator }) => collator.compare(areaName(t, a.area), areaName(t, b.area)) },
  { id: 'schedule', label: 'units.col.schedule', compare: byNumbers((r) => Number(r.scheduleInPlace)) },
  {
    id: 'meetings',
    label: 'units.col.meetings',
    compare: byNumbers(
      (r) => r.meetingsHeld,
      (r) => r.meetingsPlanned,
    ),
  },
  // Fewest months missing sorts last: the units that are behind come first in descending order.
  {
    id: 'assessments',
    label: 'units.col.assessments',
    compare: byNumbers(
      (r) => r.monthsAssessed - r.monthsDue,
      (r) => r.monthsAssessed,
    ),
  },
  { id: 'ongoing', label: 'units.col.ongoing', compare: byNumbers((r) => r.worksOngoing) },
  { id: 'completed', label: 'units.col.completed', compare: byNumbers((r) => r.worksCompleted) },
];

/** The rows in the order of `column`, ties by unit name. */
export function sortUnits(
  units: readonly UnitRow[],
  column: UnitColumn,
  direction: 'ascending' | 'descending',
  by: { t: Translate; collator: Intl.Collator },
): UnitRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...units].sort((a, b) => sign * column.compare(a, b, by) || by.collator.compare(a.unitName, b.unitName));
}
