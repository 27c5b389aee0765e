import { Button, Field, makeStyles, Radio, RadioGroup, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { STATUS_COLOURS, type StatusColour } from '@contract/vocabulary';
import type { Assessment } from '@contract/common';
import type { AssessmentInput } from '@contract/follow-up';
import { paths } from '../api/paths';
import { assessableMonths, formatMonth } from '../format';
import { statusLabel, useSpeech } from '../i18n';
import { useApi } from '../session/api-context';
import { FormError } from './feedback';
import { StatusSymbol } from './status';
import { useSubmit } from './use-submit';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  statuses: { flexWrap: 'wrap' },
  option: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const FIELDS = ['month', 'status', 'comment'] as const;

/** What the assessment form needs. */
export interface AssessmentFormProps {
  councilId: string;
  target: AssessmentInput['target'];
  /** The year the target belongs to: its months up to `today` (the server's date) are the ones offered. */
  year: number;
  today: string;
  /** The form's heading ("Lägesbedömning: Lugnare måltider"). */
  title: string;
  /** The heading level that fits where the form sits. */
  level: 3 | 4;
  /** The target's latest assessment: the form starts from it when it is of the month chosen. */
  latest?: Assessment;
  onSaved: (assessment: Assessment) => void;
  onCancel?: () => void;
}

/**
 * Lägesbedömning: the month's status (Stratsys' colours, each with its symbol) and a comment. A second
 * assessment of the same month replaces the first, so the form is also how one is corrected.
 */
export function AssessmentForm(props: AssessmentFormProps) {
  const { t, locale } = useSpeech();
  const api = useApi();
  const styles = useStyles();
  const headingId = useId();
  const months = assessableMonths(props.year, props.today);
  const [month, setMonth] = useState(months.at(-1) ?? '');
  const same = props.latest?.month === month ? props.latest : undefined;
  const [status, setStatus] = useState<StatusColour | ''>(same?.status ?? '');
  const [comment, setComment] = useState(same?.comment ?? '');
  const submission = useSubmit(FIELDS);
  const Heading = props.level === 3 ? 'h3' : 'h4';

  const save = async () => {
    const input = { target: props.target, month, status, comment } as AssessmentInput;
    const saved = await submission.run(() => api.send<Assessment>('PUT', paths.assessments(props.councilId), input));
    if (saved) props.onSaved(saved);
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Heading id={headingId} className={styles.heading}>
        {props.title}
      </Heading>
      {months.length === 0 && <Text>{t('assessment.noMonths', { year: props.year })}</Text>}
      <Field label={t('assessment.month')} validationMessage={submission.fieldError('month')}>
        <Select value={month} onChange={(_, d) => setMonth(d.value)}>
          {months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, locale)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('assessment.status')} required validationMessage={submission.fieldError('status')}>
        <RadioGroup className={styles.statuses} layout="horizontal" value={status} onChange={(_, d) => setStatus(d.value as StatusColour)}>
          {STATUS_COLOURS.map((s) => (
            <Radio
              key={s}
              value={s}
              label={
                <span className={styles.option}>
                  <StatusSymbol status={s} />
                  {statusLabel(t, s)}
                </span>
              }
            />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('assessment.comment')} validationMessage={submission.fieldError('comment')}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
      </Field>
      <FormError message={submission.formError} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={submission.saving || months.length === 0}>
          {submission.saving ? t('form.saving') : t('assessment.save')}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{t('form.cancel')}</Button>}
      </div>
    </form>
  );
}
