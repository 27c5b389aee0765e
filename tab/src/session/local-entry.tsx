import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DevUser } from '@contract/common';
import { ApiClient } from '../api/client';
import { paths, type MeResponse } from '../api/paths';
import { useResource } from '../components/use-resource';
import { languageTag } from '../format';
import { useSpeech } from '../i18n';
import { ApiContext, useApi } from './api-context';
import { AreaEntry } from './area-entry';
import { CouncilChooser } from './council-chooser';
import { LocalSignIn } from './local-sign-in';
import { useTabView, ViewChoiceContext } from './tab-view';
import { ViewSwitch } from './view-switch';

/** Where local mode keeps its sign-in: for this browser tab only, gone when it closes. */
const TOKEN_KEY = 'kvalitetsrad.localToken';

const useStyles = makeStyles({
  account: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/**
 * Outside Teams (local mode): sign in as one of the mock tenant's people (`/api/dev/*`), then the
 * councils of `/api/me`, or Områdesöversikt when the address asks for it (`?view=overview`) or the
 * user switches to it. A sign-in the server no longer accepts (expired, or a restarted server with a
 * new key) goes back to the sign-in page.
 */
export function LocalEntry() {
  const { t, locale } = useSpeech();
  const choice = useTabView();
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? undefined);
  const signIn = useCallback((value: string | undefined) => {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
    setToken(value);
  }, []);
  const api = useMemo(
    () =>
      token &&
      new ApiClient(
        () => Promise.resolve(token),
        languageTag(locale),
        { network: t('app.network'), unexpected: t('app.error') },
        () => signIn(undefined),
      ),
    [token, locale, t, signIn],
  );
  if (!api) return <SignInPage onSignedIn={signIn} />;
  return (
    <ApiContext.Provider value={api}>
      <ViewChoiceContext.Provider value={choice}>
        {choice.view === 'overview' ? (
          <AreaEntry aside={<SignedIn onSignOut={() => signIn(undefined)} />} />
        ) : (
          <CouncilChooser account={(me) => <Account name={me.name} onSignOut={() => signIn(undefined)} />} />
        )}
      </ViewChoiceContext.Provider>
    </ApiContext.Provider>
  );
}

function SignInPage({ onSignedIn }: { onSignedIn: (token: string) => void }) {
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

function Account({ name, onSignOut }: { name: string; onSignOut: () => void }) {
  const styles = useStyles();
  const { t } = useSpeech();
  return (
    <div className={styles.account}>
      <Text>{name}</Text>
      <Button size="small" onClick={onSignOut}>
        {t('signIn.signOut')}
      </Button>
    </div>
  );
}

/** The account bar of Områdesöversikt in local mode: who is signed in (`/api/me`), and the way back to the councils. */
function SignedIn({ onSignOut }: { onSignOut: () => void }) {
  const api = useApi();
  const styles = useStyles();
  const me = useResource(() => api.get<MeResponse>(paths.me), 'me');
  return (
    <div className={styles.account}>
      <ViewSwitch to="council" />
      {me.data && <Account name={me.data.name} onSignOut={onSignOut} />}
    </div>
  );
}
