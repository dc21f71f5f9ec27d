import { apiRequest } from './client';

/** One entry of a fixed list: the key to send and the label to show. */
export interface ReferenceItem {
  key: string;
  label: string;
}

export type ReferenceListPath =
  | '/api/v1/sectors'
  | '/api/v1/organization-kinds'
  | '/api/v1/perspectives'
  | '/api/v1/partnership-roles'
  | '/api/v1/resource-topics';

const cache = new Map<ReferenceListPath, Promise<ReferenceItem[]>>();

/** The list at `path`, fetched once per page load; a failed fetch is retried on the next call. */
export function loadReferenceList(path: ReferenceListPath): Promise<ReferenceItem[]> {
  let list = cache.get(path);
  if (list === undefined) {
    list = apiRequest<{ items: ReferenceItem[] }>(path).then((response) => response.data.items);
    list.catch(() => cache.delete(path));
    cache.set(path, list);
  }
  return list;
}

/** The label for `key`, or the key itself when the list does not have it. */
export function labelFor(items: readonly ReferenceItem[], key: string): string {
  return items.find((item) => item.key === key)?.label ?? key;
}
