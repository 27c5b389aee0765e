import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ExportFormat } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { useDownload } from '../../components/use-download';
import { useSpeech } from '../../i18n';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The manager's exports of the year for Stratsys (.xlsx and .csv), downloaded with the bearer token. */
export function ExportButtons({ councilId, year }: { councilId: string; year: number }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const { busy, error, download: save } = useDownload<ExportFormat>();
  const download = (format: ExportFormat) => save(format, paths.export(councilId, format, year), `Kvalitetsrad-${year}.${format}`);

  return (
    <div className={styles.group} role="group" aria-label={t('followUp.export')}>
      <div className={styles.buttons}>
        <Button disabled={busy !== undefined} onClick={() => void download('xlsx')}>
          {t('followUp.exportXlsx')}
        </Button>
        <Button disabled={busy !== undefined} onClick={() => void download('csv')}>
          {t('followUp.exportCsv')}
        </Button>
      </div>
      <FormError message={error} />
    </div>
  );
}
