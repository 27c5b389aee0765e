import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { MeetingAnswers } from '@contract/follow-up';
import { useSpeech, type Translate } from '../../i18n';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  toggle: { alignSelf: 'flex-start', paddingLeft: 0, minWidth: 0 },
  who: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  label: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
});

type WhoKey = keyof NonNullable<MeetingAnswers['names']> | 'unreachable';
const WHO_ORDER: readonly WhoKey[] = ['coming', 'digital', 'declined', 'unanswered', 'toConfirm', 'unreachable'];

/** "5 kommer · 2 digitalt · 1 kan inte · 2 har inte svarat", with the guests and the answers to confirm when there are any. */
function tallyText(t: Translate, a: MeetingAnswers): string {
  return (
    t('answers.tally', { coming: a.coming, digital: a.digital, declined: a.declined, unanswered: a.unanswered }) +
    (a.guests > 0 ? t('answers.guests', { count: a.guests }) : '') +
    (a.toConfirm > 0 ? t('answers.toConfirm', { count: a.toConfirm }) : '')
  );
}

/**
 * The next meeting's answers: the counts everyone sees, and for a manager (the server sends names to
 * managers only) a list to open of who answered what, who has not, and who cannot be reached in
 * personal chat.
 */
export function MeetingAnswersPart({ answers }: { answers: MeetingAnswers }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { names, unreachable = [] } = answers;
  const rows = names
    ? WHO_ORDER.map((key) => ({ key, people: key === 'unreachable' ? unreachable : names[key] })).filter((row) => row.people.length > 0)
    : [];
  return (
    <>
      <h4 className={styles.heading}>{t('answers.heading')}</h4>
      <Text>{tallyText(t, answers)}</Text>
      {rows.length > 0 && (
        <>
          <Button className={styles.toggle} appearance="transparent" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
            {open ? t('answers.hide') : t('answers.show')}
          </Button>
          {open && (
            <dl id={listId} className={styles.who}>
              {rows.map(({ key, people }) => (
                <div key={key} className={styles.row}>
                  <dt className={styles.label}>{t(`answers.who.${key}`)}:</dt>
                  <dd className={styles.value}>{people.join(', ')}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </>
  );
}
