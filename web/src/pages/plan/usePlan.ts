import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbort } from '../../api/client';
import { getPlan, type Plan } from '../../api/plan';

export interface PlanState {
  /** Null until it arrives. */
  plan: Plan | null;
  error: ApiError | null;
  /** Asks for the plan again (after a change). */
  reload: () => Promise<void>;
}

/** The partnership's plan, archived items included when `withArchived`. */
export function usePlan(partnershipId: number, withArchived: boolean): PlanState {
  const [plan, setPlan] = useState<Plan | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setPlan(await getPlan(partnershipId, withArchived, signal));
        setError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setError(caught);
      }
    },
    [partnershipId, withArchived],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const reload = useCallback(() => load(), [load]);
  return { plan, error, reload };
}
