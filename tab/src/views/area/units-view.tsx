import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { AreaOverviewResponse } from '@contract/area';
import { useSpeech } from '../../i18n';
import { MeetingsChart } from './meetings-chart';
import { UnitTable } from './unit-table';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Enheter: the year's figures of every unit's council, as a sortable table and a chart of meetings held. */
export function UnitsView({ data, yearSelect }: { data: AreaOverviewResponse; yearSelect: ReactNode }) {
  const styles = useStyles();
  const { t } = useSpeech();
  if (data.areas.length === 0) return <Text>{t('area.noAreas')}</Text>;
  return (
    <div className={styles.view}>
      <div>{yearSelect}</div>
      <section className={styles.section} aria-labelledby="area-units-heading">
        <h3 id="area-units-heading" className={styles.heading}>
          {t('units.heading', { year: data.year })}
        </h3>
        {data.units.length === 0 ? <Text>{t('units.none', { year: data.year })}</Text> : <UnitTable units={data.units} />}
      </section>
      {data.units.length > 0 && (
        <section className={styles.section} aria-labelledby="area-chart-heading">
          <h3 id="area-chart-heading" className={styles.heading}>
            {t('chart.heading', { year: data.year })}
          </h3>
          <MeetingsChart units={data.units} />
        </section>
      )}
    </div>
  );
}
