import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CouncilRef } from '@contract/common';
import { paths, type CalendarStatusResponse } from '../../api/paths';
import { Pending, ReloadError } from '../../components/feedback';
import { useResource } from '../../components/use-resource';
import { useSpeech, type Translate } from '../../i18n';
import { useApi } from '../../session/api-context';
import { CalendarSyncOutcome } from './calendar-sync-outcome';
import { OverviewCard } from './overview-card';
import { useCalendarSync } from './use-calendar-sync';

const useStyles = makeStyles({
  warning: { color: tokens.colorStatusWarningForeground3, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex' },
});

/** What the team calendar card needs from Översikt. */
export interface TeamCalendarProps {
  council: Pick<CouncilRef, 'id' | 'timeZone'>;
  year: number;
  /** The year's meetings not cancelled (the schedule card's count). */
  planned: number;
  /** A manager may sync (`can.manage`); members see the state only. */
  canSync: boolean;
}

/**
 * "Teamets kalender": how many of the year's meetings the team's Microsoft 365 calendar shows, and
 * for a manager the sync that puts them there. Without Microsoft Graph on the server it says the
 * invitations' .ics files serve instead.
 */
export function TeamCalendar({ council, year, planned, canSync }: TeamCalendarProps) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const status = useResource(() => api.get<CalendarStatusResponse>(paths.calendar(council.id, year)), `${council.id}/${year}`);
  const sync = useCalendarSync(council.id, year, status.reload);
  const data = status.data;
  const busy = sync.state.kind === 'syncing' || sync.state.kind === 'consenting';
  return (
    <OverviewCard title={t('calendar.title')}>
      {!data && <Pending resource={status} />}
      <ReloadError resource={status} />
      {data && !data.graph && <Text>{t('calendar.off')}</Text>}
      {data?.graph && (
        <>
          <Text>{planned === 0 ? t('calendar.noMeetings') : t('calendar.synced', { synced: data.synced, total: planned })}</Text>
          {data.outOfStep > 0 && <Text className={styles.warning}>{outOfStep(t, data.outOfStep, canSync)}</Text>}
          {canSync && (
            <div className={styles.actions}>
              <Button appearance="primary" disabled={busy} onClick={() => void sync.sync()}>
                {sync.state.kind === 'syncing' ? t('calendar.syncing') : t('calendar.sync')}
              </Button>
            </div>
          )}
          <CalendarSyncOutcome control={sync} timeZone={council.timeZone} />
        </>
      )}
    </OverviewCard>
  );
}

/** "3 träffar har ändrats sedan senast – uppdatera kalendern", to a member: a manager needs to. */
function outOfStep(t: Translate, count: number, canSync: boolean): string {
  if (count === 1) return t(canSync ? 'calendar.outOfStepOne' : 'calendar.outOfStepOneMember');
  return t(canSync ? 'calendar.outOfStep' : 'calendar.outOfStepMember', { count });
}
