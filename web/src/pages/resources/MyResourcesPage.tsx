import { Link } from 'react-router-dom';
import { listMine } from '../../api/resources';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../partnerships/labels';
import { t } from '../../i18n';
import { useLoad } from '../plan/useLoad';
import { EditResourceLink } from './EditResourceLink';
import { ResourceCard } from './ResourceCard';
import { libraryPaths, statusLabel, statusTagClass } from './resourceLabels';

/** /resources/mine: what the signed-in person shared, newest first, with where each stands. */
export function MyResourcesPage() {
  const mine = useLoad((signal) => listMine(signal), 'mine');
  const items = mine.data ?? [];
  return (
    <>
      <BackLink to={libraryPaths.search()}>{t('library.title')}</BackLink>
      <PageHeading title={t('library.mine.title')} />
      <p>{t('library.mine.intro')}</p>
      <p>
        <Link className="usa-button" to={libraryPaths.share}>
          {t('library.share')}
        </Link>
      </p>
      {mine.error !== null && <Alert type="error">{mine.error.problem.detail}</Alert>}
      {mine.data === null && mine.error === null && <p role="status">{t('common.loading')}</p>}
      {mine.data !== null && items.length === 0 && <p>{t('library.mine.empty')}</p>}
      {items.length > 0 && (
        <ul className="usa-list usa-list--unstyled cg-library-list">
          {items.map((item) => (
            <ResourceCard key={item.id} resource={item} headingLevel={2}>
              <p className="cg-review-card__meta">
                <span className={statusTagClass(item.status)}>{statusLabel(item.status)}</span>
                <span>
                  {t('library.mine.sharedOn', {
                    date: formatDate(item.created_at),
                    partnership: item.shared_from?.name ?? t('library.mine.noPartnership'),
                  })}
                </span>
              </p>
              {item.status === 'rejected' && (
                <p>
                  <strong>{t('library.status.rejectedBanner', { reason: item.rejection_reason ?? t('common.none') })}</strong>
                </p>
              )}
              {item.can_edit === true && <EditResourceLink id={item.id} title={item.title} mend={item.status === 'rejected'} />}
            </ResourceCard>
          ))}
        </ul>
      )}
    </>
  );
}
