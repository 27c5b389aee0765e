import { useState } from 'react';
import { ApiRequestError } from '../api/client';
import { useApi } from '../session/api-context';

/**
 * A file from the API saved with the bearer token (exports, documents): which download is under way
 * (`busy` holds its key) and the server's refusal, if any, to show beside the button.
 */
export function useDownload<K extends string = string>() {
  const api = useApi();
  const [busy, setBusy] = useState<K>();
  const [error, setError] = useState<string>();
  const download = async (key: K, path: string, fileName: string) => {
    setBusy(key);
    setError(undefined);
    try {
      await api.download(path, fileName);
    } catch (caught) {
      if (!(caught instanceof ApiRequestError)) throw caught;
      setError(caught.message);
    } finally {
      setBusy(undefined);
    }
  };
  return { busy, error, download };
}
