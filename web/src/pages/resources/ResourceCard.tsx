import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { ResourceCard as Card } from '../../api/resources';
import { t } from '../../i18n';
import { libraryPaths } from './resourceLabels';

interface ResourceCardProps {
  resource: Card;
  /** The level of the title's heading under the page's headings. */
  headingLevel: 2 | 3;
  /** Where the resource page's back link returns to, such as the search that found it. */
  from?: string;
  /** What this listing adds under the type, year and publisher. */
  children?: ReactNode;
}

/** One resource in a list: its title as a link to its page, then type, year and publisher. */
export function ResourceCard({ resource, headingLevel, from, children }: ResourceCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="cg-review-card cg-library-card">
      <Heading className="cg-review-card__title cg-library-card__title">
        <Link className="usa-link" to={libraryPaths.resource(resource.id)} state={from === undefined ? undefined : { from }}>
          {resource.title}
        </Link>
      </Heading>
      <p className="cg-review-card__meta">
        <span>{resource.type.label}</span>
        <span>{resource.year === null ? t('library.card.noYear') : resource.year}</span>
        {resource.publisher !== '' && <span>{resource.publisher}</span>}
      </p>
      {children}
    </li>
  );
}

/** The navigation state a card leaves for the resource page: where "back" goes. */
export function backPathFrom(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('from' in state)) return null;
  const from = String(state.from);
  return from.startsWith('/resources') ? from : null;
}
