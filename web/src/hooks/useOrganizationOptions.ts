import { useEffect, useState } from 'react';
import { isAbort, type ApiError } from '../api/client';
import { listOrganizations } from '../api/organizations';
import type { ReferenceItem } from '../api/reference';

export interface OrganizationOptionsState {
  /** Null until the list arrives. */
  items: ReferenceItem[] | null;
  /** The sector of each organization, by its id as text. */
  sectors: Readonly<Record<string, string>>;
  error: ApiError | null;
}

/** The organizations as options for a drop-down list (the first 200 by name). */
export function useOrganizationOptions(): OrganizationOptionsState {
  const [state, setState] = useState<OrganizationOptionsState>({ items: null, sectors: {}, error: null });
  useEffect(() => {
    const controller = new AbortController();
    listOrganizations({ q: '', sector: '', limit: 200 }, controller.signal).then(
      (page) =>
        setState({
          items: page.items.map((organization) => ({ key: String(organization.id), label: organization.name })),
          sectors: Object.fromEntries(page.items.map((organization) => [String(organization.id), organization.sector])),
          error: null,
        }),
      (caught: unknown) => {
        if (!isAbort(caught)) setState({ items: [], sectors: {}, error: caught as ApiError });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
