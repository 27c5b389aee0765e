import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { UnitRow } from '@contract/area';
import { MIN_MEETINGS_PER_YEAR } from '@contract/vocabulary';
import { languageTag } from '../../format';
import { useSpeech } from '../../i18n';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '48rem' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(10rem, 16rem) 1fr', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  label: { display: 'flex', flexDirection: 'column' },
  track: {
    position: 'relative',
    height: '1.25rem',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  planned: {
    position: 'absolute',
    insetBlock: 0,
    left: 0,
    backgroundColor: tokens.colorBrandBackground2,
    borderRight: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
  },
  held: { position: 'absolute', insetBlock: 0, left: 0, backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusSmall },
  minimum: { position: 'absolute', insetBlock: '-0.25rem', width: tokens.strokeWidthThick, backgroundColor: tokens.colorNeutralForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: { cursor: 'pointer', width: 'fit-content' },
});

/**
 * Meetings held per unit as horizontal bars: held (solid) within planned (light), a line at the
 * minimum of eight. Every bar is labelled in words ("2 av 8 planerade"), and the same figures are
 * offered as a table; the bars themselves are decoration.
 */
export function MeetingsChart({ units }: { units: UnitRow[] }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const collator = new Intl.Collator(languageTag(locale));
  const rows = [...units].sort((a, b) => collator.compare(a.unitName, b.unitName));
  // The scale never ends below the year's minimum, and a line marks it.
  const scale = Math.max(MIN_MEETINGS_PER_YEAR, ...rows.map((u) => Math.max(u.meetingsPlanned, u.meetingsHeld)));
  const percent = (n: number) => `${(100 * n) / scale}%`;
  return (
    <>
      <Text className={styles.muted}>{t('chart.goal')}</Text>
      <ul className={styles.list} aria-labelledby="area-chart-heading">
        {rows.map((u) => (
          <li key={u.councilId} className={styles.row}>
            <span className={styles.label}>
              <Text weight="semibold">{u.unitName}</Text>
              <Text size={200}>{t('chart.bar', { held: u.meetingsHeld, planned: u.meetingsPlanned })}</Text>
            </span>
            <span className={styles.track} aria-hidden="true">
              {u.meetingsPlanned > 0 && <span className={styles.planned} style={{ width: percent(u.meetingsPlanned) }} />}
              <span className={styles.held} style={{ width: percent(u.meetingsHeld) }} />
              <span className={styles.minimum} style={{ left: percent(MIN_MEETINGS_PER_YEAR) }} />
            </span>
          </li>
        ))}
      </ul>
      <details className={styles.details}>
        <summary className={styles.summary}>{t('chart.asTable')}</summary>
        <Table size="small" aria-labelledby="area-chart-heading">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('units.col.unit')}</TableHeaderCell>
              <TableHeaderCell>{t('chart.col.held')}</TableHeaderCell>
              <TableHeaderCell>{t('chart.col.planned')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((u) => (
              <TableRow key={u.councilId}>
                <TableCell>{u.unitName}</TableCell>
                <TableCell>{u.meetingsHeld}</TableCell>
                <TableCell>{u.meetingsPlanned}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </>
  );
}
