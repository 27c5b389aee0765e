import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { UnitRow } from '@contract/area';
import { languageTag } from '../../format';
import { useSpeech } from '../../i18n';
import { areaName } from './area-names';
import { sortUnits, UNIT_COLUMNS } from './unit-columns';

const useStyles = makeStyles({
  yesNo: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  number: { fontVariantNumeric: 'tabular-nums' },
});

type Sort = { column: string; direction: 'ascending' | 'descending' };

/**
 * Every unit's council in figures. Each header is a button (Enter or Space) that sorts by it, and
 * again to reverse; the header carries `aria-sort`.
 */
export function UnitTable({ units }: { units: UnitRow[] }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const [sort, setSort] = useState<Sort>({ column: 'unit', direction: 'ascending' });
  const rows = useMemo(() => {
    const column = UNIT_COLUMNS.find((c) => c.id === sort.column) ?? UNIT_COLUMNS[0];
    return sortUnits(units, column, sort.direction, { t, collator: new Intl.Collator(languageTag(locale)) });
  }, [units, sort, t, locale]);
  const sortBy = (column: string) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === 'ascending' ? 'descending' : 'ascending' }));

  return (
    <Table sortable aria-labelledby="area-units-heading" size="small">
      <TableHeader>
        <TableRow>
          {UNIT_COLUMNS.map((c) => (
            <TableHeaderCell key={c.id} sortDirection={sort.column === c.id ? sort.direction : undefined} onClick={() => sortBy(c.id)}>
              {t(c.label)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((u) => (
          <TableRow key={u.councilId}>
            <TableCell>{u.unitName}</TableCell>
            <TableCell>{areaName(t, u.area)}</TableCell>
            <TableCell>
              <YesNo yes={u.scheduleInPlace} />
            </TableCell>
            <TableCell className={styles.number}>
              {u.meetingsHeld} / {u.meetingsPlanned}
            </TableCell>
            <TableCell className={styles.number}>
              {u.monthsAssessed} / {u.monthsDue}
            </TableCell>
            <TableCell className={styles.number}>{u.worksOngoing}</TableCell>
            <TableCell className={styles.number}>{u.worksCompleted}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** "✓ Ja" or "✕ Nej": a shape and a word, never colour alone. The shape is decorative. */
function YesNo({ yes }: { yes: boolean }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const colour = yes ? tokens.colorPaletteGreenForeground1 : tokens.colorPaletteRedForeground1;
  return (
    <span className={styles.yesNo}>
      <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
        {yes ? (
          <path d="M2.5 7.5 L5.8 10.5 L11.5 3.5" fill="none" stroke={colour} strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path d="M3 3 L11 11 M11 3 L3 11" fill="none" stroke={colour} strokeWidth="2" strokeLinecap="round" />
        )}
      </svg>
      {yes ? t('units.yes') : t('units.no')}
    </span>
  );
}
