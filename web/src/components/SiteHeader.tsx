import { Link, NavLink } from 'react-router-dom';
import { signOut } from '../api/auth';
import { ApiError } from '../api/client';
import { useAuth } from '../auth/AuthContext';
import { HOME } from '../auth/nextPath';
import { t } from '../i18n';
import { useUnreadCount } from '../pages/notifications/unreadCount';
import { libraryPaths } from '../pages/resources/resourceLabels';

interface SiteHeaderProps {
  /** Called with a message when signing out fails, and with null when it is tried again. */
  onSignOutError: (message: string | null) => void;
}

/**
 * The site name (leading home, or to the public resource library until signed in), the main
 * navigation (only the resource library until signed in), who is signed in and "Sign out".
 * During sign-in (a step left) it offers only to cancel. Everything wraps onto more lines when
 * narrow.
 */
export function SiteHeader({ onSignOutError }: SiteHeaderProps) {
  const { auth, setSignedOut } = useAuth();
  const session = auth.status === 'signed-in' ? auth.session : null;
  const active = session?.stage === 'active';
  const unread = useUnreadCount(active && session !== null ? session.user.id : null);

  async function handleSignOut() {
    onSignOutError(null);
    try {
      await signOut();
    } catch (error) {
      // 401: the session had already ended, which is what the person wanted.
      if (!(error instanceof ApiError) || error.status !== 401) {
        onSignOutError(error instanceof ApiError ? error.problem.detail : t('problem.network'));
        return;
      }
    }
    // The route guard, or the sign-in page itself, shows the sign-in form with this message.
    setSignedOut(true, active ? t('signIn.signedOut') : t('signIn.cancelled'));
  }

  return (
    <header className="usa-header usa-header--basic cg-header">
      <div className="grid-container cg-header__inner">
        <div className="usa-logo cg-header__logo">
          <em className="usa-logo__text">
            <Link to={active ? HOME : libraryPaths.search()}>{t('app.name')}</Link>
          </em>
        </div>
        <nav className="cg-nav" aria-label={t('nav.label')}>
          <ul className="cg-nav__list">
            {active && (
              <>
                <li>
                  <NavLink className="cg-nav__link" to="/partnerships">
                    {t('nav.partnerships')}
                  </NavLink>
                </li>
                <li>
                  <NavLink className="cg-nav__link" to="/tasks">
                    {t('nav.tasks')}
                  </NavLink>
                </li>
                <li>
                  <NavLink
                    className="cg-nav__link"
                    to="/notifications"
                    aria-label={
                      unread !== null && unread > 0 ? t('nav.notifications.unreadLabel', { count: unread }) : undefined
                    }
                  >
                    {t('nav.notifications')}
                    {unread !== null && unread > 0 && (
                      <span className="cg-count" aria-hidden="true">
                        {unread > 99 ? '99+' : unread}
                      </span>
                    )}
                  </NavLink>
                </li>
              </>
            )}
            <li>
              <NavLink className="cg-nav__link" to="/resources">
                {t('nav.library')}
              </NavLink>
            </li>
            {active && (
              <>
                <li>
                  <NavLink className="cg-nav__link" to="/organizations">
                    {t('nav.organizations')}
                  </NavLink>
                </li>
                <li>
                  <NavLink className="cg-nav__link" to="/account">
                    {t('nav.account')}
                  </NavLink>
                </li>
                {session?.user.site_role === 'admin' && (
                  <li>
                    <NavLink className="cg-nav__link" to="/admin">
                      {t('nav.admin')}
                    </NavLink>
                  </li>
                )}
              </>
            )}
          </ul>
        </nav>
        {session !== null && (
          <div className="cg-header__session">
            {active && <span className="cg-header__user">{t('nav.signedInAs', { name: session.user.display_name })}</span>}
            <button type="button" className="cg-nav__link" onClick={() => void handleSignOut()}>
              {active ? t('nav.signOut') : t('nav.cancelSignIn')}
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
