import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CompleteInput, SubAssignmentDetail } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { useSubmit } from '../../components/use-submit';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import type { DetailPart } from './detail-part';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  report: { whiteSpace: 'pre-wrap' },
  button: { alignSelf: 'flex-start' },
});

const FIELDS = ['finalReport'] as const;

/**
 * Slutrapport: a completed sub-assignment shows its report; an ongoing one gives the manager the
 * summary and "Klarmarkera", refused (409 ActivitiesOpen, shown on the field) while activities are open.
 */
export function FinalReport({ part }: { part: DetailPart }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const { subAssignment, can } = part.detail;
  if (subAssignment.status === 'ongoing' && !can.manage) return null;
  return (
    <section className={styles.section} aria-labelledby="report-heading">
      <h3 id="report-heading" className={styles.heading}>
        {t('report.heading')}
      </h3>
      {subAssignment.status === 'completed' ? (
        <Text className={styles.report}>{subAssignment.finalReport || t('report.none')}</Text>
      ) : (
        <CompleteForm part={part} />
      )}
    </section>
  );
}

function CompleteForm({ part }: { part: DetailPart }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const [finalReport, setFinalReport] = useState('');
  const submission = useSubmit(FIELDS, part.reload);
  const work = part.detail.subAssignment;
  const complete = async () => {
    const input: CompleteInput = { version: work.version, finalReport };
    const saved = await submission.run(() => api.send<SubAssignmentDetail>('POST', paths.complete(work.id), input));
    if (saved) part.onChange(saved);
  };
  return (
    <form
      className={styles.section}
      aria-labelledby="report-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void complete();
      }}
    >
      <Field label={t('report.label')} required validationMessage={submission.fieldError('finalReport')}>
        <Textarea value={finalReport} onChange={(_, d) => setFinalReport(d.value)} resize="vertical" rows={4} />
      </Field>
      <FormError message={submission.formError} />
      <Button className={styles.button} appearance="primary" type="submit" disabled={submission.saving}>
        {submission.saving ? t('form.saving') : t('report.complete')}
      </Button>
    </form>
  );
}
