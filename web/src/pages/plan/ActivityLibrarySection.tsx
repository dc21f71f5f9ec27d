import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client';
import type { ResourceCard as Card } from '../../api/resources';
import {
  attachToActivity,
  detachFromActivity,
  getActivityLibrary,
  suggestForActivity,
  type ActivityLibrary,
} from '../../api/shelf';
import { Alert } from '../../components/Alert';
import { t, type MessageKey } from '../../i18n';
import { useActionStatus } from '../meetings/useActionStatus';
import { ResourceCard } from '../resources/ResourceCard';
import { libraryPaths } from '../resources/resourceLabels';
import { shelfPaths } from '../shelf/shelfLabels';
import { useLoad, type LoadState } from './useLoad';

interface ActivityLibrarySectionProps {
  partnershipId: number;
  activityId: number;
}

/**
 * The library resources of a plan activity (not the plan's resource register): those attached,
 * with "Detach", and up to five suggested from the activity's own words, with "Attach" (which
 * also puts them on the partnership's shelf). Buttons only for those who may change them.
 */
export function ActivityLibrarySection({ partnershipId, activityId }: ActivityLibrarySectionProps) {
  const key = `${partnershipId}/${activityId}`;
  const attached = useLoad((signal) => getActivityLibrary(partnershipId, activityId, signal), key);
  const suggested = useLoad((signal) => suggestForActivity(partnershipId, activityId, signal), key);
  const status = useActionStatus();

  async function change(resource: Card, action: typeof attachToActivity, done: MessageKey) {
    status.clear();
    try {
      await action(partnershipId, activityId, resource.id);
      status.succeed(t(done, { title: resource.title }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      status.fail(caught);
    }
    await Promise.all([attached.reload(), suggested.reload()]);
  }

  return (
    <>
      <section className="cg-section" aria-labelledby="activity-library-heading">
        <h2 id="activity-library-heading">{t('activityLibrary.heading')}</h2>
        <p>{t('activityLibrary.intro')}</p>
        {status.view}
        <LibraryList
          loaded={attached}
          empty={t('activityLibrary.none')}
          actionLabel={t('activityLibrary.detach')}
          actionName={(title) => t('activityLibrary.detachLabel', { title })}
          onAction={(resource) => void change(resource, detachFromActivity, 'activityLibrary.detached')}
        />
        <ul className="usa-list usa-list--unstyled cg-links">
          <li>
            <Link className="usa-link" to={libraryPaths.search()}>
              {t('activityLibrary.search')}
            </Link>
          </li>
          <li>
            <Link className="usa-link" to={shelfPaths.shelf(partnershipId)}>
              {t('activityLibrary.shelf')}
            </Link>
          </li>
        </ul>
      </section>
      <section className="cg-section" aria-labelledby="activity-suggestions-heading">
        <h2 id="activity-suggestions-heading">{t('activityLibrary.suggestions.heading')}</h2>
        <p>{t('activityLibrary.suggestions.intro')}</p>
        <LibraryList
          loaded={suggested}
          empty={t('activityLibrary.suggestions.none')}
          actionLabel={t('activityLibrary.attach')}
          actionName={(title) => t('activityLibrary.attachLabel', { title })}
          onAction={(resource) => void change(resource, attachToActivity, 'activityLibrary.attached')}
        />
      </section>
    </>
  );
}

interface LibraryListProps {
  loaded: LoadState<ActivityLibrary>;
  empty: string;
  /** The button's visible text and its full accessible name for one resource. */
  actionLabel: string;
  actionName: (title: string) => string;
  onAction: (resource: Card) => void;
}

/** Resource cards with one button each, shown when the list says the reader may change it. */
function LibraryList({ loaded, empty, actionLabel, actionName, onAction }: LibraryListProps) {
  if (loaded.error !== null) return <Alert type="error">{loaded.error.problem.detail}</Alert>;
  if (loaded.data === null) return <p role="status">{t('common.loading')}</p>;
  if (loaded.data.items.length === 0) return <p>{empty}</p>;
  const canEdit = loaded.data.can_edit;
  return (
    <ul className="usa-list usa-list--unstyled cg-library-list">
      {loaded.data.items.map((resource) => (
        <ResourceCard key={resource.id} resource={resource} headingLevel={3}>
          {canEdit && (
            <button
              type="button"
              className="usa-button usa-button--outline cg-small-button"
              aria-label={actionName(resource.title)}
              onClick={() => onAction(resource)}
            >
              {actionLabel}
            </button>
          )}
        </ResourceCard>
      ))}
    </ul>
  );
}
