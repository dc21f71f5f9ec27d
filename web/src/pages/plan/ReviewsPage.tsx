import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, localError } from '../../api/client';
import { isId, type Partnership } from '../../api/partnerships';
import { canShapePlan, type Plan } from '../../api/plan';
import { compareReviews, getReview, listReviews, type Rating, type Review, type ReviewComparison } from '../../api/planReviews';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import { FlashMessage } from '../../components/FlashMessage';
import { SelectField } from '../../components/SelectField';
import { t } from '../../i18n';
import { formatDate, percent } from '../partnerships/labels';
import { PartnershipFrame, PartnershipItemFrame } from '../partnerships/PartnershipFrame';
import { PlanNav } from './PlanNav';
import { planPaths } from './planPaths';
import { dueText, ownersText, trajectoryLabel } from './planLabels';
import { allActivities } from './planTree';
import { ProgressBar, StatusTag } from './ProgressBar';
import { countChangeText, pointsChangeText, ratingLabel, ratingRank } from './registerLabels';
import { ReviewDue } from './ReviewDue';
import { useLoad, useMembers } from './useLoad';
import { usePlan } from './usePlan';

/** A rating as a tag with its word; colour is only a second cue. */
export function RatingTag({ rating }: { rating: Rating | null }) {
  if (rating === null) return <span className="usa-tag cg-rating-tag cg-rating-tag--none">{t('review.rating.none')}</span>;
  return <span className={`usa-tag cg-rating-tag cg-rating-tag--${rating}`}>{ratingLabel(rating)}</span>;
}

/** "Review of Nov 6, 2026". */
function reviewName(review: Pick<Review, 'held_on'>): string {
  return t('review.name', { date: formatDate(review.held_on) });
}

// ---- /partnerships/:id/plan/reviews -------------------------------------------------------------

