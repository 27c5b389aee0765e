import { Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { paths, type MeResponse } from '../api/paths';
import { Pending } from '../components/feedback';
import { useResource } from '../components/use-resource';
import { useSpeech } from '../i18n';
import { CouncilShell } from '../views/council-shell';
import { useApi } from './api-context';
import { ViewSwitch } from './view-switch';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'end', flexWrap: 'wrap' },
});

/** The councils the signed-in user leads or sits in (`GET /api/me`): one is shown, a select picks among several. */
export function CouncilChooser({ account }: { account?: (me: MeResponse) => ReactNode }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const me = useResource(() => api.get<MeResponse>(paths.me), 'me');
  const [chosen, setChosen] = useState<string>();
  if (!me.data) return <Pending resource={me} />;
  const { councils } = me.data;
  const council = councils.find((c) => c.id === chosen) ?? councils[0];
  if (!council) {
    return (
      <>
        {account?.(me.data)}
        <div>
          <ViewSwitch to="overview" />
        </div>
        <Text>{t('council.none')}</Text>
      </>
    );
  }
  const aside = (
    <div className={styles.bar}>
      {councils.length > 1 && (
        <Field label={t('council.pick')}>
          <Select value={council.id} onChange={(_, d) => setChosen(d.value)}>
            {councils.map((c) => (
              <option key={c.id} value={c.id}>
                {c.unitName} ({t(`council.role.${c.role}`)})
              </option>
            ))}
          </Select>
        </Field>
      )}
      {account?.(me.data)}
      <ViewSwitch to="overview" />
    </div>
  );
  return <CouncilShell key={council.id} council={council} aside={aside} />;
}
