import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiRequestError } from '../api/client';

/** Data loaded from the API, with what went wrong and a way to load it again. */
export interface Resource<T> {
  data?: T;
  error?: ApiRequestError;
  loading: boolean;
  /** Loads again; the old data stays shown (and forms keep what was typed) until the new arrives. */
  reload: () => void;
  /** Replaces the data with a change's answer (the API answers changed things as they now are). */
  replace: (data: T) => void;
}

/** Loads `load()` now and whenever `key` changes; answers that arrive late for an old key are dropped. */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiRequestError; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    loader.current().then(
      (data) => ticket === latest.current && setState({ data, loading: false }),
      (error: unknown) => {
        if (ticket !== latest.current) return;
        if (!(error instanceof ApiRequestError)) throw error;
        setState((s) => ({ data: s.data, error, loading: false }));
      },
    );
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((data: T) => {
    latest.current++;
    setState({ data, loading: false });
  }, []);
  return { ...state, reload, replace };
}
