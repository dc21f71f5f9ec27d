import { listPartnerships, type Partnership } from '../../api/partnerships';
import { useLoad, type LoadState } from '../plan/useLoad';

/** The partnerships the signed-in person sits at (the first 200), with their role in each. */
export function useMyPartnerships(): LoadState<Partnership[]> {
  return useLoad(async (signal) => (await listPartnerships({ q: '', status: '', mine: true, limit: 200 }, signal)).items, 'mine');
}
