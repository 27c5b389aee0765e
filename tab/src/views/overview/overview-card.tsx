import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { CARD_SURFACE } from '../../components/surface';

const useStyles = makeStyles({
  card: CARD_SURFACE,
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** A card of Översikt: a region named by its heading. */
export function OverviewCard({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-label={title}>
      <h3 className={styles.heading}>{title}</h3>
      {children}
    </section>
  );
}
