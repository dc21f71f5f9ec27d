import { useEffect, useRef, useState } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { t } from '../i18n';
import { Alert } from './Alert';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** The frame of every page: skip link, header, main landmark holding the page, footer. */
export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  const { pathname } = useLocation();
  useEffect(() => setSignOutError(null), [pathname]);

  return (
    <>
      <a
        className="usa-skipnav"
        href="#main-content"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('layout.skipToContent')}
      </a>
      <SiteHeader onSignOutError={setSignOutError} />
      <main id="main-content" className="cg-main cg-focus-target" ref={mainRef} tabIndex={-1}>
        <div className="grid-container">
          {signOutError !== null && <Alert type="error">{signOutError}</Alert>}
          <Outlet />
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
