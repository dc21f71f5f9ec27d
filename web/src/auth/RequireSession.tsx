import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { Alert } from '../components/Alert';
import { t } from '../i18n';
import { useAuth } from './AuthContext';
import { SIGN_IN, signInPathFor } from './nextPath';

/**
 * Guards the pages that need a fully signed-in session. Each new page asks the server for the
 * session: without one the person goes to the sign-in page, which brings them back afterwards;
 * a session with a sign-in step left goes there too, to finish that step. While a known-good
 * session is re-checked the page shows at once.
 */
export function RequireSession() {
  const { auth, refresh } = useAuth();
  const location = useLocation();
  const [checked, setChecked] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    refresh().then(
      () => current && setChecked(location.pathname),
      () => current && setChecked(location.pathname),
    );
    return () => {
      current = false;
    };
  }, [location.pathname, refresh]);

  if (auth.status === 'signed-in' && auth.session.stage === 'active') return <Outlet />;
  if (checked !== location.pathname) return <p role="status">{t('common.loading')}</p>;

  const here = `${location.pathname}${location.search}${location.hash}`;
  switch (auth.status) {
    case 'signed-out':
      return <Navigate to={auth.byChoice ? SIGN_IN : signInPathFor(here)} replace />;
    case 'signed-in':
      return <Navigate to={signInPathFor(here)} replace />;
    case 'error':
      return <Alert type="error">{auth.error.problem.detail}</Alert>;
    case 'unknown':
      return <p role="status">{t('common.loading')}</p>;
  }
}
