import { Outlet } from 'react-router-dom';
import { useIsAdmin } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';

/** The administration pages, for site admins only (the server refuses others with 403 anyway). */
export function RequireAdmin() {
  if (useIsAdmin()) return <Outlet />;
  return (
    <>
      <PageHeading title={t('admin.title')} />
      <Alert type="error">{t('admin.onlyAdmins')}</Alert>
    </>
  );
}
