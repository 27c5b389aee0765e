import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { GoodExamplesResponse } from '@contract/area';
import { paths } from '../../api/paths';
import { FormError, ReloadError } from '../../components/feedback';
import { useDownload } from '../../components/use-download';
import { useResource } from '../../components/use-resource';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { AreaPending } from './area-refusal';
import { GoodExampleItem } from './good-example-item';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', justifyContent: 'space-between' },
  download: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'flex-start' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingVerticalL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
  },
});

/**
 * Goda exempel: the year's completed works in the user's areas; the area head chooses some for the
 * SAS and downloads them as one Word document for the quality report.
 */
export function GoodExamplesView({ year, yearSelect }: { year: number; yearSelect: ReactNode }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const path = paths.goodExamples(year);
  const examples = useResource(() => api.get<GoodExamplesResponse>(path), path);
  const data = examples.data;
  const chosen = data?.works.filter((w) => w.chosen).length ?? 0;
  return (
    <div className={styles.view}>
      <Text>{t('examples.intro')}</Text>
      <div className={styles.bar}>
        {yearSelect}
        {data && data.works.length > 0 && (
          <div className={styles.download}>
            <Text>{t('examples.chosen', { count: chosen, total: data.works.length })}</Text>
            <DownloadButton year={data.year} />
          </div>
        )}
      </div>
      {!data && <AreaPending resource={examples} />}
      <ReloadError resource={examples} />
      {data?.works.length === 0 && <Text>{t('examples.none', { year: data.year })}</Text>}
      {data && data.works.length > 0 && (
        <ul className={styles.list}>
          {data.works.map((work) => (
            <GoodExampleItem key={work.subAssignmentId} work={work} year={data.year} onSaved={examples.replace} />
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * "Ladda ner goda exempel (Word)": the chosen works as one .docx, fetched with the bearer token. Busy,
 * the button stays focusable, so a keyboard user keeps their place.
 */
function DownloadButton({ year }: { year: number }) {
  const { t } = useSpeech();
  const { busy, error, download: save } = useDownload();
  const download = () => save('docx', paths.goodExamplesDocx(year), `Goda-exempel-${year}.docx`);
  return (
    <>
      <Button appearance="primary" disabledFocusable={busy !== undefined} onClick={() => void download()}>
        {t('examples.download')}
      </Button>
      <FormError message={error} />
    </>
  );
}
