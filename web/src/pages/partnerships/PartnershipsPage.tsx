import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { isAbort, type ApiError } from '../../api/client';
import { listPartnerships, type Partnership } from '../../api/partnerships';
import { Alert } from '../../components/Alert';
import { FlashMessage } from '../../components/FlashMessage';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { roleLabel, statusLabel, statusOptions } from './labels';

const PAGE_SIZE = 25;

interface Filters {
  q: string;
  status: string;
  mine: boolean;
}

interface ListState {
  items: Partnership[];
  next: string | null;
  loading: boolean;
  error: ApiError | null;
}

function linkId(partnership: Partnership): string {
  return `partnership-link-${partnership.id}`;
}

/** The partnerships the person belongs to and the public ones, searchable, a page at a time. */
export function PartnershipsPage() {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    q: params.get('q') ?? '',
    status: params.get('status') ?? '',
    mine: params.get('mine') === 'true',
  };
  const { q, status, mine } = filters;
  const [list, setList] = useState<ListState>({ items: [], next: null, loading: true, error: null });
  const [focusId, setFocusId] = useState<string | null>(null);
  const request = useRef<AbortController | null>(null);

  const fetchPage = useCallback(
    (after: string | null) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setList((last) =>
        after === null ? { items: [], next: null, loading: true, error: null } : { ...last, loading: true, error: null },
      );
      const query = { q, status, mine, limit: PAGE_SIZE, ...(after === null ? {} : { after }) };
      listPartnerships(query, controller.signal).then(
        (page) => {
          setList((last) => ({
            items: after === null ? page.items : [...last.items, ...page.items],
            next: page.next,
            loading: false,
            error: null,
          }));
          const first = page.items[0];
          if (after !== null && first !== undefined) setFocusId(linkId(first));
        },
        (caught: unknown) => {
          if (!isAbort(caught)) setList((last) => ({ ...last, loading: false, error: caught as ApiError }));
        },
      );
    },
    [q, status, mine],
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
    if (next.status !== '') search.set('status', next.status);
    if (next.mine) search.set('mine', 'true');
    setParams(search);
  }

  return (
    <>
      <PageHeading title={t('partnerships.title')} />
      <FlashMessage />
      <p>{t('partnerships.intro')}</p>
      <p>
        <Link className="usa-button" to="/partnerships/new">
          {t('partnerships.add')}
        </Link>
      </p>
      <PartnershipFilters key={`${q}\n${status}\n${mine}`} initial={filters} onApply={applyFilters} />
      {list.error !== null && <Alert type="error">{list.error.problem.detail}</Alert>}
      <p role="status" className="cg-status">
        {list.loading ? t('common.loading') : listSummary(list)}
      </p>
      {list.items.length > 0 && <PartnershipTable items={list.items} />}
      {list.next !== null && (
        <button type="button" className="usa-button usa-button--outline" onClick={() => fetchPage(list.next)}>
          {t('partnerships.loadMore')}
        </button>
      )}
      <p className="cg-links">
        <Link className="usa-link" to="/p">
          {t('partnerships.publicLink')}
        </Link>
      </p>
    </>
  );
}

function PartnershipFilters({ initial, onApply }: { initial: Filters; onApply: (filters: Filters) => void }) {
  const [q, setQ] = useState(initial.q);
  const [status, setStatus] = useState(initial.status);
  const [mine, setMine] = useState(initial.mine ? 'mine' : 'all');

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ q: q.trim(), status, mine: mine === 'mine' });
  }

  return (
    <form
      className="usa-form cg-filters"
      role="search"
      aria-label={t('partnerships.filters.label')}
      onSubmit={handleSubmit}
    >
      <TextField id="filter-q" label={t('partnerships.filters.q')} value={q} onChange={setQ} />
      <SelectField
        id="filter-status"
        label={t('partnerships.filters.status')}
        value={status}
        onChange={setStatus}
        options={statusOptions()}
        emptyOption={t('partnerships.filters.anyStatus')}
      />
      <SelectField
        id="filter-mine"
        label={t('partnerships.filters.show')}
        value={mine === 'mine' ? 'mine' : ''}
        onChange={(value) => setMine(value === 'mine' ? 'mine' : 'all')}
        options={[{ key: 'mine', label: t('partnerships.filters.mine') }]}
        emptyOption={t('partnerships.filters.all')}
      />
      <button type="submit" className="usa-button usa-button--outline cg-filters__submit">
        {t('partnerships.filters.apply')}
      </button>
    </form>
  );
}

function PartnershipTable({ items }: { items: readonly Partnership[] }) {
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby="partnerships-caption" tabIndex={0}>
      <table className="usa-table usa-table--borderless cg-table">
        <caption id="partnerships-caption">{t('partnerships.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('partnership.field.name')}</th>
            <th scope="col">{t('partnership.field.status')}</th>
            <th scope="col">{t('partnership.field.area_served')}</th>
            <th scope="col">{t('partnerships.table.members')}</th>
            <th scope="col">{t('partnerships.table.myRole')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((partnership) => (
            <tr key={partnership.id}>
              <th scope="row">
                <Link className="usa-link" id={linkId(partnership)} to={`/partnerships/${partnership.id}`}>
                  {partnership.name}
                </Link>
                {partnership.short_name !== null && partnership.short_name !== '' && (
                  <span className="cg-muted"> ({partnership.short_name})</span>
                )}
              </th>
              <td>{statusLabel(partnership.status)}</td>
              <td className="cg-table-note">{partnership.area_served ?? t('common.none')}</td>
              <td>{partnership.active_members}</td>
              <td>{partnership.my_role === null ? t('partnerships.table.notMember') : roleLabel(partnership.my_role)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function listSummary(list: ListState): string {
  if (list.items.length === 0) return list.error === null ? t('partnerships.none') : '';
  return list.next === null
    ? t('partnerships.count', { count: list.items.length })
    : t('partnerships.countMore', { count: list.items.length });
}
