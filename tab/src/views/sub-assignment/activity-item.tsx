import { Button, Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Activity, ActivityPatch, SubAssignmentDetail } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { AssessmentForm } from '../../components/assessment-form';
import { FormError } from '../../components/feedback';
import { LatestStatus, StatusLabel } from '../../components/status';
import { useSubmit } from '../../components/use-submit';
import { formatDate, formatDay } from '../../format';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { ACTIVITY_FIELDS, ActivityForm, type ActivityValues } from './activity-form';
import type { DetailPart } from './detail-part';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  name: { fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Mode = 'view' | 'edit' | 'assess';

/** One activity: its facts and status; "Klar", edit (manager or the member responsible) and the manager's assessment. */
export function ActivityItem({ activity, part }: { activity: Activity; part: DetailPart }) {
  const api = useApi();
  const styles = useStyles();
  const { t, locale } = useSpeech();
  const [mode, setMode] = useState<Mode>('view');
  const submission = useSubmit(ACTIVITY_FIELDS, part.reload);
  const { detail } = part;

  const patch = async (change: Omit<ActivityPatch, 'version'>) => {
    const saved = await submission.run(() =>
      api.send<SubAssignmentDetail>('PATCH', paths.activity(activity.id), { version: activity.version, ...change }),
    );
    if (saved) part.onChange(saved);
    return saved !== undefined;
  };
  const edit = async (values: ActivityValues) => {
    const saved = await patch({ name: values.name, responsibleAadObjectId: values.responsibleAadObjectId || null, dueOn: values.dueOn || null });
    if (saved) setMode('view');
    return saved;
  };

  return (
    <li className={styles.item} aria-label={activity.name}>
      <div className={styles.row}>
        <span className={styles.name}>{activity.name}</span>
        {activity.done ? <StatusLabel status="done" /> : <LatestStatus latest={activity.latest} />}
      </div>
      <div className={styles.row}>
        <Caption1>{activity.responsible?.name ?? t('activities.noResponsible')}</Caption1>
        {activity.dueOn && <Caption1>{t('activities.due', { date: formatDate(activity.dueOn, locale) })}</Caption1>}
        {activity.doneAt && <Caption1>{t('activities.doneAt', { date: formatDay(activity.doneAt, detail.council.timeZone, locale) })}</Caption1>}
      </div>
      {(activity.editable || detail.can.manage) && mode === 'view' && (
        <div className={styles.row}>
          {activity.editable && (
            <Checkbox
              label={`${t('activities.done')}: ${activity.name}`}
              checked={activity.done}
              disabled={submission.saving}
              onChange={(_, d) => void patch({ done: d.checked === true })}
            />
          )}
          {activity.editable && (
            <Button size="small" onClick={() => setMode('edit')}>
              {t('activities.edit')}
            </Button>
          )}
          {detail.can.manage && detail.subAssignment.status === 'ongoing' && (
            <Button size="small" onClick={() => setMode('assess')}>
              {t('activities.assess')}
            </Button>
          )}
        </div>
      )}
      {mode === 'view' && <FormError message={submission.formError ?? submission.fieldError('name')} />}
      {mode === 'edit' && (
        <ActivityForm
          title={t('activities.editHeading')}
          submitLabel={t('form.save')}
          people={detail.people}
          initial={{ name: activity.name, responsibleAadObjectId: activity.responsible?.aadObjectId ?? '', dueOn: activity.dueOn ?? '' }}
          submission={submission}
          onSubmit={edit}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'assess' && (
        <AssessmentForm
          councilId={detail.council.id}
          today={detail.today}
          target={{ kind: 'activity', id: activity.id }}
          year={detail.subAssignment.year}
          title={t('assessment.headingOf', { name: activity.name })}
          level={4}
          latest={activity.latest}
          onSaved={() => {
            setMode('view');
            part.reload();
          }}
          onCancel={() => setMode('view')}
        />
      )}
    </li>
  );
}
