import { useEffect, useState } from 'react';
import type { ApiError } from '../api/client';
import { loadReferenceList, type ReferenceItem, type ReferenceListPath } from '../api/reference';

export interface ReferenceListState {
  items: ReferenceItem[];
  error: ApiError | null;
}

/** The reference list at `path`: empty until it arrives, with the error if it cannot be had. */
export function useReferenceList(path: ReferenceListPath): ReferenceListState {
  const [state, setState] = useState<ReferenceListState>({ items: [], error: null });
  useEffect(() => {
    let current = true;
    loadReferenceList(path).then(
      (items) => current && setState({ items, error: null }),
      (error: ApiError) => current && setState({ items: [], error }),
    );
    return () => {
      current = false;
    };
  }, [path]);
  return state;
}
