import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DevUser } from '@contract/common';
import { paths } from '../api/paths';
import { FormError, Loading } from '../components/feedback';
import { useSpeech } from '../i18n';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '32rem' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  people: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** What the local sign-in page needs: the mock tenant's people, or what went wrong loading them. */
export interface LocalSignInProps {
  users?: DevUser[];
  error?: string;
  onSignedIn: (token: string) => void;
}

/** Local mode (tab opened outside Teams): "Logga in som …" one of the mock tenant's people. */
export function LocalSignIn({ users, error, onSignedIn }: LocalSignInProps) {
  const styles = useStyles();
  const { t } = useSpeech();
  const [busy, setBusy] = useState<string>();
  const [refusal, setRefusal] = useState<string>();

  const signIn = async (aadObjectId: string) => {
    setBusy(aadObjectId);
    setRefusal(undefined);
    try {
      const response = await fetch(paths.devSignIn, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ aadObjectId }),
      });
      const body = (await response.json()) as { token?: string; message?: string };
      if (response.ok && body.token) onSignedIn(body.token);
      else setRefusal(body.message ?? t('app.error'));
    } catch {
      setRefusal(t('app.network'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <main className={styles.page}>
      <h1 className={styles.title}>{t('app.title')}</h1>
      <h2 className={styles.heading}>{t('signIn.heading')}</h2>
      <Text>{t('signIn.intro')}</Text>
      <FormError message={error ?? refusal} />
      {!users && !error && <Loading />}
      {users?.length === 0 && <Text>{t('signIn.none')}</Text>}
      <ul className={styles.people}>
        {users?.map((user) => (
          <li key={user.aadObjectId}>
            <Button disabled={busy !== undefined} onClick={() => void signIn(user.aadObjectId)}>
              {user.name}
            </Button>
          </li>
        ))}
      </ul>
    </main>
  );
}
