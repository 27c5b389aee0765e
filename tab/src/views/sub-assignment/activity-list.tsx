import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ActivityInput, SubAssignmentDetail } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { useSubmit } from '../../components/use-submit';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { ACTIVITY_FIELDS, ActivityForm, type ActivityValues } from './activity-form';
import { ActivityItem } from './activity-item';
import type { DetailPart } from './detail-part';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const EMPTY: ActivityValues = { name: '', responsibleAadObjectId: '', dueOn: '' };

/** Aktiviteter: the sub-assignment's activities and, for council people, the form to add one. */
export function ActivityList({ part }: { part: DetailPart }) {
  const styles = useStyles();
  const { t } = useSpeech();
  const { detail } = part;
  return (
    <section className={styles.section} aria-labelledby="activities-heading">
      <h3 id="activities-heading" className={styles.heading}>
        {t('activities.heading')}
      </h3>
      {detail.activities.length === 0 ? (
        <Text>{t('activities.none')}</Text>
      ) : (
        <ul className={styles.list}>
          {detail.activities.map((activity) => (
            <ActivityItem key={activity.id} activity={activity} part={part} />
          ))}
        </ul>
      )}
      {detail.can.contribute && detail.subAssignment.status === 'ongoing' && <AddActivity part={part} />}
    </section>
  );
}

function AddActivity({ part }: { part: DetailPart }) {
  const api = useApi();
  const { t } = useSpeech();
  const submission = useSubmit(ACTIVITY_FIELDS, part.reload);
  const add = async (values: ActivityValues) => {
    const input: ActivityInput = {
      name: values.name,
      ...(values.responsibleAadObjectId ? { responsibleAadObjectId: values.responsibleAadObjectId } : {}),
      ...(values.dueOn ? { dueOn: values.dueOn } : {}),
    };
    const saved = await submission.run(() => api.send<SubAssignmentDetail>('POST', paths.activities(part.detail.subAssignment.id), input));
    if (saved) part.onChange(saved);
    return saved !== undefined;
  };
  return (
    <ActivityForm
      title={t('activities.add')}
      submitLabel={t('activities.add')}
      people={part.detail.people}
      initial={EMPTY}
      submission={submission}
      onSubmit={add}
    />
  );
}
