import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { Assessment } from '@contract/common';
import { StatusLabel } from '../../components/status';
import { formatMonth } from '../../format';
import { useSpeech } from '../../i18n';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  comment: { whiteSpace: 'pre-wrap' },
});

/** The monthly status history, newest month first. */
export function History({ history }: { history: Assessment[] }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const newestFirst = [...history].reverse();
  return (
    <section className={styles.section} aria-labelledby="history-heading">
      <h3 id="history-heading" className={styles.heading}>
        {t('detail.history')}
      </h3>
      {newestFirst.length === 0 ? (
        <Text>{t('detail.noHistory')}</Text>
      ) : (
        <Table aria-labelledby="history-heading" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('detail.month')}</TableHeaderCell>
              <TableHeaderCell>{t('assessment.status')}</TableHeaderCell>
              <TableHeaderCell>{t('detail.comment')}</TableHeaderCell>
              <TableHeaderCell>{t('detail.by')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {newestFirst.map((a) => (
              <TableRow key={a.month}>
                <TableCell>{formatMonth(a.month, locale)}</TableCell>
                <TableCell>
                  <StatusLabel status={a.status} />
                </TableCell>
                <TableCell className={styles.comment}>{a.comment || '–'}</TableCell>
                <TableCell>{a.assessedBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
