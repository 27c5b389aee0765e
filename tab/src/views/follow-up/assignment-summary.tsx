import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FollowUpResponse } from '@contract/follow-up';
import { AssessmentForm } from '../../components/assessment-form';
import { MissingMonths } from '../../components/missing-months';
import { LatestStatus } from '../../components/status';
import { useSpeech } from '../../i18n';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
});

/** The assignment "Kvalitetsråd" row: its latest status, missing months, and the manager's monthly assessment. */
export function AssignmentSummary({ data, onSaved }: { data: FollowUpResponse; onSaved: () => void }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const [assessing, setAssessing] = useState(false);
  const { assignment } = data;
  return (
    <section className={styles.section} aria-labelledby="assignment-heading">
      <h3 id="assignment-heading" className={styles.heading}>
        {t('followUp.assignment')}: {assignment.name}
      </h3>
      <div className={styles.row}>
        <LatestStatus latest={assignment.latest} />
        <MissingMonths months={assignment.missingMonths} />
        {data.can.manage && (
          <Button size="small" aria-expanded={assessing} onClick={() => setAssessing(!assessing)}>
            {assessing ? t('followUp.closeAssess') : t('followUp.assess')}
          </Button>
        )}
      </div>
      {assessing && (
        <AssessmentForm
          councilId={data.council.id}
          today={data.today}
          target={{ kind: 'assignment', year: data.year }}
          year={data.year}
          title={t('assessment.headingOf', { name: assignment.name })}
          level={4}
          latest={assignment.latest}
          onSaved={() => {
            setAssessing(false);
            onSaved();
          }}
          onCancel={() => setAssessing(false)}
        />
      )}
    </section>
  );
}
