import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatPeriod } from '../../format';
import { useSpeech, type MessageKey } from '../../i18n';
import { SubAssignmentEditForm } from './sub-assignment-edit-form';
import type { DetailPart } from './detail-part';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  edit: { alignSelf: 'flex-start' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Purpose, goal, measure, responsible, period and origin; the manager edits them here. */
export function SubAssignmentFacts({ part }: { part: DetailPart }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const [editing, setEditing] = useState(false);
  const work = part.detail.subAssignment;
  const facts: [MessageKey, string | undefined][] = [
    ['detail.purpose', work.purpose],
    ['detail.goal', work.goal],
    ['detail.measure', work.measure],
    ['detail.responsible', work.responsible?.name],
    ['detail.period', formatPeriod(work.startsOn, work.endsOn, locale)],
    ['detail.origin', work.origin?.label],
  ];
  const canEdit = part.detail.can.manage && work.status === 'ongoing';
  if (editing) return <SubAssignmentEditForm part={part} onDone={() => setEditing(false)} />;
  return (
    <div className={styles.section}>
      <dl className={styles.facts}>
        {facts.map(([key, value]) => (
          <div key={key} className={styles.pair}>
            <dt className={styles.term}>{t(key)}</dt>
            <dd className={styles.value}>{value || '–'}</dd>
          </div>
        ))}
      </dl>
      {canEdit && (
        <Button className={styles.edit} onClick={() => setEditing(true)}>
          {t('detail.edit')}
        </Button>
      )}
    </div>
  );
}
