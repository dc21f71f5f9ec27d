import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { listQueue, searchResources, type SearchResults } from '../../api/resources';
import { useAuth } from '../../auth/AuthContext';
import { signInPathFor } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { FormGroup } from '../../components/FormGroup';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { useLoad } from '../plan/useLoad';
import { useKnownSession } from '../public/usePublicAuth';
import {
  apiParams,
  hasFacets,
  pageCount,
  paramsFromQuery,
  PER_PAGE,
  queryFromParams,
  withChanges,
  withFacet,
  withoutFacets,
  type LibraryQuery,
} from './libraryQuery';
import { Pagination } from './Pagination';
import { libraryPaths, resourceCount } from './resourceLabels';
import { ResultList } from './ResultList';
import { SearchFacets } from './SearchFacets';

/**
 * /resources: the library for anyone, signed in or not. The search, its filters, sort and page
 * live in the address, so a search can be shared, bookmarked and reloaded.
 */
export function ResourceSearchPage() {
  useKnownSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = queryFromParams(searchParams);
  const key = apiParams(query).toString();
  const search = useLoad((signal) => answerTo(key, signal), key);
  const [text, setText] = useState(query.q);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  // Set when the person asked for new results (a search, another page): focus goes to them when
  // they come. Choosing a filter leaves focus on the filter; the count is announced instead.
  const focusResults = useRef(false);

  useEffect(() => setText(query.q), [query.q]);
  // The answer shown is the latest one; while a newer search is on its way it stays in view.
  const answer = search.data;
  const error = answer?.error ?? null;
  useEffect(() => {
    if (!focusResults.current || answer?.key !== key) return;
    focusResults.current = false;
    if (answer.error === null) resultsRef.current?.focus();
    else inputRef.current?.focus();
  }, [answer, key]);

  function go(next: LibraryQuery) {
    setSearchParams(paramsFromQuery(next));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const next = withChanges(query, { q: text.trim() });
    if (apiParams(next).toString() === key) {
      if (error === null) resultsRef.current?.focus();
      return;
    }
    focusResults.current = true;
    go(next);
  }

  const queryError = error?.status === 400 ? (error.problem.errors[0]?.message ?? error.problem.detail) : undefined;
  const results = error === null ? (answer?.results ?? null) : null;
  const here = libraryPaths.search(searchParams.toString());
  return (
    <>
      <PageHeading
        title={t('library.title')}
        documentTitle={query.q === '' ? t('library.title') : t('library.documentTitle.search', { q: query.q })}
      />
      <p className="cg-lead-in">{t('library.intro')}</p>
      <LibraryLinks />
      <form className="usa-form cg-library-search" role="search" noValidate onSubmit={handleSubmit}>
        <FormGroup id="library-q" label={t('library.search.label')} hint={t('library.search.hint')} error={queryError}>
          {(control) => (
            <div className="cg-library-search__row">
              <input
                {...control}
                ref={inputRef}
                className={queryError === undefined ? 'usa-input' : 'usa-input usa-input--error'}
                type="search"
                name="q"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
              <button type="submit" className="usa-button cg-library-search__submit">
                {t('library.search.submit')}
              </button>
            </div>
          )}
        </FormGroup>
      </form>
      {error !== null && queryError === undefined && <Alert type="error">{error.problem.detail}</Alert>}
      {answer === null && error === null && <p role="status">{t('common.loading')}</p>}
      {answer !== null && results !== null && (
        <div className="cg-library">
          <SearchFacets
            facets={results.facets}
            chosen={query.facets}
            onChoose={(name, value) => go(withFacet(query, name, value))}
          />
          <section className="cg-library__results" aria-labelledby="library-results-heading">
            <div className="cg-library__results-head">
              <h2 id="library-results-heading" className="cg-focus-target" ref={resultsRef} tabIndex={-1}>
                {resultsHeading(results, query)}
              </h2>
              <SortField value={query.sort} onChange={(sort) => go(withChanges(query, { sort }))} />
            </div>
            <Results
              results={results}
              loading={answer.key !== key}
              query={query}
              from={here}
              onPage={() => {
                focusResults.current = true;
              }}
            />
          </section>
        </div>
      )}
    </>
  );
}

interface SearchAnswer {
  /** The search asked, as the API's query. */
  key: string;
  results: SearchResults | null;
  /** Why the server would not run it (a 400 names the words), or could not. */
  error: ApiError | null;
}

