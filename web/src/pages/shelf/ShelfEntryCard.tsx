import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { removeFromShelf, type ShelfEntry } from '../../api/shelf';
import { ConfirmButton } from '../../components/ConfirmButton';
import { t } from '../../i18n';
import { useActionStatus } from '../meetings/useActionStatus';
import { formatDate } from '../partnerships/labels';
import { planPaths } from '../plan/planPaths';
import { ResourceCard } from '../resources/ResourceCard';
import { ShelfReviewForm } from './ShelfReviewForm';
import { ratingText } from './shelfLabels';

interface ShelfEntryCardProps {
  partnershipId: number;
  entry: ShelfEntry;
  /** Whether the reader may review and remove it (not observers). */
  canEdit: boolean;
  /** Told after a save, so the page asks for the shelf again. */
  onChanged: () => Promise<void>;
  /** Told the title of the resource just removed. */
  onRemoved: (title: string) => void;
}

/**
 * One resource on a partnership's shelf: the card, who saved it, the activities that use it, and
 * the partnership's review — a form for members, words for observers — and removing it.
 */
export function ShelfEntryCard({ partnershipId, entry, canEdit, onChanged, onRemoved }: ShelfEntryCardProps) {
  const title = entry.resource.title;
  const reviewStatus = useActionStatus();
  const removeStatus = useActionStatus();

  async function remove() {
    reviewStatus.clear();
    removeStatus.clear();
    try {
      await removeFromShelf(partnershipId, entry.resource.id);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      removeStatus.fail(caught);
      return;
    }
    onRemoved(title);
  }

  return (
    <ResourceCard resource={entry.resource} headingLevel={2}>
      <p className="cg-muted">
        {entry.saved_by === null
          ? t('shelf.savedOn', { date: formatDate(entry.saved_at) })
          : t('shelf.savedBy', { name: entry.saved_by, date: formatDate(entry.saved_at) })}
      </p>
      <ActivityLinks partnershipId={partnershipId} entry={entry} />
      {reviewStatus.view}
      {canEdit ? (
        <ShelfReviewForm
          key={entry.version}
          partnershipId={partnershipId}
          entry={entry}
          onSending={() => {
            reviewStatus.clear();
            removeStatus.clear();
          }}
          onSaved={(saved) => {
            reviewStatus.succeed(t('shelf.saved', { title: saved.resource.title }));
            void onChanged();
          }}
        />
      ) : (
        <ReviewSummary entry={entry} />
      )}
      {canEdit && (
        <div className="cg-shelf-remove">
          {removeStatus.view}
          <ConfirmButton
            label={t('shelf.remove')}
            accessibleLabel={t('shelf.removeLabel', { title })}
            question={t('shelf.removeQuestion', { title })}
            confirmLabel={t('shelf.removeConfirm')}
            cancelLabel={t('shelf.removeCancel')}
            danger
            onConfirm={() => void remove()}
          />
        </div>
      )}
    </ResourceCard>
  );
}

function ActivityLinks({ partnershipId, entry }: { partnershipId: number; entry: ShelfEntry }) {
  if (entry.activities.length === 0) return <p>{t('shelf.notUsed')}</p>;
  return (
    <div className="cg-shelf-activities">
      <p>{t('shelf.usedFor')}</p>
      <ul className="usa-list">
        {entry.activities.map((activity) => (
          <li key={activity.id}>
            <Link className="usa-link" to={planPaths.activity(partnershipId, activity.id)}>
              {activity.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The review as words, for readers who may not change it. */
function ReviewSummary({ entry }: { entry: ShelfEntry }) {
  return (
    <dl className="cg-summary">
      <div className="cg-summary__row">
        <dt>{t('shelf.rating.legend')}</dt>
        <dd>{ratingText(entry.rating)}</dd>
      </div>
      <div className="cg-summary__row">
        <dt>{t('shelf.lessons.label')}</dt>
        <dd>
          {entry.lessons === null ? (
            t('shelf.lessons.none')
          ) : (
            <>
              <span className="cg-prewrap cg-block">{entry.lessons}</span>
              <span className="cg-muted">{entry.lessons_public ? t('shelf.share.shared') : t('shelf.share.private')}</span>
            </>
          )}
        </dd>
      </div>
      {entry.reviewed_by !== null && (
        <div className="cg-summary__row">
          <dt>{t('shelf.reviewed')}</dt>
          <dd>{t('shelf.reviewedBy', { name: entry.reviewed_by, date: formatDate(entry.reviewed_at) })}</dd>
        </div>
      )}
    </dl>
  );
}
