import { Field, makeStyles, Select, Tab, TabList, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type ReactNode } from 'react';
import type { AreaOverviewResponse } from '@contract/area';
import { paths } from '../../api/paths';
import { ReloadError } from '../../components/feedback';
import { useResource } from '../../components/use-resource';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { AreaHeadsView } from '../admin/area-heads-view';
import { AreaPending } from './area-refusal';
import { areaName } from './area-names';
import { GoodExamplesView } from './good-examples-view';
import { UnitsView } from './units-view';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  viewTitle: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalL },
  year: { width: '8rem' },
});

/** The views of the area head's tab; Områdeschefer only for the app's admins. */
type AreaTab = 'units' | 'good-examples' | 'admin';

/** How many years back the year select reaches. */
const YEARS_BACK = 4;

/**
 * Områdesöversikt (the personal tab): every unit's council of the areas the user heads, their good
 * examples of the year, and for app admins the page naming the area heads. The first load asks for
 * no year, so the year is the server's (the council's time zone), not the browser's.
 */
export default function AreaShell({ aside }: { aside?: ReactNode }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const [year, setYear] = useState<number>();
  const [tab, setTab] = useState<AreaTab>('units');
  const path = paths.areaOverview(year);
  const overview = useResource(() => api.get<AreaOverviewResponse>(path), path);
  const currentYear = useRef<number>(undefined);
  const data = overview.data;
  if (data && currentYear.current === undefined) currentYear.current = data.year;

  const header = (
    <header className={styles.header}>
      <h1 className={styles.title}>{t('area.title')}</h1>
      {aside}
      {data && data.areas.length > 0 && <Text>{t('area.areas', { areas: data.areas.map((a) => areaName(t, a)).join(', ') })}</Text>}
      {data && (data.areas.length > 0 || data.admin) && (
        <TabList aria-label={t('nav.label')} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as AreaTab)}>
          <Tab value="units">{t('area.nav.units')}</Tab>
          {data.areas.length > 0 && <Tab value="good-examples">{t('area.nav.goodExamples')}</Tab>}
          {data.admin && <Tab value="admin">{t('area.nav.admin')}</Tab>}
        </TabList>
      )}
    </header>
  );
  if (!data) {
    return (
      <>
        {header}
        <main className={styles.main}>
          <AreaPending resource={overview} />
        </main>
      </>
    );
  }

  const latest = currentYear.current ?? data.year;
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => latest - i);
  const yearSelect = (
    <Field className={styles.year} label={t('area.year')}>
      <Select value={String(data.year)} onChange={(_, d) => setYear(Number(d.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </Select>
    </Field>
  );
  return (
    <>
      {header}
      <main className={styles.main}>
        <ReloadError resource={overview} />
        {tab === 'units' && (
          <>
            <h2 className={styles.viewTitle}>{t('area.nav.units')}</h2>
            <UnitsView data={data} yearSelect={yearSelect} />
          </>
        )}
        {tab === 'good-examples' && (
          <>
            <h2 className={styles.viewTitle}>{t('area.nav.goodExamples')}</h2>
            <GoodExamplesView year={data.year} yearSelect={yearSelect} />
          </>
        )}
        {tab === 'admin' && (
          <>
            <h2 className={styles.viewTitle}>{t('area.nav.admin')}</h2>
            <AreaHeadsView onSaved={overview.reload} />
          </>
        )}
      </main>
    </>
  );
}
