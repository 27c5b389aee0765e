import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { PersonRef } from '@contract/common';
import { FormError } from '../../components/feedback';
import { PersonSelect } from '../../components/person-select';
import type { Submission } from '../../components/use-submit';
import { useSpeech } from '../../i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

/** An activity as typed: empty strings for nobody responsible and no due date. */
export interface ActivityValues {
  name: string;
  responsibleAadObjectId: string;
  dueOn: string;
}

/** The fields the activity forms show (refusals naming them go next to them). */
export const ACTIVITY_FIELDS = ['name', 'responsibleAadObjectId', 'dueOn'] as const;

/** What the activity form needs. */
export interface ActivityFormProps {
  title: string;
  submitLabel: string;
  people: PersonRef[];
  initial: ActivityValues;
  submission: Submission;
  /** Saves; answers whether it was saved (the add form then starts over). */
  onSubmit: (values: ActivityValues) => Promise<boolean>;
  onCancel?: () => void;
}

/** Name, responsible and due date of an activity: the add form, and the edit form of one. */
export function ActivityForm({ title, submitLabel, people, initial, submission, onSubmit, onCancel }: ActivityFormProps) {
  const styles = useStyles();
  const { t } = useSpeech();
  const headingId = useId();
  const [values, setValues] = useState(initial);
  const submit = async () => {
    if (await onSubmit(values)) setValues(initial);
  };
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h4 id={headingId} className={styles.heading}>
        {title}
      </h4>
      <Field label={t('activities.name')} required validationMessage={submission.fieldError('name')}>
        <Input value={values.name} onChange={(_, d) => setValues({ ...values, name: d.value })} />
      </Field>
      <div className={styles.row}>
        <PersonSelect
          label={t('activities.responsible')}
          people={people}
          value={values.responsibleAadObjectId}
          onChange={(v) => setValues({ ...values, responsibleAadObjectId: v })}
          validationMessage={submission.fieldError('responsibleAadObjectId')}
        />
        <Field label={t('activities.dueOn')} validationMessage={submission.fieldError('dueOn')}>
          <Input type="date" value={values.dueOn} onChange={(_, d) => setValues({ ...values, dueOn: d.value })} />
        </Field>
      </div>
      <FormError message={submission.formError} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={submission.saving}>
          {submission.saving ? t('form.saving') : submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('form.cancel')}</Button>}
      </div>
    </form>
  );
}
