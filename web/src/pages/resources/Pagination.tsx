import { Link } from 'react-router-dom';
import { t } from '../../i18n';
import { pageNumbers } from './libraryQuery';

interface PaginationProps {
  current: number;
  last: number;
  /** The address of page `page`. */
  pathOf: (page: number) => string;
  /** Called as a page link is followed, before the page changes. */
  onFollow: () => void;
}

/** Previous, the page numbers (1 … 4 5 6 … 12) and Next, as links; the current page is marked. */
export function Pagination({ current, last, pathOf, onFollow }: PaginationProps) {
  if (last <= 1) return null;
  return (
    <nav className="cg-pager" aria-label={t('library.pager.label')}>
      <ul className="cg-pager__list">
        {current > 1 && (
          <li>
            <Link className="cg-pager__link" to={pathOf(current - 1)} onClick={onFollow}>
              {t('library.pager.previous')}
            </Link>
          </li>
        )}
        {pageNumbers(current, last).map((page, index) =>
          page === 'gap' ? (
            <li key={`gap-${index}`} className="cg-pager__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              <Link
                className={page === current ? 'cg-pager__link cg-pager__link--current' : 'cg-pager__link'}
                to={pathOf(page)}
                aria-label={t('library.pager.page', { page })}
                aria-current={page === current ? 'page' : undefined}
                onClick={onFollow}
              >
                {page}
              </Link>
            </li>
          ),
        )}
        {current < last && (
          <li>
            <Link className="cg-pager__link" to={pathOf(current + 1)} onClick={onFollow}>
              {t('library.pager.next')}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
