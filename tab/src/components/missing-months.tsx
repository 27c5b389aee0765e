import { makeStyles, tokens } from '@fluentui/react-components';
import { formatMonth } from '../format';
import { useSpeech } from '../i18n';

const useStyles = makeStyles({
  warning: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'baseline', color: tokens.colorStatusWarningForeground3 },
  none: { color: tokens.colorNeutralForeground3 },
});

/** Months whose assessment is due and missing, as a warning: "⚠ Saknas: jan, feb". */
export function MissingMonths({ months }: { months: string[] }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  if (months.length === 0) return <span className={styles.none}>–</span>;
  const names = months.map((m) => formatMonth(m, locale, true)).join(', ');
  return (
    <span className={styles.warning}>
      <span aria-hidden="true">⚠</span>
      {t('followUp.missing', { months: names })}
    </span>
  );
}
