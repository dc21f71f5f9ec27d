import { Navigate, useParams } from 'react-router-dom';
import { useIsAdmin } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { NotFoundPage } from '../NotFoundPage';
import { OrganizationEditor } from './OrganizationEditor';

/** True for an id as the server issues them: a positive whole number. */
export function isOrganizationId(id: string): boolean {
  return /^[1-9][0-9]{0,15}$/.test(id);
}

/**
 * /organizations/new and /organizations/:id/edit; a fresh editor for each organization. Only site
 * admins may change organizations: anyone else sees the organization, or is told so.
 */
export function OrganizationFormPage() {
  const { id } = useParams();
  const admin = useIsAdmin();
  if (id !== undefined && !isOrganizationId(id)) return <NotFoundPage />;
  if (!admin) {
    if (id !== undefined) return <Navigate to={`/organizations/${id}`} replace />;
    return (
      <>
        <PageHeading title={t('org.new.title')} />
        <Alert type="info">{t('org.adminOnly')}</Alert>
      </>
    );
  }
  if (id === undefined) return <OrganizationEditor key="new" id={null} />;
  return <OrganizationEditor key={id} id={Number(id)} />;
}
