import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { isAbort, type ApiError } from '../../api/client';
import { getOrganization, type Organization } from '../../api/organizations';
import { useIsAdmin } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { NotFoundPage } from '../NotFoundPage';
import { isOrganizationId } from './OrganizationFormPage';
import { OrganizationSummary } from './OrganizationSummary';

/** /organizations/:id: one organization's details, for everyone; admins get a link to edit it. */
export function OrganizationPage() {
  const { id } = useParams();
  if (id === undefined || !isOrganizationId(id)) return <NotFoundPage />;
  return <OrganizationDetails key={id} id={Number(id)} />;
}

function OrganizationDetails({ id }: { id: number }) {
  const admin = useIsAdmin();
  const sectors = useReferenceList('/api/v1/sectors');
  const kinds = useReferenceList('/api/v1/organization-kinds');
  const [organization, setOrganization] = useState<Organization | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    getOrganization(id, controller.signal).then(
      (response) => setOrganization(response.data),
      (caught: unknown) => {
        if (!isAbort(caught)) setLoadError(caught as ApiError);
      },
    );
    return () => controller.abort();
  }, [id]);

  const problem = loadError ?? sectors.error ?? kinds.error;
  const ready = organization !== null && sectors.items.length > 0 && kinds.items.length > 0;
  return (
    <>
      <PageHeading title={organization?.name ?? t('org.view.title')} />
      {problem !== null && <Alert type="error">{problem.problem.detail}</Alert>}
      {problem === null && !ready && <p role="status">{t('common.loading')}</p>}
      {ready && (
        <>
          <OrganizationSummary organization={organization} sectors={sectors.items} kinds={kinds.items} />
          {admin && (
            <p>
              <Link className="usa-button" to={`/organizations/${organization.id}/edit`}>
                {t('org.edit.link')}
              </Link>
            </p>
          )}
        </>
      )}
      <p>
        <Link className="usa-link" to="/organizations">
          {t('org.view.back')}
        </Link>
      </p>
    </>
  );
}
