import { createContext, useCallback, useContext, useMemo, useState } from 'react';

/**
 * What the tab shows: a unit's council (the channel tab, or the councils the user sits in) or the
 * area head's overview (Områdesöversikt, the personal tab whose address carries `?view=overview`).
 */
export type TabView = 'council' | 'overview';

/** The view the tab opened on, from its address. */
export function viewOfAddress(search: string = location.search): TabView {
  return new URLSearchParams(search).get('view') === 'overview' ? 'overview' : 'council';
}

/** The view shown and a way to switch; absent in a channel, whose tab always shows its council. */
export interface ViewChoice {
  view: TabView;
  choose: (view: TabView) => void;
}

/** Provides the view switch to the tab's components (see `useTabView`). */
export const ViewChoiceContext = createContext<ViewChoice | undefined>(undefined);

/** The switch between views, where the tab offers one (personal scope and local mode). */
export const useViewChoice = (): ViewChoice | undefined => useContext(ViewChoiceContext);

/**
 * The view state of a tab that may switch: starts from the address; a choice is written back to it
 * (without a new history entry) so a reload opens the same view.
 */
export function useTabView(): ViewChoice {
  const [view, setView] = useState<TabView>(() => viewOfAddress());
  const choose = useCallback((next: TabView) => {
    const url = new URL(location.href);
    if (next === 'overview') url.searchParams.set('view', 'overview');
    else url.searchParams.delete('view');
    history.replaceState(history.state, '', url);
    setView(next);
  }, []);
  return useMemo(() => ({ view, choose }), [view, choose]);
}
