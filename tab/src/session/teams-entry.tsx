import { useMemo } from 'react';
import type { CouncilByChannelResponse } from '../../../bot/src/api/follow-up-contract';
import { ApiClient } from '../api/client';
import { paths } from '../api/paths';
import { Pending } from '../components/feedback';
import { useResource } from '../components/use-resource';
import { useSpeech } from '../i18n';
import { CouncilShell } from '../views/council-shell';
import { ApiContext } from './api-context';
import { CouncilChooser } from './council-chooser';
import type { TeamsSession } from './teams';

/**
 * Inside Teams: signed in with the Teams SSO token; the council is the one of the tab's channel. Opened
 * where there is no channel (a personal scope), the user picks among their councils instead.
 */
export function TeamsEntry({ session }: { session: TeamsSession }) {
  const { t } = useSpeech();
  const api = useMemo(() => new ApiClient(session.getToken, session.locale, { network: t('app.network'), unexpected: t('app.error') }), [session, t]);
  return (
    <ApiContext.Provider value={api}>
      {session.channelId ? <ChannelCouncil api={api} channelId={session.channelId} /> : <CouncilChooser />}
    </ApiContext.Provider>
  );
}

function ChannelCouncil({ api, channelId }: { api: ApiClient; channelId: string }) {
  const resource = useResource(() => api.get<CouncilByChannelResponse>(paths.councilOfChannel(channelId)), channelId);
  if (!resource.data) return <Pending resource={resource} />;
  return <CouncilShell council={resource.data.council} />;
}