/** The plan's reviews, newest first, when the next one is due, and picking two to compare. */
export function ReviewsPage() {
  return (
    <PartnershipFrame
      title={() => t('reviews.title')}
      documentTitle={(partnership) => t('reviews.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Reviews partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Reviews({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const shaper = canShapePlan(partnership.my_role);
  const reviews = useLoad((signal) => listReviews(id, signal), String(id));
  const list = reviews.data;
  return (
    <>
      <PlanNav partnershipId={id} />
      <FlashMessage />
      <p>{t('reviews.intro', { days: partnership.review_cadence_days })}</p>
      {reviews.error !== null && <Alert type="error">{reviews.error.problem.detail}</Alert>}
      {list === null && reviews.error === null && <p role="status">{t('common.loading')}</p>}
      {list !== null && (
        <>
          <section className="cg-section cg-section--first" aria-labelledby="reviews-next-heading">
            <h2 id="reviews-next-heading">{t('reviews.next.heading')}</h2>
            <p>
              <ReviewDue review={list.next} />
            </p>
            {shaper ? (
              <p>
                <Link className="usa-button" to={planPaths.newReview(id)}>
                  {t('reviews.record')}
                </Link>
              </p>
            ) : (
              <p>{t('reviews.recordWho')}</p>
            )}
          </section>

          <section className="cg-section" aria-labelledby="reviews-list-heading">
            <h2 id="reviews-list-heading">{t('reviews.list.heading', { count: list.items.length })}</h2>
            {list.items.length === 0 ? (
              <p>{t('reviews.none')}</p>
            ) : (
              <ul className="usa-list usa-list--unstyled cg-reviews">
                {list.items.map((review) => (
                  <ReviewCard key={review.id} partnershipId={id} review={review} />
                ))}
              </ul>
            )}
          </section>

          {list.items.length > 1 && (
            <section className="cg-section" aria-labelledby="reviews-compare-heading">
              <h2 id="reviews-compare-heading">{t('reviews.compare.heading')}</h2>
              <p>{t('reviews.compare.intro')}</p>
              <ComparePicker
                partnershipId={id}
                reviews={list.items}
                from={list.items[1]!.id}
                to={list.items[0]!.id}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}

function ratingCounts(review: Review): string {
  const counts = { on_track: 0, at_risk: 0, off_track: 0 };
  for (const rating of review.ratings) counts[rating.rating] += 1;
  if (review.ratings.length === 0) return t('review.card.noRatings');
  return t('review.card.ratings', counts);
}

function ReviewCard({ partnershipId, review }: { partnershipId: number; review: Review }) {
  return (
    <li className="cg-review-card">
      <h3 className="cg-review-card__title">
        <Link className="usa-link" to={planPaths.review(partnershipId, review.id)}>
          {reviewName(review)}
        </Link>
      </h3>
      {review.summary !== null && review.summary !== '' && <p className="cg-prewrap">{review.summary}</p>}
      <p className="cg-review-card__meta">
        <span>{ratingCounts(review)}</span>
        <span>
          {t('review.card.counts', { decisions: review.decisions.length, commitments: review.activity_ids.length })}
        </span>
        <span>{t('review.card.progress', { progress: percent(review.snapshot.progress) })}</span>
      </p>
    </li>
  );
}

const pickerIds = { from: 'compare-from', to: 'compare-to' };

/** Two selects, the earlier and the later review, and a button that opens their comparison. */
function ComparePicker({
  partnershipId,
  reviews,
  from,
  to,
}: {
  partnershipId: number;
  reviews: readonly Review[];
  from: number;
  to: number;
}) {
  const navigate = useNavigate();
  const [values, setValues] = useState({ from: String(from), to: String(to) });
  const [error, setError] = useState<ApiError | null>(null);
  const messages = messagesByField(error);
  const options = reviews.map((review) => ({ key: String(review.id), label: formatDate(review.held_on) }));
  const fields = {
    from: { id: pickerIds.from, label: t('reviews.compare.from') },
    to: { id: pickerIds.to, label: t('reviews.compare.to') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (values.from === '' || values.to === '') {
      setError(
        localError([
          ...(values.from === '' ? [{ field: 'from', message: t('reviews.compare.error.pick') }] : []),
          ...(values.to === '' ? [{ field: 'to', message: t('reviews.compare.error.pick') }] : []),
        ]),
      );
      return;
    }
    if (values.from === values.to) {
      setError(localError([{ field: 'to', message: t('reviews.compare.error.same') }]));
      return;
    }
    setError(null);
    navigate(planPaths.compareReviews(partnershipId, Number(values.from), Number(values.to)));
  }

  return (
    <>
      {error !== null && <ErrorSummary error={error} fields={fields} />}
      <form className="usa-form cg-compare-picker" noValidate aria-label={t('reviews.compare.form')} onSubmit={handleSubmit}>
        <SelectField
          id={pickerIds.from}
          label={t('reviews.compare.from')}
          value={values.from}
          onChange={(next) => setValues((last) => ({ ...last, from: next }))}
          options={options}
          emptyOption={t('form.select')}
          error={messages.from}
        />
        <SelectField
          id={pickerIds.to}
          label={t('reviews.compare.to')}
          value={values.to}
          onChange={(next) => setValues((last) => ({ ...last, to: next }))}
          options={options}
          emptyOption={t('form.select')}
          error={messages.to}
        />
        <button type="submit" className="usa-button cg-compare-picker__submit">
          {t('reviews.compare.submit')}
        </button>
      </form>
    </>
  );
}

// ---- /partnerships/:id/plan/reviews/:reviewId ---------------------------------------------------

/** One review: what was decided and committed, each objective's rating, and the plan as it stood. */
export function ReviewPage() {
  return (
    <PartnershipItemFrame
      param="reviewId"
      title={() => t('review.title')}
      documentTitle={(partnership) => t('review.documentTitle', { name: partnership.name })}
    >
      {({ partnership }, reviewId) => <ReviewLoader key={reviewId} partnership={partnership} reviewId={reviewId} />}
    </PartnershipItemFrame>
  );
}

function ReviewLoader({ partnership, reviewId }: { partnership: Partnership; reviewId: number }) {
  const id = partnership.id;
  const review = useLoad((signal) => getReview(id, reviewId, signal), `${id}/${reviewId}`);
  const all = useLoad((signal) => listReviews(id, signal), String(id));
  const { plan } = usePlan(id, true);
  const members = useMembers(id, '');
  return (
    <>
      <PlanNav partnershipId={id} />
      <BackLink to={planPaths.reviews(id)}>{t('review.back')}</BackLink>
      <FlashMessage />
      {review.error !== null && (
        <Alert type="error">{review.error.status === 404 ? t('review.notFound') : review.error.problem.detail}</Alert>
      )}
      {review.data === null && review.error === null && <p role="status">{t('common.loading')}</p>}
      {review.data !== null && (
        <ReviewDetails
          partnershipId={id}
          review={review.data}
          earlier={previousOf(all.data?.items ?? [], reviewId)}
          plan={plan}
          names={new Map((members.data ?? []).map((member) => [member.id, member.display_name]))}
        />
      )}
    </>
  );
}

/** The review before `reviewId` in a newest-first list, or null when it is the first. */
function previousOf(items: readonly Review[], reviewId: number): Review | null {
  const index = items.findIndex((item) => item.id === reviewId);
  return index < 0 ? null : (items[index + 1] ?? null);
}

function ReviewDetails({
  partnershipId,
  review,
  earlier,
  plan,
  names,
}: {
  partnershipId: number;
  review: Review;
  earlier: Review | null;
  plan: Plan | null;
  names: ReadonlyMap<number, string>;
}) {
  const { snapshot } = review;
  const notes = new Map(review.ratings.map((rating) => [rating.objective_id, rating]));
  const placed = plan === null ? [] : allActivities(plan);
  const withNotes = review.ratings.some((rating) => rating.note !== null && rating.note !== '');
  const participants = review.participant_ids.map((membershipId) => names.get(membershipId) ?? t('review.participantNumber', { id: membershipId }));
  // Ratings of objectives the snapshot does not hold (it should hold them all) are listed too.
  const rows = [
    ...snapshot.objectives.map((objective) => ({ ...objective, rating: notes.get(objective.objective_id)?.rating ?? objective.rating })),
  ];
  for (const rating of review.ratings) {
    if (rows.some((row) => row.objective_id === rating.objective_id)) continue;
    rows.push({ objective_id: rating.objective_id, title: t('review.objectiveNumber', { id: rating.objective_id }), progress: null, expected: null, trajectory: 'no_data', rating: rating.rating });
  }
  return (
    <>
      <h2>{reviewName(review)}</h2>
      {review.summary !== null && review.summary !== '' && <p className="cg-prewrap cg-lead-in">{review.summary}</p>}
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('review.field.held_on')}</dt>
          <dd>{formatDate(review.held_on)}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('review.field.participants')}</dt>
          <dd>{participants.length === 0 ? t('review.participants.none') : participants.join(', ')}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('review.snapshot.progress')}</dt>
          <dd>
            <ProgressBar value={snapshot.progress} />
          </dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('review.snapshot.activities')}</dt>
          <dd>{t('review.snapshot.counts', { total: snapshot.activities, done: snapshot.done, overdue: snapshot.overdue })}</dd>
        </div>
      </dl>
      {earlier !== null && (
        <p>
          <Link className="usa-link" to={planPaths.compareReviews(partnershipId, earlier.id, review.id)}>
            {t('review.compareEarlier', { date: formatDate(earlier.held_on) })}
          </Link>
        </p>
      )}

      <section className="cg-section" aria-labelledby="review-objectives-heading">
        <h2 id="review-objectives-heading">{t('review.objectives.heading')}</h2>
        {rows.length === 0 ? (
          <p>{t('review.objectives.none')}</p>
        ) : (
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="review-objectives-caption" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table">
              <caption id="review-objectives-caption">{t('review.objectives.caption', { date: formatDate(review.held_on) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.table.objective')}</th>
                  <th scope="col">{t('review.table.rating')}</th>
                  {withNotes && <th scope="col">{t('review.table.note')}</th>}
                  <th scope="col">{t('review.table.progress')}</th>
                  <th scope="col">{t('review.table.expected')}</th>
                  <th scope="col">{t('review.table.trajectory')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.objective_id}>
                    <th scope="row">
                      <Link className="usa-link" to={planPaths.objective(partnershipId, row.objective_id)}>
                        {row.title}
                      </Link>
                    </th>
                    <td>
                      <RatingTag rating={row.rating} />
                    </td>
                    {withNotes && <td className="cg-table-note">{notes.get(row.objective_id)?.note ?? ''}</td>}
                    <td>{percent(row.progress)}</td>
                    <td>{percent(row.expected)}</td>
                    <td>{trajectoryLabel(row.trajectory)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="cg-section" aria-labelledby="review-decisions-heading">
        <h2 id="review-decisions-heading">{t('review.decisions.heading')}</h2>
        {review.decisions.length === 0 ? (
          <p>{t('review.decisions.none')}</p>
        ) : (
          <ol className="usa-list cg-decisions">
            {review.decisions.map((decision, index) => (
              <li key={index}>{decision}</li>
            ))}
          </ol>
        )}
      </section>

      <section className="cg-section" aria-labelledby="review-commitments-heading">
        <h2 id="review-commitments-heading">{t('review.commitments.heading')}</h2>
        {review.activity_ids.length === 0 ? (
          <p>{t('review.commitments.none')}</p>
        ) : (
          <>
            <p>{t('review.commitments.intro')}</p>
            <ul className="usa-list usa-list--unstyled cg-tasks">
              {review.activity_ids.map((activityId) => {
                const activity = placed.find((p) => p.activity.id === activityId)?.activity;
                return (
                  <li key={activityId} className={activity?.overdue === true ? 'cg-task cg-task--overdue' : 'cg-task'}>
                    <h3 className="cg-task__title">
                      <Link className="usa-link" to={planPaths.activity(partnershipId, activityId)}>
                        {activity?.title ?? t('attention.link.activityNumber', { id: activityId })}
                      </Link>
                    </h3>
                    {activity !== undefined && (
                      <p className="cg-activity__meta">
                        <StatusTag status={activity.status} />
                        <span className={activity.overdue ? 'cg-overdue' : undefined}>{dueText(activity)}</span>
                        <span>{t('activity.ownersLine', { owners: ownersText(activity) })}</span>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

// ---- /partnerships/:id/plan/reviews/compare?from=&to= ---------------------------------------------

/** Two reviews side by side: objective by objective, and the plan as a whole. */
export function CompareReviewsPage() {
  return (
    <PartnershipFrame
      title={() => t('compare.title')}
      documentTitle={(partnership) => t('compare.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Compare partnership={partnership} />}
    </PartnershipFrame>
  );
}

function Compare({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const [params] = useSearchParams();
  const fromParam = params.get('from') ?? undefined;
  const toParam = params.get('to') ?? undefined;
  const valid = isId(fromParam) && isId(toParam) && fromParam !== toParam;
  const all = useLoad((signal) => listReviews(id, signal), String(id));
  const comparison = useLoad<ReviewComparison | null>(
    (signal) => (valid ? compareReviews(id, Number(fromParam), Number(toParam), signal) : Promise.resolve(null)),
    `${id}/${fromParam}/${toParam}`,
  );
  const data = comparison.data;
  return (
    <>
      <PlanNav partnershipId={id} />
      <BackLink to={planPaths.reviews(id)}>{t('review.back')}</BackLink>
      {!valid && <Alert type="info">{t('compare.pickTwo')}</Alert>}
      {comparison.error !== null && <Alert type="error">{comparison.error.problem.detail}</Alert>}
      {valid && data === null && comparison.error === null && <p role="status">{t('common.loading')}</p>}
      {data !== null && <ComparisonView partnershipId={id} comparison={data} />}
      {all.data !== null && all.data.items.length > 1 && (
        <section className="cg-section" aria-labelledby="compare-other-heading">
          <h2 id="compare-other-heading">{data === null ? t('compare.pick') : t('compare.other')}</h2>
          <ComparePicker
            key={`${fromParam}/${toParam}`}
            partnershipId={id}
            reviews={all.data.items}
            from={data?.before.id ?? all.data.items[1]!.id}
            to={data?.after.id ?? all.data.items[0]!.id}
          />
        </section>
      )}
    </>
  );
}

/** "Better", "Worse" or "No change" between two ratings; nothing when either is missing. */
function ratingChange(before: Rating | null | undefined, after: Rating | null | undefined): string | null {
  if (before === null || before === undefined || after === null || after === undefined) return null;
  const change = ratingRank(after) - ratingRank(before);
  if (change === 0) return t('compare.rating.same');
  return change > 0 ? t('compare.rating.better') : t('compare.rating.worse');
}

/** "earlier → later", read as "earlier, then later". */
function Then({ before, after }: { before: ReactNode; after: ReactNode }) {
  return (
    <span className="cg-then">
      {before} <span aria-hidden="true">→</span>
      <span className="usa-sr-only">{t('compare.then')}</span> {after}
    </span>
  );
}

function ComparisonView({ partnershipId, comparison }: { partnershipId: number; comparison: ReviewComparison }) {
  const { before, after, changes } = comparison;
  const from = formatDate(before.held_on);
  const to = formatDate(after.held_on);
  return (
    <>
      <h2>{t('compare.heading', { from, to })}</h2>
      <p>
        {t('compare.reviewsLead')}{' '}
        <Link className="usa-link" to={planPaths.review(partnershipId, before.id)}>
          {reviewName(before)}
        </Link>
        {', '}
        <Link className="usa-link" to={planPaths.review(partnershipId, after.id)}>
          {reviewName(after)}
        </Link>
      </p>

      <section className="cg-section cg-section--first" aria-labelledby="compare-overall-heading">
        <h3 id="compare-overall-heading">{t('compare.overall.heading')}</h3>
        <dl className="cg-summary">
          <div className="cg-summary__row">
            <dt>{t('compare.overall.progress')}</dt>
            <dd>
              {t('compare.overall.progressValue', {
                from: percent(before.snapshot.progress),
                to: percent(after.snapshot.progress),
                change: pointsChangeText(changes.progress_change),
              })}
            </dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('compare.overall.done')}</dt>
            <dd>
              {t('compare.overall.countValue', {
                from: before.snapshot.done,
                to: after.snapshot.done,
                change: countChangeText(changes.done_change),
              })}
            </dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('compare.overall.overdue')}</dt>
            <dd>
              {t('compare.overall.countValue', {
                from: before.snapshot.overdue,
                to: after.snapshot.overdue,
                change: countChangeText(changes.overdue_change),
              })}
            </dd>
          </div>
        </dl>
      </section>

      <section className="cg-section" aria-labelledby="compare-objectives-heading">
        <h3 id="compare-objectives-heading">{t('compare.objectives.heading')}</h3>
        {changes.objectives.length === 0 ? (
          <p>{t('compare.objectives.none')}</p>
        ) : (
          <div className="usa-table-container--scrollable" role="region" aria-labelledby="compare-caption" tabIndex={0}>
            <table className="usa-table usa-table--borderless cg-table cg-compare-table">
              <caption id="compare-caption">{t('compare.caption', { from, to })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('review.table.objective')}</th>
                  <th scope="col">{t('compare.col.rating')}</th>
                  <th scope="col">{t('compare.col.progress')}</th>
                  <th scope="col">{t('compare.col.change')}</th>
                  <th scope="col">{t('compare.col.trajectory')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.objectives.map((objective) => {
                  const verdict = ratingChange(objective.before?.rating, objective.after?.rating);
                  return (
                    <tr key={objective.objective_id}>
                      <th scope="row">
                        <Link className="usa-link" to={planPaths.objective(partnershipId, objective.objective_id)}>
                          {objective.title}
                        </Link>
                      </th>
                      <td>
                        <Then
                          before={objective.before === null ? t('compare.notInEarlier') : <RatingTag rating={objective.before.rating} />}
                          after={objective.after === null ? t('compare.notInLater') : <RatingTag rating={objective.after.rating} />}
                        />
                        {verdict !== null && <span className="cg-block">{verdict}</span>}
                      </td>
                      <td>
                        <Then
                          before={objective.before === null ? t('compare.notInEarlier') : percent(objective.before.progress)}
                          after={objective.after === null ? t('compare.notInLater') : percent(objective.after.progress)}
                        />
                      </td>
                      <td>{pointsChangeText(objective.progress_change)}</td>
                      <td>
                        <Then
                          before={objective.before === null ? t('compare.notInEarlier') : trajectoryLabel(objective.before.trajectory)}
                          after={objective.after === null ? t('compare.notInLater') : trajectoryLabel(objective.after.trajectory)}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
