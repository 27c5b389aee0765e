import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { AreaHeadsInput, AreaHeadsResponse } from '@contract/area';
import { paths } from '../../api/paths';
import { ReloadError } from '../../components/feedback';
import { useResource } from '../../components/use-resource';
import { useSpeech } from '../../i18n';
import { useApi } from '../../session/api-context';
import { AreaPending } from '../area/area-refusal';
import { AREAS } from '@contract/vocabulary';
import { AddHeadForm } from './add-head-form';
import { AreaHeadsList } from './area-heads-list';
import type { SaveHeads } from './save-heads';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  grid: { display: 'grid', gap: tokens.spacingVerticalL, gridTemplateColumns: 'repeat(auto-fill, minmax(20rem, 1fr))' },
});

/**
 * Områdeschefer (the app's admins only): the named heads of every area, a form adding one, and a
 * button removing one. Each change saves at once; `onSaved` lets the overview follow (an admin may
 * name themselves).
 */
export function AreaHeadsView({ onSaved }: { onSaved: () => void }) {
  const api = useApi();
  const styles = useStyles();
  const { t } = useSpeech();
  const resource = useResource(() => api.get<AreaHeadsResponse>(paths.areaHeads), 'area-heads');
  const data = resource.data;
  if (!data) return <AreaPending resource={resource} />;
  const save: SaveHeads = async (area, heads) => {
    const saved = await api.send<AreaHeadsResponse>('PUT', paths.areaHeadsOf(area), { heads } satisfies AreaHeadsInput);
    resource.replace(saved);
    onSaved();
    return saved;
  };
  return (
    <div className={styles.view}>
      <ReloadError resource={resource} />
      <Text>{t('admin.intro')}</Text>
      <AddHeadForm heads={data.heads} save={save} />
      <div className={styles.grid}>
        {AREAS.map((area) => (
          <AreaHeadsList key={area} area={area} heads={data.heads.filter((h) => h.area === area)} all={data.heads} save={save} />
        ))}
      </div>
    </div>
  );
}
