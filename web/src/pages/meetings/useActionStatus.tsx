import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError } from '../../api/client';
import { Alert } from '../../components/Alert';

export interface ActionStatus {
  /** Shows a success message, which takes focus. */
  succeed: (message: string) => void;
  /** Shows what the server said went wrong, which takes focus. */
  fail: (error: ApiError) => void;
  clear: () => void;
  /** The message to render where the section says what happened, or null. */
  view: ReactNode;
}

/**
 * What the last action in a section of the page did, said in an alert that takes focus (as on
 * the other pages), so that a screen reader announces it and the person can read on from there.
 */
export function useActionStatus(): ActionStatus {
  const [state, setState] = useState<{ message: string; error: ApiError | null } | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  // Every action sets a new object, so the same message said twice takes focus twice.
  useEffect(() => {
    if (state !== null) ref.current?.focus();
  }, [state]);

  return {
    succeed: (message) => setState({ message, error: null }),
    fail: (error) => setState({ message: error.problem.detail, error }),
    clear: () => setState(null),
    view:
      state === null ? null : (
        <Alert type={state.error === null ? 'success' : 'error'} ref={ref}>
          {state.message}
        </Alert>
      ),
  };
}
