import { Field, Select } from '@fluentui/react-components';
import type { PersonRef } from '@contract/common';
import { useSpeech } from '../i18n';

/** What the responsible-person select needs. */
export interface PersonSelectProps {
  label: string;
  people: PersonRef[];
  /** The chosen person's `aadObjectId`, '' for nobody. */
  value: string;
  onChange: (value: string) => void;
  validationMessage?: string;
}

/** "Ansvarig": one of the council's people, or nobody. */
export function PersonSelect({ label, people, value, onChange, validationMessage }: PersonSelectProps) {
  const { t } = useSpeech();
  return (
    <Field label={label} validationMessage={validationMessage}>
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        <option value="">{t('activities.noResponsible')}</option>
        {people.map((p) => (
          <option key={p.aadObjectId} value={p.aadObjectId}>
            {p.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
