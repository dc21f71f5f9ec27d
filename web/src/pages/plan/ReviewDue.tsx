import type { PlanReview } from '../../api/plan';
import { t } from '../../i18n';
import { reviewText } from './planLabels';

/** When the next review is due, in words, with "Due soon" or "Overdue" as a tag when it is. */
export function ReviewDue({ review }: { review: PlanReview | null }) {
  return (
    <>
      {review !== null && review.state !== 'scheduled' && (
        <>
          <span className={`usa-tag cg-review-tag cg-review-tag--${review.state}`}>
            {review.state === 'overdue' ? t('plan.review.tag.overdue') : t('plan.review.tag.dueSoon')}
          </span>{' '}
        </>
      )}
      {reviewText(review)}
    </>
  );
}
