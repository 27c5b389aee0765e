import { makeStyles, tokens } from '@fluentui/react-components';
import type { FollowUpResponse } from '@contract/follow-up';
import { paths } from '../../api/paths';
import { Pending, ReloadError } from '../../components/feedback';
import { useResource } from '../../components/use-resource';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { AssignmentSummary } from './assignment-summary';
import { ExportButtons } from './export-buttons';
import { FollowUpFilters, type FollowUpFilter } from './follow-up-filters';
import { SubAssignmentTable } from './sub-assignment-table';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'end', justifyContent: 'space-between' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

/** What the Deluppdrag view needs. */
export interface FollowUpViewProps {
  councilId: string;
  filter: FollowUpFilter;
  onFilter: (filter: FollowUpFilter) => void;
  onOpen: (subAssignmentId: string) => void;
}

/** Deluppdrag: the assignment "Kvalitetsråd" of the year and its sub-assignments, as Stratsys' "Följa upp". */
export function FollowUpView({ councilId, filter, onFilter, onOpen }: FollowUpViewProps) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const path = paths.followUp(councilId, filter.year, filter.status);
  const followUp = useResource(() => api.get<FollowUpResponse>(path), path);
  const data = followUp.data;
  if (!data) return <Pending resource={followUp} />;
  return (
    <div className={styles.view}>
      <ReloadError resource={followUp} />
      <div className={styles.bar}>
        <FollowUpFilters years={data.years} filter={{ ...filter, year: data.year }} onFilter={onFilter} />
        {data.can.manage && <ExportButtons councilId={councilId} year={data.year} />}
      </div>
      <AssignmentSummary data={data} onSaved={followUp.reload} />
      <section aria-labelledby="sub-assignments-heading">
        <h3 id="sub-assignments-heading" className={styles.heading}>
          {t('followUp.subAssignments', { year: data.year })}
        </h3>
        <SubAssignmentTable items={data.subAssignments} onOpen={onOpen} />
      </section>
    </div>
  );
}
