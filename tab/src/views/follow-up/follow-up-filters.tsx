import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useSpeech } from '../../i18n';

/** The Deluppdrag list's filter: a year, and ongoing or completed (absent: all). */
export interface FollowUpFilter {
  year?: number;
  status?: 'ongoing' | 'completed';
}

const useStyles = makeStyles({
  filters: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
});

/** Year and status filters of the Deluppdrag list. */
export function FollowUpFilters({
  years,
  filter,
  onFilter,
}: {
  years: number[];
  filter: FollowUpFilter;
  onFilter: (filter: FollowUpFilter) => void;
}) {
  const styles = useStyles();
  const { t } = useSpeech();
  return (
    <div className={styles.filters}>
      <Field label={t('followUp.year')}>
        <Select value={String(filter.year ?? '')} onChange={(_, d) => onFilter({ ...filter, year: Number(d.value) })}>
          {years.map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('followUp.show')}>
        <Select
          value={filter.status ?? 'all'}
          onChange={(_, d) => onFilter({ ...filter, status: d.value === 'all' ? undefined : (d.value as FollowUpFilter['status']) })}
        >
          <option value="all">{t('followUp.all')}</option>
          <option value="ongoing">{t('followUp.ongoing')}</option>
          <option value="completed">{t('followUp.completed')}</option>
        </Select>
      </Field>
    </div>
  );
}
