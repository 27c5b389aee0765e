import { useMemo } from 'react';
import type { CouncilByChannelResponse } from '@contract/follow-up';
import { ApiClient } from '../api/client';
import { paths } from '../api/paths';
import { Pending } from '../components/feedback';
import { useResource } from '../components/use-resource';
import { useSpeech } from '../i18n';
import { CouncilShell } from '../views/council-shell';
import { ApiContext } from './api-context';
import { AreaEntry } from './area-entry';
import { ConsentContext, teamsConsent } from './consent';
import { CouncilChooser } from './council-chooser';
import { useTabView, ViewChoiceContext } from './tab-view';
import type { TeamsSession } from './teams';
import { ViewSwitch } from './view-switch';

/**
 * Inside Teams: signed in with the Teams SSO token; the council is the one of the tab's channel. Opened
 * where there is no channel (a personal scope), the user picks among their councils instead, or sees
 * Områdesöversikt (the personal tab's `?view=overview`).
 */
export function TeamsEntry({ session }: { session: TeamsSession }) {
  const { t } = useSpeech();
  const api = useMemo(() => new ApiClient(session.getToken, session.locale, { network: t('app.network'), unexpected: t('app.error') }), [session, t]);
  const consent = useMemo(() => teamsConsent(session), [session]);
  return (
    <ApiContext.Provider value={api}>
      <ConsentContext.Provider value={consent}>
        {session.channelId ? <ChannelCouncil api={api} channelId={session.channelId} /> : <PersonalScope />}
      </ConsentContext.Provider>
    </ApiContext.Provider>
  );
}

function ChannelCouncil({ api, channelId }: { api: ApiClient; channelId: string }) {
  const resource = useResource(() => api.get<CouncilByChannelResponse>(paths.councilOfChannel(channelId)), channelId);
  if (!resource.data) return <Pending resource={resource} />;
  return <CouncilShell council={resource.data.council} />;
}

/** A personal tab: the user's councils or Områdesöversikt, with a button to the other. */
function PersonalScope() {
  const choice = useTabView();
  return (
    <ViewChoiceContext.Provider value={choice}>
      {choice.view === 'overview' ? (
        <AreaEntry
          aside={
            <div>
              <ViewSwitch to="council" />
            </div>
          }
        />
      ) : (
        <CouncilChooser />
      )}
    </ViewChoiceContext.Provider>
  );
}