/** The server's answer to the search `key`, kept with the search it answers. */
async function answerTo(key: string, signal?: AbortSignal): Promise<SearchAnswer> {
  try {
    return { key, results: await searchResources(new URLSearchParams(key), signal), error: null };
  } catch (caught) {
    if (!(caught instanceof ApiError)) throw caught;
    return { key, results: null, error: caught };
  }
}

function resultsHeading(results: SearchResults, query: LibraryQuery): string {
  if (results.total === 0) return t('library.results.none');
  const count = resourceCount(results.total);
  return query.q === '' ? count : t('library.results.for', { count, q: query.q });
}

/** Sharing, one's own shares and the queue for people signed in; how to share for others. */
function LibraryLinks() {
  const { auth } = useAuth();
  const signedIn = auth.status === 'signed-in' && auth.session.stage === 'active';
  const admin = signedIn && auth.session.user.site_role === 'admin';
  const queue = useLoad((signal) => (signedIn ? listQueue(signal) : Promise.resolve([])), String(signedIn));
  const waiting = queue.data?.length ?? 0;
  if (!signedIn) {
    return (
      <p>
        <Link className="usa-link" to={signInPathFor(libraryPaths.share)}>
          {t('library.signInToShare')}
        </Link>
      </p>
    );
  }
  return (
    <ul className="usa-button-group cg-actions">
      <li className="usa-button-group__item">
        <Link className="usa-button" to={libraryPaths.share}>
          {t('library.share')}
        </Link>
      </li>
      <li className="usa-button-group__item">
        <Link className="usa-button usa-button--outline" to={libraryPaths.mine}>
          {t('library.mine.title')}
        </Link>
      </li>
      {waiting > 0 && (
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" to={libraryPaths.queue}>
            {waiting === 1 ? t('library.queue.waitingOne') : t('library.queue.waiting', { count: waiting })}
          </Link>
        </li>
      )}
      {admin && (
        <li className="usa-button-group__item">
          <Link className="usa-button usa-button--outline" to={libraryPaths.files}>
            {t('library.files.link')}
          </Link>
        </li>
      )}
    </ul>
  );
}

function SortField({ value, onChange }: { value: LibraryQuery['sort']; onChange: (sort: LibraryQuery['sort']) => void }) {
  return (
    <FormGroup id="library-sort" label={t('library.sort.label')}>
      {(control) => (
        <select
          {...control}
          className="usa-select cg-library__sort"
          name="sort"
          value={value}
          onChange={(event) => onChange(event.target.value === 'newest' ? 'newest' : 'relevance')}
        >
          <option value="relevance">{t('library.sort.relevance')}</option>
          <option value="newest">{t('library.sort.newest')}</option>
        </select>
      )}
    </FormGroup>
  );
}

interface ResultsProps {
  results: SearchResults;
  /** True while the results of a newer search are on their way. */
  loading: boolean;
  query: LibraryQuery;
  from: string;
  onPage: () => void;
}

function Results({ results, loading, query, from, onPage }: ResultsProps) {
  const last = pageCount(results.total);
  const first = (results.page - 1) * PER_PAGE + 1;
  const pathOf = (page: number) => libraryPaths.search(paramsFromQuery(withChanges(query, { page })).toString());
  return (
    <>
      <p className="cg-status" role="status">
        {loading
          ? t('library.results.searching')
          : results.items.length === 0
            ? ''
            : t('library.results.range', { first, last: first + results.items.length - 1, total: results.total })}
      </p>
      {results.total === 0 ? (
        <div className="cg-library-empty">
          <p>{t('library.empty.intro')}</p>
          <ul className="usa-list">
            <li>{t('library.empty.spelling')}</li>
            <li>{t('library.empty.fewer')}</li>
            <li>{t('library.empty.or')}</li>
          </ul>
          {hasFacets(query) && (
            <p>
              <Link className="usa-link" to={libraryPaths.search(paramsFromQuery(withoutFacets(query)).toString())}>
                {t('library.filters.clear')}
              </Link>
            </p>
          )}
        </div>
      ) : (
        <ResultList items={results.items} from={from} />
      )}
      <Pagination current={results.page} last={last} pathOf={pathOf} onFollow={onPage} />
    </>
  );
}
