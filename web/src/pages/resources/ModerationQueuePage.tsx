import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { listQueue, type Resource } from '../../api/resources';
import { useIsAdmin } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { MinutesText } from '../meetings/MinutesText';
import { useLoad } from '../plan/useLoad';
import { EditResourceLink } from './EditResourceLink';
import { ModerationActions } from './ModerationActions';
import { ResourceCard } from './ResourceCard';
import { hostOf, libraryPaths } from './resourceLabels';

/**
 * /resources/queue: what waits for the signed-in person's decision, oldest first: public
 * submissions for site admins, a partnership's own for its leads and coordinators.
 */
export function ModerationQueuePage() {
  const queue = useLoad((signal) => listQueue(signal), 'queue');
  const admin = useIsAdmin();
  // Decided here: gone from the list at once, without asking the server again.
  const [decided, setDecided] = useState<readonly number[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  const items = (queue.data ?? []).filter((item) => !decided.includes(item.id));
  return (
    <>
      <BackLink to={libraryPaths.search()}>{t('library.title')}</BackLink>
      <PageHeading title={t('library.queue.title')} />
      <p>{t('library.queue.intro')}</p>
      {admin && (
        <p>
          <Link className="usa-link" to={libraryPaths.files}>
            {t('library.files.link')}
          </Link>
        </p>
      )}
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {queue.error !== null && <Alert type="error">{queue.error.problem.detail}</Alert>}
      {queue.data === null && queue.error === null && <p role="status">{t('common.loading')}</p>}
      {queue.data !== null && items.length === 0 && <p>{t('library.queue.empty')}</p>}
      {items.length > 0 && (
        <ul className="usa-list usa-list--unstyled cg-library-list">
          {items.map((item) => (
            <QueueItem
              key={item.id}
              resource={item}
              onModerated={(done) => {
                setDecided((ids) => [...ids, item.id]);
                setMessage(done);
              }}
              onStale={() => {
                setMessage(null);
                void queue.reload();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}

interface QueueItemProps {
  resource: Resource;
  onModerated: (message: string) => void;
  onStale: () => void;
}

function QueueItem({ resource, onModerated, onStale }: QueueItemProps) {
  return (
    <ResourceCard resource={resource} headingLevel={2}>
      <p>
        {t('library.queue.sharedBy', {
          name: resource.shared_by?.name ?? t('common.none'),
          partnership: resource.shared_from?.name ?? t('common.none'),
        })}
      </p>
      <p>
        {resource.visibility === 'public' ? t('library.visibility.public') : t('library.visibility.partnership')}
        {resource.link !== null && (
          <>
            {' · '}
            <a className="usa-link" href={resource.link} rel="noopener noreferrer">
              {t('library.queue.link', { host: hostOf(resource.link) })}
            </a>
          </>
        )}
      </p>
      <MinutesText html={resource.summary_html} top={4} />
      {resource.can_edit === true && <EditResourceLink id={resource.id} title={resource.title} mend={false} />}
      {resource.can_moderate === true && (
        <ModerationActions resource={resource} onModerated={(_, done) => onModerated(done)} onStale={onStale} />
      )}
    </ResourceCard>
  );
}
