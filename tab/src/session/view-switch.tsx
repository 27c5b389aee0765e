import { Button } from '@fluentui/react-components';
import { useSpeech } from '../i18n';
import { useViewChoice, type TabView } from './tab-view';

/**
 * The button to the other view ("Områdesöversikt" from the councils, "Mina kvalitetsråd" back), where
 * the tab may switch; nothing in a channel.
 */
export function ViewSwitch({ to }: { to: TabView }) {
  const choice = useViewChoice();
  const { t } = useSpeech();
  if (!choice) return null;
  return (
    <Button size="small" onClick={() => choice.choose(to)}>
      {to === 'overview' ? t('area.title') : t('area.toCouncils')}
    </Button>
  );
}
