import type { ResourceHit, SnippetPiece } from '../../api/resources';
import { t } from '../../i18n';
import { ResourceCard } from './ResourceCard';

interface ResultListProps {
  items: readonly ResourceHit[];
  /** The search (path and query) the results came from, for the resource page's back link. */
  from: string;
}

/** The results of a search: each with its evidence rating, topics and the passage that matched. */
export function ResultList({ items, from }: ResultListProps) {
  return (
    <ul className="usa-list usa-list--unstyled cg-library-results">
      {items.map((item) => (
        <ResourceCard key={item.id} resource={item} headingLevel={3} from={from}>
          <p>{t('library.card.evidence', { rating: item.evidence.label })}</p>
          {item.snippet.length > 0 && <Snippet pieces={item.snippet} />}
          {item.topics.length > 0 && (
            <ul className="cg-library-tags" aria-label={t('library.card.topics', { title: item.title })}>
              {item.topics.map((topic) => (
                <li key={topic.key} className="usa-tag cg-library-tag">
                  {topic.label}
                </li>
              ))}
            </ul>
          )}
        </ResourceCard>
      ))}
    </ul>
  );
}

/** The passage of the summary that matched, with the words found marked; text only, never HTML. */
function Snippet({ pieces }: { pieces: readonly SnippetPiece[] }) {
  return (
    <p className="cg-library-snippet">
      {pieces.map((piece, index) => (piece.match ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>))}
    </p>
  );
}
