import { Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useRef } from 'react';
import type { AreaHead } from '@contract/area';
import type { Area } from '@contract/vocabulary';
import { FormError } from '../../components/feedback';
import { useSubmit } from '../../components/use-submit';
import { useSpeech } from '../../i18n';
import { areaName } from '../area/area-names';
import { headsOf, type SaveHeads } from './save-heads';
import { CARD_SURFACE } from '../../components/surface';

const useStyles = makeStyles({
  card: CARD_SURFACE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalM },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  id: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** What one area's card needs: its heads, all heads (the PUT replaces the area's list), and the save. */
export interface AreaHeadsListProps {
  area: Area;
  heads: readonly AreaHead[];
  all: readonly AreaHead[];
  save: SaveHeads;
}

/** One area's named heads, each with "Ta bort"; after a removal focus goes to the area's heading. */
export function AreaHeadsList({ area, heads, all, save }: AreaHeadsListProps) {
  const styles = useStyles();
  const { t } = useSpeech();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const submission = useSubmit([]);
  const name = areaName(t, area);
  const remove = async (aadObjectId: string) => {
    const saved = await submission.run(() =>
      save(
        area,
        headsOf(all, area).filter((h) => h.aadObjectId !== aadObjectId),
      ),
    );
    if (saved) heading.current?.focus();
  };
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {name}
      </h3>
      {heads.length === 0 && <Text>{t('admin.none')}</Text>}
      {heads.length > 0 && (
        <ul className={styles.list} aria-label={t('admin.headsOf', { area: name })}>
          {heads.map((h) => (
            <li key={h.aadObjectId} className={styles.head}>
              <span className={styles.who}>
                <Text>{h.name}</Text>
                <Caption1 className={styles.id}>{h.aadObjectId}</Caption1>
              </span>
              <Button
                size="small"
                disabled={submission.saving}
                aria-label={t('admin.removeLabel', { name: h.name, area: name })}
                onClick={() => void remove(h.aadObjectId)}
              >
                {t('admin.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormError message={submission.formError} />
    </section>
  );
}
