import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useSpeech } from '../i18n';
import type { Resource } from './use-resource';

/** A form's refusal that names no field of it. */
export function FormError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

const useStyles = makeStyles({
  loading: { justifyContent: 'flex-start' },
});

/** "Laddar…" while a view's first data is on its way. */
export function Loading() {
  const styles = useStyles();
  const { t } = useSpeech();
  return <Spinner className={styles.loading} size="small" label={t('app.loading')} />;
}

/**
 * What a view shows before its data is there: a spinner, or the refusal with "Försök igen". Once data
 * has arrived, a failed reload shows the message above the old data instead (see `ReloadError`).
 */
export function Pending<T>({ resource }: { resource: Resource<T> }) {
  const { t } = useSpeech();
  if (!resource.error) return <Loading />;
  return (
    <MessageBar intent="error">
      <MessageBarBody>{resource.error.message}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={resource.reload}>{t('app.retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** A reload that failed while older data is shown. */
export function ReloadError<T>({ resource }: { resource: Resource<T> }) {
  if (!resource.error || !resource.data) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{resource.error.message}</MessageBarBody>
    </MessageBar>
  );
}
