import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { listPublicPartnerships, type PublicPartnershipSummary } from '../../api/publicPartnerships';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { useKnownSession } from './usePublicAuth';

/** /p: the partnerships that have chosen to be public; works signed out. */
export function PublicPartnershipsPage() {
  useKnownSession();
  const [items, setItems] = useState<PublicPartnershipSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listPublicPartnerships(controller.signal).then(setItems, (caught: unknown) => {
      if (!isAbort(caught) && caught instanceof ApiError) setError(caught);
    });
    return () => controller.abort();
  }, []);

  return (
    <>
      <PageHeading title={t('public.list.title')} />
      <p>{t('public.list.intro')}</p>
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {items === null && error === null && <p role="status">{t('common.loading')}</p>}
      {items !== null && items.length === 0 && <p>{t('public.list.none')}</p>}
      {items !== null && items.length > 0 && (
        <ul className="usa-card-group cg-public-list">
          {items.map((item) => (
            <li className="usa-card tablet:grid-col-6" key={item.id}>
              <div className="usa-card__container">
                <div className="usa-card__header">
                  <h2 className="usa-card__heading">
                    <Link className="usa-link" to={`/p/${item.id}`}>
                      {item.name}
                    </Link>
                  </h2>
                </div>
                <div className="usa-card__body">
                  <p>{item.area_served ?? t('public.areaNotGiven')}</p>
                </div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
