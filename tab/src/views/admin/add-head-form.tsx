import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { AreaHead } from '@contract/area';
import { FormError } from '../../components/feedback';
import { useSubmit } from '../../components/use-submit';
import { useSpeech } from '../../i18n';
import { AREAS, type Area } from '@contract/vocabulary';
import { areaName } from '../area/area-names';
import { headsOf, type SaveHeads } from './save-heads';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  area: { maxWidth: '20rem' },
  name: { width: '20rem', maxWidth: '100%' },
  id: { width: '26rem', maxWidth: '100%' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-start' },
});

/** The inputs the server may name in a refusal (`heads[i].name`, `heads[i].aadObjectId` arrive as the last part). */
const FIELDS = ['name', 'aadObjectId'] as const;

const EMPTY = { name: '', aadObjectId: '' };

/**
 * "Lägg till områdeschef": an area, a name and the person's Entra object id (there is no directory
 * search yet, and the hint says so). Saves the area's list with the new head; a refusal shows next
 * to its field and what was typed stays.
 */
export function AddHeadForm({ heads, save }: { heads: readonly AreaHead[]; save: SaveHeads }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const headingId = useId();
  const submission = useSubmit(FIELDS);
  const [area, setArea] = useState<Area>(AREAS[0]);
  const [values, setValues] = useState(EMPTY);
  const submit = async () => {
    const added = { aadObjectId: values.aadObjectId.trim(), name: values.name };
    if (await submission.run(() => save(area, [...headsOf(heads, area), added]))) setValues(EMPTY);
  };
  return (
    // noValidate: the server's refusal (in the user's language, next to the field) is the one shown.
    <form
      className={styles.form}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id={headingId} className={styles.heading}>
        {t('admin.add')}
      </h3>
      <Field className={styles.area} label={t('units.col.area')}>
        <Select value={area} onChange={(_, d) => setArea(d.value as Area)}>
          {AREAS.map((key) => (
            <option key={key} value={key}>
              {areaName(t, key)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field className={styles.name} label={t('admin.name')} required validationMessage={submission.fieldError('name')}>
          <Input value={values.name} onChange={(_, d) => setValues({ ...values, name: d.value })} />
        </Field>
        <Field
          className={styles.id}
          label={t('admin.objectId')}
          required
          hint={t('admin.objectIdHint')}
          validationMessage={submission.fieldError('aadObjectId')}
        >
          <Input value={values.aadObjectId} onChange={(_, d) => setValues({ ...values, aadObjectId: d.value })} />
        </Field>
      </div>
      <FormError message={submission.formError} />
      <div>
        <Button appearance="primary" type="submit" disabled={submission.saving}>
          {submission.saving ? t('form.saving') : t('admin.add')}
        </Button>
      </div>
    </form>
  );
}
