import { makeStyles, tokens } from '@fluentui/react-components';
import type { Assessment } from '@contract/common';
import type { StatusColour } from '@contract/vocabulary';
import { statusLabel, useSpeech } from '../i18n';

const useStyles = makeStyles({
  label: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  symbol: { flexShrink: 0 },
  none: { color: tokens.colorNeutralForeground3 },
});

const FILL: Record<StatusColour, string> = {
  not_started: tokens.colorNeutralForeground3,
  on_track: tokens.colorPaletteGreenBackground3,
  partly: tokens.colorPaletteYellowBackground3,
  off_track: tokens.colorPaletteRedBackground3,
  done: tokens.colorPaletteGreenBackground3,
};

/**
 * Stratsys' colour for a status, each with its own shape (ring, dot, half dot, diamond, check) so it
 * never rests on colour alone. Decorative: the label next to it says the status.
 */
export function StatusSymbol({ status }: { status: StatusColour }) {
  const styles = useStyles();
  const fill = FILL[status];
  const stroke = tokens.colorNeutralStrokeAccessible;
  return (
    <svg className={styles.symbol} width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {status === 'not_started' && <circle cx="7" cy="7" r="5.5" fill="none" stroke={fill} strokeWidth="2" />}
      {status === 'on_track' && <circle cx="7" cy="7" r="6" fill={fill} stroke={stroke} strokeWidth="0.5" />}
      {status === 'partly' && (
        <>
          <circle cx="7" cy="7" r="6" fill="none" stroke={stroke} strokeWidth="1" />
          <path d="M7 1 A6 6 0 0 0 7 13 Z" fill={fill} stroke={stroke} strokeWidth="0.5" />
          <path d="M7 1 A6 6 0 0 1 7 13 Z" fill={fill} fillOpacity="0.35" />
        </>
      )}
      {status === 'off_track' && <path d="M7 0.5 L13.5 7 L7 13.5 L0.5 7 Z" fill={fill} stroke={stroke} strokeWidth="0.5" />}
      {status === 'done' && (
        <>
          <circle cx="7" cy="7" r="6.5" fill={fill} />
          <path
            d="M3.8 7.2 L6 9.4 L10.3 4.9"
            fill="none"
            stroke={tokens.colorNeutralForegroundOnBrand}
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
    </svg>
  );
}

/** A status as symbol and text: "● Enligt plan". */
export function StatusLabel({ status }: { status: StatusColour }) {
  const styles = useStyles();
  const { t } = useSpeech();
  return (
    <span className={styles.label}>
      <StatusSymbol status={status} />
      {statusLabel(t, status)}
    </span>
  );
}

/** The latest assessment's status, or "Ingen bedömning" when there is none. */
export function LatestStatus({ latest }: { latest?: Assessment }) {
  const styles = useStyles();
  const { t } = useSpeech();
  return latest ? <StatusLabel status={latest.status} /> : <span className={styles.none}>{t('status.none')}</span>;
}
