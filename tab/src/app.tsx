import { FluentProvider, makeStyles, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens, type Theme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { FormError, Loading } from './components/feedback';
import { localeOf, SpeechContext, translator } from './i18n';
import { LocalEntry } from './session/local-entry';
import { connectToTeams, type TeamsSession, type TeamsTheme } from './session/teams';
import { TeamsEntry } from './session/teams-entry';

const THEMES: Record<TeamsTheme, Theme> = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** Where the tab runs: still finding out, inside Teams, outside Teams (local mode), or Teams failed. */
type Host = { kind: 'pending' } | { kind: 'teams'; session: TeamsSession } | { kind: 'local' } | { kind: 'failed' };

/** The tab: finds out whether Teams hosts it, then follows Teams' language and theme. */
export function App() {
  const styles = useStyles();
  const [host, setHost] = useState<Host>({ kind: 'pending' });
  const [theme, setTheme] = useState<TeamsTheme>('default');

  useEffect(() => {
    connectToTeams().then(
      (session) => {
        if (!session) {
          setHost({ kind: 'local' });
          return;
        }
        setTheme(session.theme);
        session.onThemeChange(setTheme);
        setHost({ kind: 'teams', session });
      },
      (error: unknown) => {
        console.error('Teams context or sign-in failed', error);
        setHost({ kind: 'failed' });
      },
    );
  }, []);

  const locale = localeOf(host.kind === 'teams' ? host.session.locale : undefined);
  const speech = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <FluentProvider theme={THEMES[theme]} className={styles.page}>
      <SpeechContext.Provider value={speech}>
        {host.kind === 'pending' && <Loading />}
        {host.kind === 'teams' && <TeamsEntry session={host.session} />}
        {host.kind === 'local' && <LocalEntry />}
        {host.kind === 'failed' && <FormError message={speech.t('app.error')} />}
      </SpeechContext.Provider>
    </FluentProvider>
  );
}
