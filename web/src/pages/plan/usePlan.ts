import type { ApiError } from '../../api/client';
import { getPlan, type Plan } from '../../api/plan';
import { useLoad } from './useLoad';

export interface PlanState {
  /** Null until it arrives. */
  plan: Plan | null;
  error: ApiError | null;
  /** Asks for the plan again (after a change). */
  reload: () => Promise<void>;
}

/** The partnership's plan, archived items included when `withArchived`. */
export function usePlan(partnershipId: number, withArchived: boolean): PlanState {
  const { data, error, reload } = useLoad((signal) => getPlan(partnershipId, withArchived, signal), `${partnershipId}/${withArchived}`);
  return { plan: data, error, reload };
}
