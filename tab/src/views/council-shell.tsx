import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { CouncilRef } from '@contract/common';
import { useSpeech } from '../i18n';
import type { FollowUpFilter } from './follow-up/follow-up-filters';
import { FollowUpView } from './follow-up/follow-up-view';
import { OverviewView } from './overview/overview-view';
import { SubAssignmentView } from './sub-assignment/sub-assignment-view';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  viewTitle: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  main: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, paddingBlock: tokens.spacingVerticalL },
});

/** Which view is shown; a sub-assignment opens from Deluppdrag and goes back to it. */
type View = { kind: 'overview' } | { kind: 'follow-up' } | { kind: 'sub-assignment'; id: string };

/** The council's tab: its name, the view tabs (Översikt, Deluppdrag) and the view. */
export function CouncilShell({ council, aside }: { council: Pick<CouncilRef, 'id' | 'unitName'>; aside?: ReactNode }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const [view, setView] = useState<View>({ kind: 'overview' });
  const [filter, setFilter] = useState<FollowUpFilter>({});
  const tab = view.kind === 'overview' ? 'overview' : 'follow-up';
  return (
    <>
      <header className={styles.header}>
        <h1 className={styles.title}>{council.unitName}</h1>
        {aside}
        <TabList
          aria-label={t('nav.label')}
          selectedValue={tab}
          onTabSelect={(_, d) => setView({ kind: d.value === 'overview' ? 'overview' : 'follow-up' })}
        >
          <Tab value="overview">{t('nav.overview')}</Tab>
          <Tab value="follow-up">{t('nav.followUp')}</Tab>
        </TabList>
      </header>
      <main className={styles.main}>
        {view.kind === 'overview' && (
          <>
            <h2 className={styles.viewTitle}>{t('nav.overview')}</h2>
            <OverviewView councilId={council.id} />
          </>
        )}
        {view.kind === 'follow-up' && (
          <>
            <h2 className={styles.viewTitle}>{t('nav.followUp')}</h2>
            <FollowUpView councilId={council.id} filter={filter} onFilter={setFilter} onOpen={(id) => setView({ kind: 'sub-assignment', id })} />
          </>
        )}
        {view.kind === 'sub-assignment' && <SubAssignmentView id={view.id} onBack={() => setView({ kind: 'follow-up' })} />}
      </main>
    </>
  );
}
