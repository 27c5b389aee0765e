import { Button, Link, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { CalendarEventRef } from '@contract/calendar';
import type { CalendarSyncResponse } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { formatInstant } from '../../format';
import { useSpeech } from '../../i18n';
import type { CalendarSyncControl } from './use-calendar-sync';

const useStyles = makeStyles({
  outcome: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex' },
});

/**
 * What the last sync came to: the counts and the meetings' Teams links; or the server's refusal, with
 * the consent button when the refusal is `ConsentRequired` (outside Teams, why it cannot be given here).
 */
export function CalendarSyncOutcome({ control, timeZone }: { control: CalendarSyncControl; timeZone: string }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const { state } = control;
  if (state.kind === 'synced') return <Synced result={state.result} timeZone={timeZone} />;
  if (state.kind !== 'refused' && state.kind !== 'consenting') return null;
  if (state.error.code !== 'ConsentRequired') return <FormError message={state.error.message} />;
  const refused = state.kind === 'refused' ? state.consent : undefined;
  return (
    <div className={styles.outcome}>
      <MessageBar intent="warning" role="alert">
        <MessageBarBody>{state.error.message}</MessageBarBody>
      </MessageBar>
      {control.grantConsent ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={state.kind === 'consenting'} onClick={() => void control.grantConsent?.()}>
            {state.kind === 'consenting' ? t('calendar.consenting') : t('calendar.consent')}
          </Button>
        </div>
      ) : (
        <Text>{t('calendar.consentLocal')}</Text>
      )}
      {refused && (
        <FormError message={refused.reason ? t('calendar.consentRefusedBecause', { reason: refused.reason }) : t('calendar.consentRefused')} />
      )}
    </div>
  );
}

/** "11 skapade, 0 uppdaterade …" and the Teams meeting of each event. */
function Synced({ result, timeZone }: { result: CalendarSyncResponse; timeZone: string }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const headingId = useId();
  return (
    <div className={styles.outcome}>
      <Text role="status">{t('calendar.summary', counts(result))}</Text>
      {result.events.length > 0 && (
        <section className={styles.outcome} aria-labelledby={headingId}>
          <h4 id={headingId} className={styles.heading}>
            {t('calendar.links')}
          </h4>
          <ul className={styles.list}>
            {result.events.map((event) => (
              <li key={event.meetingId}>
                <EventLink event={event} timeZone={timeZone} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function EventLink({ event, timeZone }: { event: CalendarEventRef; timeZone: string }) {
  const { t, locale } = useSpeech();
  const date = formatInstant(event.startsAt, timeZone, locale);
  if (!event.joinUrl) return <>{t('calendar.noLink', { date })}</>;
  return (
    <Link href={event.joinUrl} target="_blank" rel="noopener">
      {t('calendar.join', { date })}
    </Link>
  );
}

const counts = ({ created, updated, cancelled, unchanged }: CalendarSyncResponse) => ({ created, updated, cancelled, unchanged });
