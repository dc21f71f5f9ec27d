import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, isAbort } from '../../api/client';
import { listAllMembers, type Membership } from '../../api/members';

export interface LoadState<T> {
  /** Null until it arrives (and after an error). */
  data: T | null;
  error: ApiError | null;
  /** Asks again (after a change); keeps what was shown until the answer comes. */
  reload: () => Promise<void>;
}

/**
 * What `fetch` answers, asked again whenever `key` changes (the older request is aborted).
 * `fetch` may change on every render: the latest one is used.
 */
export function useLoad<T>(fetch: (signal?: AbortSignal) => Promise<T>, key: string): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const fetchRef = useRef(fetch);
  fetchRef.current = fetch;

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setData(await fetchRef.current(signal));
        setError(null);
      } catch (caught) {
        if (isAbort(caught)) return;
        if (!(caught instanceof ApiError)) throw caught;
        setError(caught);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const reload = useCallback(() => load(), [load]);
  return { data, error, reload };
}

/** The partnership's members with `status` ('' for all, such as past participants of a review). */
export function useMembers(partnershipId: number, status: 'active' | ''): LoadState<Membership[]> {
  return useLoad((signal) => listAllMembers(partnershipId, status, signal), `${partnershipId}/${status}`);
}

interface RegisterEntryState<T> {
  /** Undefined until the register arrives; null when the entry is not in it, or when adding. */
  entry: T | null | undefined;
  error: ApiError | null;
}

/**
 * One entry of a register the API has no GET of one for (risks, resources): the register holds
 * it, with the names the form shows. With `entryId` null (adding) it asks for nothing.
 */
export function useRegisterEntry<T extends { id: number }>(
  list: (signal?: AbortSignal) => Promise<{ items: T[] }>,
  key: string,
  entryId: number | null,
): RegisterEntryState<T> {
  const loaded = useLoad(
    async (signal) => ({ entry: entryId === null ? null : ((await list(signal)).items.find((item) => item.id === entryId) ?? null) }),
    `${key}/${entryId}`,
  );
  return { entry: entryId === null ? null : loaded.data?.entry, error: loaded.error };
}
