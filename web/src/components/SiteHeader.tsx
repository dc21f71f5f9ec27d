import { Link, NavLink, useMatch, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { signOut } from '../api/auth';
import { t } from '../i18n';
import type { FlashState } from './FlashMessage';

interface SiteHeaderProps {
  /** Called with a message when signing out fails, and with null when it is tried again. */
  onSignOutError: (message: string | null) => void;
}

/** The site name and the main navigation, which wraps onto more lines on narrow screens. */
export function SiteHeader({ onSignOutError }: SiteHeaderProps) {
  const navigate = useNavigate();
  const onSignInPage = useMatch('/sign-in') !== null;

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
    const state: FlashState = { flash: t('signOut.done') };
    navigate('/sign-in', { state });
  }

  return (
    <header className="usa-header usa-header--basic cg-header">
      <div className="grid-container cg-header__inner">
        <div className="usa-logo cg-header__logo">
          <em className="usa-logo__text">
            <Link to="/organizations">{t('app.name')}</Link>
          </em>
        </div>
        {!onSignInPage && (
          <nav className="cg-nav" aria-label={t('nav.label')}>
            <ul className="cg-nav__list">
              <li>
                <NavLink className="cg-nav__link" to="/organizations">
                  {t('nav.organizations')}
                </NavLink>
              </li>
              <li>
                <button type="button" className="cg-nav__link" onClick={() => void handleSignOut()}>
                  {t('nav.signOut')}
                </button>
              </li>
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
