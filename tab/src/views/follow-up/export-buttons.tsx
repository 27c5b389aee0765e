import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ExportFormat } from '../../../../bot/src/api/follow-up-contract';
import { ApiRequestError } from '../../api/client';
import { paths } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The manager's exports of the year for Stratsys (.xlsx and .csv), downloaded with the bearer token. */
export function ExportButtons({ councilId, year }: { councilId: string; year: number }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const [busy, setBusy] = useState<ExportFormat>();
  const [error, setError] = useState<string>();

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      await api.download(paths.export(councilId, format, year), `Kvalitetsrad-${year}.${format}`);
    } catch (caught) {
      if (!(caught instanceof ApiRequestError)) throw caught;
      setError(caught.message);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className={styles.group} role="group" aria-label={t('followUp.export')}>
      <div className={styles.buttons}>
        <Button disabled={busy !== undefined} onClick={() => void download('xlsx')}>{t('followUp.exportXlsx')}</Button>
        <Button disabled={busy !== undefined} onClick={() => void download('csv')}>{t('followUp.exportCsv')}</Button>
      </div>
      <FormError message={error} />
    </div>
  );
}
