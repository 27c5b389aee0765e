import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DevUser } from '../../../bot/src/api/follow-up-contract';
import { ApiClient } from '../api/client';
import { paths } from '../api/paths';
import { languageTag } from '../format';
import { useSpeech } from '../i18n';
import { ApiContext } from './api-context';
import { CouncilChooser } from './council-chooser';
import { LocalSignIn } from './local-sign-in';

/** Where local mode keeps its sign-in: for this browser tab only, gone when it closes. */
const TOKEN_KEY = 'kvalitetsrad.localToken';

const useStyles = makeStyles({
  account: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Outside Teams (local mode): sign in as one of the mock tenant's people (`/api/dev/*`), then the
 * councils of `/api/me`. A sign-in the server no longer accepts (expired, or a restarted server with a
 * new key) goes back to the sign-in page.
 */
export function LocalEntry() {
  const { t, locale } = useSpeech();
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? undefined);
  const signIn = useCallback((value: string | undefined) => {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
    setToken(value);
  }, []);
  const api = useMemo(
    () => token && new ApiClient(async () => token, languageTag(locale), { network: t('app.network'), unexpected: t('app.error') }, () => signIn(undefined)),
    [token, locale, t, signIn],
  );
  if (!api) return <SignInPage onSignedIn={signIn} />;
  return (
    <ApiContext.Provider value={api}>
      <CouncilChooser account={(me) => <Account name={me.name} onSignOut={() => signIn(undefined)} />} />
    </ApiContext.Provider>
  );
}

function SignInPage({ onSignedIn }: { onSignedIn(token: string): void }) {
  const { t } = useSpeech();
  const [users, setUsers] = useState<DevUser[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    fetch(paths.devUsers)
      .then(async (response) => (response.ok ? setUsers((await response.json()) as DevUser[]) : setError(t('app.error'))))
      .catch(() => setError(t('app.network')));
  }, [t]);
  return <LocalSignIn users={users} error={error} onSignedIn={onSignedIn} />;
}

function Account({ name, onSignOut }: { name: string; onSignOut(): void }) {
  const styles = useStyles();
  const { t } = useSpeech();
  return (
    <div className={styles.account}>
      <Text>{name}</Text>
      <Button size="small" onClick={onSignOut}>{t('signIn.signOut')}</Button>
    </div>
  );
}
