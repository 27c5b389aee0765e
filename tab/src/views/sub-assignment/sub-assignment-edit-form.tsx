import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SubAssignmentDetail, SubAssignmentPatch } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { PersonSelect } from '../../components/person-select';
import { useSubmit } from '../../components/use-submit';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import type { DetailPart } from './detail-part';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  dates: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

const FIELDS = ['name', 'purpose', 'goal', 'measure', 'responsibleAadObjectId', 'startsOn', 'endsOn'] as const;

/** The manager's edit of a sub-assignment's facts (PATCH with the version they saw). */
export function SubAssignmentEditForm({ part, onDone }: { part: DetailPart; onDone: () => void }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const work = part.detail.subAssignment;
  const [values, setValues] = useState({
    name: work.name,
    purpose: work.purpose,
    goal: work.goal,
    measure: work.measure,
    responsibleAadObjectId: work.responsible?.aadObjectId ?? '',
    startsOn: work.startsOn ?? '',
    endsOn: work.endsOn ?? '',
  });
  const submission = useSubmit(FIELDS, part.reload);
  const set = (field: keyof typeof values) => (value: string) => setValues({ ...values, [field]: value });

  const save = async () => {
    const patch: SubAssignmentPatch = {
      version: work.version,
      name: values.name,
      purpose: values.purpose,
      goal: values.goal,
      measure: values.measure,
      responsibleAadObjectId: values.responsibleAadObjectId || null,
      startsOn: values.startsOn || null,
      endsOn: values.endsOn || null,
    };
    const saved = await submission.run(() => api.send<SubAssignmentDetail>('PATCH', paths.subAssignment(work.id), patch));
    if (saved) {
      part.onChange(saved);
      onDone();
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby="edit-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="edit-heading" className={styles.heading}>
        {t('detail.editHeading')}
      </h3>
      <Field label={t('activities.name')} required validationMessage={submission.fieldError('name')}>
        <Input value={values.name} onChange={(_, d) => set('name')(d.value)} />
      </Field>
      {(['purpose', 'goal', 'measure'] as const).map((field) => (
        <Field key={field} label={t(`detail.${field}`)} validationMessage={submission.fieldError(field)}>
          <Textarea value={values[field]} onChange={(_, d) => set(field)(d.value)} resize="vertical" />
        </Field>
      ))}
      <PersonSelect
        label={t('detail.responsible')}
        people={part.detail.people}
        value={values.responsibleAadObjectId}
        onChange={set('responsibleAadObjectId')}
        validationMessage={submission.fieldError('responsibleAadObjectId')}
      />
      <div className={styles.dates}>
        <Field label={t('detail.startsOn')} validationMessage={submission.fieldError('startsOn')}>
          <Input type="date" value={values.startsOn} onChange={(_, d) => set('startsOn')(d.value)} />
        </Field>
        <Field label={t('detail.endsOn')} validationMessage={submission.fieldError('endsOn')}>
          <Input type="date" value={values.endsOn} onChange={(_, d) => set('endsOn')(d.value)} />
        </Field>
      </div>
      <FormError message={submission.formError} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={submission.saving}>
          {submission.saving ? t('form.saving') : t('form.save')}
        </Button>
        <Button onClick={onDone}>{t('form.cancel')}</Button>
      </div>
    </form>
  );
}
