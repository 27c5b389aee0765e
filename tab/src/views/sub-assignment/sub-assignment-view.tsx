import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { SubAssignmentDetail } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { AssessmentForm } from '../../components/assessment-form';
import { Pending, ReloadError } from '../../components/feedback';
import { LatestStatus, StatusLabel } from '../../components/status';
import { useResource } from '../../components/use-resource';
import { formatDay, formatMonth } from '../../format';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { ActivityList } from './activity-list';
import type { DetailPart } from './detail-part';
import { Documents } from './documents';
import { FinalReport } from './final-report';
import { History } from './history';
import { SubAssignmentFacts } from './sub-assignment-facts';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, alignItems: 'stretch' },
  back: { alignSelf: 'flex-start' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  status: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'center' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** One sub-assignment (deluppdrag): facts, activities, monthly assessments, documents and the final report. */
export function SubAssignmentView({ id, onBack }: { id: string; onBack: () => void }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const resource = useResource(() => api.get<SubAssignmentDetail>(paths.subAssignment(id)), id);
  const detail = resource.data;
  return (
    <div className={styles.view}>
      <Button className={styles.back} appearance="subtle" onClick={onBack}>
        ← {t('detail.back')}
      </Button>
      {detail ? <Detail part={{ detail, onChange: resource.replace, reload: resource.reload }} /> : <Pending resource={resource} />}
      <ReloadError resource={resource} />
    </div>
  );
}

function Detail({ part }: { part: DetailPart }) {
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const { detail } = part;
  const work = detail.subAssignment;
  const ongoing = work.status === 'ongoing';
  return (
    <>
      <h2 className={styles.title}>{work.name}</h2>
      <div className={styles.status}>
        {ongoing ? <LatestStatus latest={work.latest} /> : <StatusLabel status="done" />}
        {work.completedAt && <span>{t('detail.completedAt', { date: formatDay(work.completedAt, detail.council.timeZone, locale) })}</span>}
      </div>
      {ongoing && work.missingMonths.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('detail.missing', { months: work.missingMonths.map((m) => formatMonth(m, locale)).join(', ') })}</MessageBarBody>
        </MessageBar>
      )}
      <SubAssignmentFacts part={part} />
      <ActivityList part={part} />
      {detail.can.manage && ongoing && (
        <section className={styles.section}>
          <AssessmentForm
            councilId={detail.council.id}
            today={detail.today}
            target={{ kind: 'subAssignment', id: work.id }}
            year={work.year}
            title={t('assessment.heading')}
            level={3}
            latest={work.latest}
            onSaved={part.reload}
          />
        </section>
      )}
      <History history={work.history} />
      <Documents part={part} />
      <FinalReport part={part} />
    </>
  );
}
