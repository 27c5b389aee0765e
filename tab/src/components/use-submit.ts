import { useCallback, useState } from 'react';
import type { ApiError } from '@contract/common';
import { ApiRequestError } from '../api/client';

/** A form's saving state and the last refusal. */
export interface Submission {
  saving: boolean;
  /** The refusal's message when it names `field`. */
  fieldError: (field: string) => string | undefined;
  /** The refusal's message when it names none of the form's fields (shown in a MessageBar). */
  formError?: string;
  /** Runs a change; a refusal is kept for display and `undefined` returned. What was typed stays. */
  run: <T>(change: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * Submitting a form. `fields` are the inputs the form shows (refusals naming another field go to
 * the form's MessageBar). A version conflict calls `onConflict` so the view reloads the data; the
 * form keeps what the user typed and shows the message, so they can look and save again.
 */
export function useSubmit(fields: readonly string[], onConflict?: () => void): Submission {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError>();

  const run = useCallback(
    async <T>(change: () => Promise<T>): Promise<T | undefined> => {
      setSaving(true);
      setError(undefined);
      try {
        return await change();
      } catch (caught) {
        if (!(caught instanceof ApiRequestError)) throw caught;
        setError(caught.error);
        if (caught.error.code === 'Conflict') onConflict?.();
        return undefined;
      } finally {
        setSaving(false);
      }
    },
    [onConflict],
  );

  const named = error?.field !== undefined && fields.includes(error.field);
  return {
    saving,
    fieldError: (field) => (error?.field === field ? error.message : undefined),
    formError: error && !named ? error.message : undefined,
    run,
  };
}
