import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isAbort, type ApiError } from '../../api/client';
import { listOrganizations, type Organization } from '../../api/organizations';
import { Alert } from '../../components/Alert';
import { FlashMessage } from '../../components/FlashMessage';
import { PageHeading } from '../../components/PageHeading';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { OrganizationFilters, type Filters } from './OrganizationFilters';
import { OrganizationTable, organizationLinkId } from './OrganizationTable';

const PAGE_SIZE = 25;

interface ListState {
  items: Organization[];
  next: string | null;
  loading: boolean;
  error: ApiError | null;
}

/** The partner organisations, searchable by name and sector, a page at a time. */
export function OrganizationsPage() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = { q: params.get('q') ?? '', sector: params.get('sector') ?? '' };
  const sectors = useReferenceList('/api/v1/sectors');
  const kinds = useReferenceList('/api/v1/organization-kinds');
  const [list, setList] = useState<ListState>({ items: [], next: null, loading: true, error: null });
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setList({ items: [], next: null, loading: true, error: null });
    listOrganizations({ ...filters, limit: PAGE_SIZE }, controller.signal).then(
      (page) => setList({ items: page.items, next: page.next, loading: false, error: null }),
      (caught: unknown) => {
        if (!isAbort(caught)) setList({ items: [], next: null, loading: false, error: caught as ApiError });
      },
    );
    return () => controller.abort();
    // The filters are read from the URL; the effect re-runs when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filters.q, filters.sector]);

  useEffect(() => {
    if (focusId !== null) document.getElementById(focusId)?.focus();
  }, [focusId]);

  async function loadMore() {
    if (list.next === null || list.loading) return;
    setList({ ...list, loading: true, error: null });
    try {
      const page = await listOrganizations({ ...filters, limit: PAGE_SIZE, after: list.next });
      setList({ items: [...list.items, ...page.items], next: page.next, loading: false, error: null });
      // Keyboard and screen-reader users continue from the first organisation just added.
      const first = page.items[0];
      if (first !== undefined) setFocusId(organizationLinkId(first));
    } catch (caught) {
      setList({ ...list, loading: false, error: caught as ApiError });
    }
  }

  function applyFilters(next: Filters) {
    const search = new URLSearchParams();
    if (next.q !== '') search.set('q', next.q);
    if (next.sector !== '') search.set('sector', next.sector);
    setParams(search);
  }

  const error = list.error ?? sectors.error ?? kinds.error;
  return (
    <>
      <PageHeading title={t('orgs.title')} />
      <FlashMessage />
      <p>
        <Link className="usa-button" to="/organizations/new">
          {t('orgs.add')}
        </Link>
      </p>
      <OrganizationFilters
        key={`${filters.q}\n${filters.sector}`}
        initial={filters}
        sectors={sectors.items}
        onApply={applyFilters}
      />
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      <p role="status" className="cg-status">
        {list.loading ? t('common.loading') : listSummary(list)}
      </p>
      {list.items.length > 0 && (
        <OrganizationTable items={list.items} sectors={sectors.items} kinds={kinds.items} />
      )}
      {list.next !== null && (
        <button type="button" className="usa-button usa-button--outline" onClick={() => void loadMore()}>
          {t('orgs.loadMore')}
        </button>
      )}
    </>
  );
}

function listSummary(list: ListState): string {
  if (list.items.length === 0) return list.error === null ? t('orgs.none') : '';
  return list.next === null
    ? t('orgs.count', { count: list.items.length })
    : t('orgs.countMore', { count: list.items.length });
}
