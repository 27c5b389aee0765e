import { Button, Field, Input, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { LinkInput, SubAssignmentDetail } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { useSubmit } from '../../components/use-submit';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import type { DetailPart } from './detail-part';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  form: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'end' },
});

/** Documents (minutes, schedule) and links; the manager adds links (https only). */
export function Documents({ part }: { part: DetailPart }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const { documents, can, subAssignment } = part.detail;
  return (
    <section className={styles.section} aria-labelledby="documents-heading">
      <h3 id="documents-heading" className={styles.heading}>
        {t('detail.documents')}
      </h3>
      {documents.length === 0 ? (
        <Text>{t('detail.noDocuments')}</Text>
      ) : (
        <ul className={styles.list}>
          {documents.map((d) => (
            <li key={`${d.kind}:${d.url}`}>
              <Link href={d.url} target="_blank" rel="noopener">
                {d.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {can.manage && subAssignment.status === 'ongoing' && <AddLink part={part} />}
    </section>
  );
}

const FIELDS = ['title', 'url'] as const;

function AddLink({ part }: { part: DetailPart }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const [link, setLink] = useState<LinkInput>({ title: '', url: '' });
  const submission = useSubmit(FIELDS, part.reload);
  const add = async () => {
    const saved = await submission.run(() => api.send<SubAssignmentDetail>('POST', paths.links(part.detail.subAssignment.id), link));
    if (!saved) return;
    part.onChange(saved);
    setLink({ title: '', url: '' });
  };
  return (
    <form
      aria-label={t('detail.addLink')}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <div className={styles.form}>
        <Field label={t('detail.linkTitle')} validationMessage={submission.fieldError('title')}>
          <Input value={link.title} onChange={(_, d) => setLink({ ...link, title: d.value })} />
        </Field>
        <Field label={t('detail.linkUrl')} validationMessage={submission.fieldError('url')}>
          <Input type="url" value={link.url} onChange={(_, d) => setLink({ ...link, url: d.value })} />
        </Field>
        <Button type="submit" disabled={submission.saving}>
          {submission.saving ? t('form.saving') : t('detail.addLink')}
        </Button>
      </div>
      <FormError message={submission.formError} />
    </form>
  );
}
