import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '@contract/common';
import { ApiRequestError } from '../../api/client';
import { paths, type CalendarSyncInput, type CalendarSyncResponse } from '../../api/paths';
import { useApi } from '../../session/api-context';
import { ConsentRefusedError, useConsent } from '../../session/consent';

/**
 * Where "Lägg in årets träffar i teamets kalender" stands: not asked yet, on its way, done, refused by
 * the server (`ConsentRequired`, Graph down, …), or waiting for the Teams consent popup. A refused
 * consent keeps the server's `ConsentRequired` refusal, so the button to ask again stays.
 */
export type CalendarSync =
  | { kind: 'idle' }
  | { kind: 'syncing' }
  | { kind: 'synced'; result: CalendarSyncResponse }
  | { kind: 'refused'; error: ApiError; consent?: { refused: true; reason?: string } }
  | { kind: 'consenting'; error: ApiError };

/** The sync's state, the sync itself, and the consent flow that retries it (absent outside Teams). */
export interface CalendarSyncControl {
  state: CalendarSync;
  sync: () => Promise<void>;
  grantConsent?: () => Promise<void>;
}

/**
 * Syncs the year's meetings into the team calendar (`POST …/calendar`). Told `ConsentRequired`, the
 * user can run the Teams consent flow, after which the sync is tried again at once.
 */
export function useCalendarSync(councilId: string, year: number, onSynced: () => void): CalendarSyncControl {
  const api = useApi();
  const consent = useConsent();
  const [state, setState] = useState<CalendarSync>({ kind: 'idle' });
  // The latest refusal, for the consent flow to put back when the popup comes back without consent.
  const refusal = useRef<ApiError>(undefined);

  const sync = useCallback(async () => {
    setState({ kind: 'syncing' });
    try {
      const input: CalendarSyncInput = { year };
      const result = await api.send<CalendarSyncResponse>('POST', paths.calendar(councilId), input);
      setState({ kind: 'synced', result });
      onSynced();
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      refusal.current = error.error;
      setState({ kind: 'refused', error: error.error });
    }
  }, [api, councilId, year, onSynced]);

  const grantConsent = useCallback(async () => {
    const error = refusal.current;
    if (!consent || !error) return;
    setState({ kind: 'consenting', error });
    try {
      await consent.ask();
    } catch (caught) {
      if (!(caught instanceof ConsentRefusedError)) throw caught;
      setState({ kind: 'refused', error, consent: { refused: true, reason: caught.reason } });
      return;
    }
    await sync();
  }, [consent, sync]);

  return { state, sync, grantConsent: consent ? grantConsent : undefined };
}
