import { Caption1, makeStyles, Switch, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { CompletedWork, GoodExampleChoice, GoodExamplesResponse } from '@contract/area';
import { paths } from '../../api/paths';
import { FormError } from '../../components/feedback';
import { StatusSymbol } from '../../components/status';
import { useSubmit } from '../../components/use-submit';
import { formatDay } from '../../format';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { areaName } from './area-names';
import { CARD_SURFACE } from '../../components/surface';

/** How much of the final report the list shows; the Word document has all of it. */
const EXCERPT_CHARS = 280;

const useStyles = makeStyles({
  item: CARD_SURFACE,
  chosen: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground3 },
  symbol: { display: 'inline-flex', verticalAlign: 'text-bottom', marginRight: tokens.spacingHorizontalXS },
  facts: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, whiteSpace: 'pre-line' },
});

const excerpt = (text: string) => (text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS).trimEnd()}…` : text);

/** One completed work with its "Välj som gott exempel" switch; the answer (the whole list) replaces the view's data. */
export function GoodExampleItem({ work, year, onSaved }: { work: CompletedWork; year: number; onSaved: (data: GoodExamplesResponse) => void }) {
  const api = useApi();
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const headingId = useId();
  const submission = useSubmit([]);
  const choose = async (chosen: boolean) => {
    const body: GoodExampleChoice = { chosen };
    const saved = await submission.run(() => api.send<GoodExamplesResponse>('PUT', paths.goodExample(work.subAssignmentId, year), body));
    if (saved) onSaved(saved);
  };
  return (
    <li className={work.chosen ? `${styles.item} ${styles.chosen}` : styles.item} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {work.name}
      </h3>
      <Caption1 className={styles.meta}>
        <span className={styles.symbol}>
          <StatusSymbol status="done" />
        </span>
        {`${work.unitName} · ${areaName(t, work.area)} · ${t('examples.completed', { date: formatDay(work.completedAt, work.timeZone, locale) })}`}
      </Caption1>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('examples.purpose')}</dt>
        <dd className={styles.detail}>
          <Text>{work.purpose || '–'}</Text>
        </dd>
        <dt className={styles.term}>{t('examples.report')}</dt>
        <dd className={styles.detail}>
          <Text>{excerpt(work.finalReport) || '–'}</Text>
        </dd>
      </dl>
      <Switch
        label={t('examples.choose')}
        checked={work.chosen}
        onChange={(_, d) => {
          // Not disabled while saving: a disabled switch would drop the keyboard user's focus.
          if (!submission.saving) void choose(d.checked);
        }}
      />
      <FormError message={submission.formError} />
    </li>
  );
}
