import type { ResourceDetail } from '../../api/resources';
import { t } from '../../i18n';
import { formatDate } from '../partnerships/labels';
import { ratingText } from '../shelf/shelfLabels';

const averageFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** The usefulness in words: "4.5 of 5 from 2 partnerships", or "Not rated yet." */
function usefulnessText({ average, ratings }: ResourceDetail['usefulness']): string {
  if (average === null || ratings === 0) return t('shelf.usefulness.none');
  const value = averageFormat.format(average);
  return ratings === 1 ? t('shelf.usefulness.one', { average: value }) : t('shelf.usefulness.many', { average: value, count: ratings });
}

/** How useful the partnerships that keep a resource found it, and the lessons they shared, for every reader. */
export function PartnershipLessons({ resource }: { resource: ResourceDetail }) {
  return (
    <section className="cg-section" aria-labelledby="resource-usefulness-heading">
      <h2 id="resource-usefulness-heading">{t('shelf.usefulness.heading')}</h2>
      <p className="cg-usefulness">{usefulnessText(resource.usefulness)}</p>
      <h3>{t('shelf.lessonsShared.heading')}</h3>
      {resource.lessons.length === 0 ? (
        <p>{t('shelf.lessonsShared.none')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled cg-library-list">
          {resource.lessons.map((shared, index) => (
            <li className="cg-review-card" key={shared.partnership_id ?? `anonymous-${index}`}>
              <h4 className="cg-review-card__title">{shared.partnership ?? t('shelf.lessonsShared.anonymous')}</h4>
              <p className="cg-review-card__meta">
                <span>{shared.rating === null ? ratingText(null) : t('shelf.lessonsShared.rated', { rating: shared.rating })}</span>
                <span>{t('shelf.lessonsShared.written', { date: formatDate(shared.written_at) })}</span>
              </p>
              <p className="cg-prewrap">{shared.lessons}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
