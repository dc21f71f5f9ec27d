import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isAbort, type ApiError } from '../../api/client';
import { listOrganizations, type Organization } from '../../api/organizations';
import { useIsAdmin } from '../../auth/AuthContext';
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

/** The partner organizations, searchable by name and sector, a page at a time. */
export function OrganizationsPage() {
  const admin = useIsAdmin();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const sector = params.get('sector') ?? '';
  const sectors = useReferenceList('/api/v1/sectors');
  const kinds = useReferenceList('/api/v1/organization-kinds');
  const [list, setList] = useState<ListState>({ items: [], next: null, loading: true, error: null });
  const [focusId, setFocusId] = useState<string | null>(null);
  // The request in flight; a new one (other filters, or the next page) cancels it.
  const request = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    (after: string | null) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      // A first page replaces the list (other filters); a next page is added to it.
      setList((last) =>
        after === null
          ? { items: [], next: null, loading: true, error: null }
          : { ...last, loading: true, error: null },
      );
      const query = { q, sector, limit: PAGE_SIZE, ...(after === null ? {} : { after }) };
      listOrganizations(query, controller.signal).then(
        (page) => {
          setList((last) => ({
            items: after === null ? page.items : [...last.items, ...page.items],
            next: page.next,
            loading: false,
            error: null,
          }));
          // After "Load more", keyboard and screen-reader users go on from the first new row.
          const first = page.items[0];
          if (after !== null && first !== undefined) setFocusId(organizationLinkId(first));
        },
        (caught: unknown) => {
          if (!isAbort(caught)) setList((last) => ({ ...last, loading: false, error: caught as ApiError }));
        },
      );
    },
    [q, sector],
  );

  useEffect(() => {
    fetchPage(null);
    return () => request.current?.abort();
  }, [fetchPage]);

  useEffect(() => {
    if (focusId !== null) document.getElementById(focusId)?.focus();
  }, [focusId]);

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
      {admin && (
        <p>
          <Link className="usa-button" to="/organizations/new">
            {t('orgs.add')}
          </Link>
        </p>
      )}
      <OrganizationFilters
        key={`${q}\n${sector}`}
        initial={{ q, sector }}
        sectors={sectors.items}
        onApply={applyFilters}
      />
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      <p role="status" className="cg-status">
        {list.loading ? t('common.loading') : listSummary(list)}
      </p>
      {list.items.length > 0 && (
        <OrganizationTable items={list.items} sectors={sectors.items} kinds={kinds.items} editable={admin} />
      )}
      {list.next !== null && (
        <button type="button" className="usa-button usa-button--outline" onClick={() => fetchPage(list.next)}>
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
