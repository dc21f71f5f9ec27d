import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { isId } from '../../api/partnerships';
import { getResource, similarResources, type Resource } from '../../api/resources';
import { useAuth } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { BackLink } from '../../components/BackLink';
import { FlashMessage } from '../../components/FlashMessage';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentMeta } from '../../hooks/useDocumentMeta';
import { t } from '../../i18n';
import { MinutesText } from '../meetings/MinutesText';
import { useLoad } from '../plan/useLoad';
import { useKnownSession } from '../public/usePublicAuth';
import { KeepOnShelf } from '../shelf/KeepOnShelf';
import { ModerationActions } from './ModerationActions';
import { PartnershipLessons } from './PartnershipLessons';
import { backPathFrom, ResourceCard } from './ResourceCard';
import { evidenceExplanation, hostOf, libraryPaths, plainText } from './resourceLabels';
import { StatusBanner } from './StatusBanner';

/** /resources/:id: one resource for anyone who may see it; works signed out. */
export function ResourcePage() {
  const { id } = useParams();
  useKnownSession();
  const back = backPathFrom(useLocation().state);
  return (
    <>
      <BackLink to={back ?? libraryPaths.search()}>{back === null ? t('library.title') : t('library.backToResults')}</BackLink>
      {isId(id) ? <ResourceLoader key={id} id={Number(id)} /> : <NotFound />}
    </>
  );
}

function NotFound() {
  return (
    <>
      <PageHeading title={t('library.resource.notFound')} />
      <p>{t('library.resource.notFoundBody')}</p>
    </>
  );
}

function ResourceLoader({ id }: { id: number }) {
  const loaded = useLoad(async (signal) => (await getResource(id, signal)).data, String(id));
  // A decision made here shows at once; a stale one fetches the resource again.
  const [decided, setDecided] = useState<Resource | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  const resource = decided ?? loaded.data;
  const { auth } = useAuth();
  const signedIn = auth.status === 'signed-in' && auth.session.stage === 'active';
  useDocumentMeta(
    resource === null
      ? null
      : { title: t('library.resource.documentTitle', { title: resource.title }), description: plainText(resource.summary_html) },
  );

  if (loaded.error?.status === 404) return <NotFound />;
  if (loaded.error !== null) return <Alert type="error">{loaded.error.problem.detail}</Alert>;
  if (resource === null) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      <PageHeading title={resource.title} fullDocumentTitle={t('library.resource.documentTitle', { title: resource.title })} />
      <FlashMessage />
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      <StatusBanner resource={resource} />
      <ul className="usa-button-group cg-actions">
        {resource.link !== null && (
          <li className="usa-button-group__item">
            <a className="usa-button" href={resource.link} rel="noopener noreferrer">
              {t('library.resource.open', { host: hostOf(resource.link) })}
            </a>
          </li>
        )}
        {resource.can_edit === true && (
          <li className="usa-button-group__item">
            <Link className="usa-button usa-button--outline" to={libraryPaths.edit(resource.id)}>
              {t('library.resource.edit')}
            </Link>
          </li>
        )}
      </ul>
      {resource.can_moderate === true && (
        <section className="cg-section" aria-labelledby="resource-moderation-heading">
          <h2 id="resource-moderation-heading">{t('library.moderate.heading')}</h2>
          <ModerationActions
            resource={resource}
            onModerated={(updated, done) => {
              setDecided(updated);
              setMessage(done);
            }}
            onStale={() => {
              setDecided(null);
              setMessage(null);
              void loaded.reload();
            }}
          />
        </section>
      )}
      <ResourceFacts resource={resource} />
      <section className="cg-section" aria-labelledby="resource-summary-heading">
        <h2 id="resource-summary-heading">{t('library.resource.summary')}</h2>
        <MinutesText html={resource.summary_html} />
      </section>
      {resource.status === 'published' && loaded.data !== null && (
        <>
          {signedIn && <KeepOnShelf resourceId={resource.id} onShelvesOf={loaded.data.on_shelves_of} />}
          <PartnershipLessons resource={loaded.data} />
        </>
      )}
      <MoreLikeThis id={resource.id} />
    </>
  );
}

function ResourceFacts({ resource }: { resource: Resource }) {
  const none = t('common.none');
  const rows: { label: string; value: ReactNode }[] = [
    { label: t('library.field.type'), value: resource.type.label },
    { label: t('library.field.year'), value: resource.year ?? t('library.card.noYear') },
    { label: t('library.field.publisher'), value: resource.publisher === '' ? none : resource.publisher },
    { label: t('library.field.authors'), value: resource.authors.length === 0 ? none : resource.authors.join('; ') },
    {
      label: t('library.field.audience'),
      value: resource.audience.length === 0 ? t('library.resource.everyone') : resource.audience.map((a) => a.label).join(', '),
    },
    {
      label: t('library.field.evidence'),
      value: (
        <>
          <strong>{resource.evidence.label}.</strong> {evidenceExplanation(resource.evidence.key)}
        </>
      ),
    },
    {
      label: t('library.field.topics'),
      value:
        resource.topics.length === 0 ? (
          none
        ) : (
          <ul className="cg-library-tags">
            {resource.topics.map((topic) => (
              <li key={topic.key}>
                <Link className="usa-link" to={libraryPaths.topic(topic.key)}>
                  {topic.label}
                </Link>
              </li>
            ))}
          </ul>
        ),
    },
    {
      label: t('library.field.visibility'),
      value: resource.visibility === 'public' ? t('library.visibility.public') : t('library.visibility.partnership'),
    },
  ];
  if (resource.shared_by !== null) {
    rows.push({ label: t('library.field.sharedBy'), value: resource.shared_by.name ?? none });
  }
  if (resource.shared_from !== null) {
    rows.push({ label: t('library.field.partnership'), value: resource.shared_from.name ?? none });
  }
  return (
    <dl className="cg-summary cg-library-facts">
      {rows.map((row) => (
        <div className="cg-summary__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function MoreLikeThis({ id }: { id: number }) {
  const similar = useLoad((signal) => similarResources(id, 5, signal), String(id));
  return (
    <section className="cg-section" aria-labelledby="resource-similar-heading">
      <h2 id="resource-similar-heading">{t('library.similar.heading')}</h2>
      {similar.error !== null && <Alert type="error">{similar.error.problem.detail}</Alert>}
      {similar.data !== null && similar.data.length === 0 && <p>{t('library.similar.none')}</p>}
      {similar.data !== null && similar.data.length > 0 && (
        <ul className="usa-list usa-list--unstyled cg-library-similar">
          {similar.data.map((item) => (
            <ResourceCard key={item.id} resource={item} headingLevel={3} />
          ))}
        </ul>
      )}
    </section>
  );
}
