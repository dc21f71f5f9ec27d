import { useState } from 'react';
import { ApiError, localError, type FieldError } from '../api/client';
import { messagesByField } from '../components/ErrorSummary';

export interface FormSubmit {
  /** The failed request, or the mistakes found in the browser, for the error summary. */
  error: ApiError | null;
  /** The first message for each field, for showing beside the inputs. */
  messages: Readonly<Record<string, string>>;
  /** True while `send` waits for the server. */
  busy: boolean;
  /** Shows mistakes found before asking the server. */
  reject: (mistakes: FieldError[]) => void;
  /**
   * Runs `save` with `busy` set and the last error cleared. Its failure (an ApiError) is shown;
   * `onError` may first turn it into the error to show, or deal with it and return null.
   */
  send: (save: () => Promise<void>, onError?: (caught: ApiError) => ApiError | null) => Promise<void>;
}

/**
 * Sending a form, kept in one place because every form does it alike: one request at a time
 * (nothing happens while one is out), the error for the summary and the messages beside the
 * inputs. `onStart` clears what the last attempt left on the page as a new one starts.
 */
export function useFormSubmit(onStart?: () => void): FormSubmit {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  return {
    error,
    messages: messagesByField(error),
    busy,
    reject(mistakes) {
      if (busy) return;
      onStart?.();
      setError(localError(mistakes));
    },
    async send(save, onError) {
      if (busy) return;
      onStart?.();
      setBusy(true);
      setError(null);
      try {
        await save();
      } catch (caught) {
        if (!(caught instanceof ApiError)) throw caught;
        setError(onError === undefined ? caught : onError(caught));
      } finally {
        setBusy(false);
      }
    },
  };
}
