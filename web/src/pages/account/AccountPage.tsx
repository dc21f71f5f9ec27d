import { useEffect, useRef, useState } from 'react';
import { signOutEverywhere } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useActiveSession, useAuth } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { EnrolSecondFactor } from '../../components/second-factor/EnrolSecondFactor';
import { RecoveryCodes } from '../../components/second-factor/RecoveryCodes';
import { t } from '../../i18n';
import { ApiTokens } from './ApiTokens';
import { ChangePassword } from './ChangePassword';
import { NotificationSettings } from './NotificationSettings';
import { SessionsTable } from './SessionsTable';

/** Where setting up two-step verification is: not started, asking for a code, showing codes. */
type Setup = { step: 'idle' } | { step: 'enrolling' } | { step: 'codes'; codes: string[] };

/** The signed-in person's details, two-step verification, and signing out on every device. */
export function AccountPage() {
  const session = useActiveSession();
  const { refresh, setSignedOut } = useAuth();
  const [setup, setSetup] = useState<Setup>({ step: 'idle' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const setupHeading = useRef<HTMLHeadingElement>(null);
  const setUpButton = useRef<HTMLButtonElement>(null);
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const { user } = session;

  useEffect(() => {
    // Focus follows the set-up: to its heading as it opens or changes, back to the button after.
    if (setup.step !== 'idle') setupHeading.current?.focus();
    else if (moved.current) (setUpButton.current ?? sectionHeading.current)?.focus();
    moved.current ||= setup.step !== 'idle';
  }, [setup.step]);

  useEffect(() => {
    if (error !== null) errorRef.current?.focus();
  }, [error]);

  function handleConfirmed(codes: string[]) {
    setSetup({ step: 'codes', codes });
    // The session now says two-step verification is on; the details above show it.
    void refresh().catch(() => undefined);
  }

  async function handleSignOutEverywhere() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const ended = await signOutEverywhere();
      setSignedOut(true, t('signIn.signedOutEverywhere', { count: ended }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('account.title')} />
      {error !== null && (
        <Alert type="error" ref={errorRef}>
          {error.problem.detail}
        </Alert>
      )}
      <section aria-labelledby="account-details">
        <h2 id="account-details">{t('account.details')}</h2>
        <dl className="cg-summary">
          <div className="cg-summary__row">
            <dt>{t('account.name')}</dt>
            <dd>{user.display_name}</dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('account.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('account.role')}</dt>
            <dd>{user.site_role === 'admin' ? t('account.role.admin') : t('account.role.user')}</dd>
          </div>
          <div className="cg-summary__row">
            <dt>{t('account.twoStep')}</dt>
            <dd>{user.mfa_enabled ? t('account.twoStep.on') : t('account.twoStep.off')}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="account-two-step" className="cg-section">
        <h2 id="account-two-step" className="cg-focus-target" ref={sectionHeading} tabIndex={-1}>
          {t('account.twoStep')}
        </h2>
        {setup.step === 'idle' && (
          <>
            <p>{user.mfa_enabled ? t('account.twoStep.onExplain') : t('account.twoStep.offExplain')}</p>
            {!user.mfa_enabled && (
              <button
                type="button"
                className="usa-button"
                ref={setUpButton}
                onClick={() => setSetup({ step: 'enrolling' })}
              >
                {t('account.twoStep.setUp')}
              </button>
            )}
          </>
        )}
        {setup.step === 'enrolling' && (
          <>
            <h3 className="cg-focus-target" ref={setupHeading} tabIndex={-1}>
              {t('account.twoStep.setUp')}
            </h3>
            <EnrolSecondFactor onConfirmed={handleConfirmed} />
            <button type="button" className="usa-button usa-button--outline" onClick={() => setSetup({ step: 'idle' })}>
              {t('account.twoStep.cancel')}
            </button>
          </>
        )}
        {setup.step === 'codes' && (
          <>
            <h3 className="cg-focus-target" ref={setupHeading} tabIndex={-1}>
              {t('codes.title')}
            </h3>
            <Alert type="success">{t('codes.done')}</Alert>
            <RecoveryCodes codes={setup.codes} />
            <button type="button" className="usa-button" onClick={() => setSetup({ step: 'idle' })}>
              {t('account.twoStep.done')}
            </button>
          </>
        )}
      </section>

      <NotificationSettings />
      <ChangePassword />
      <SessionsTable />
      <ApiTokens />

      <section aria-labelledby="account-everywhere" className="cg-section">
        <h2 id="account-everywhere">{t('account.everywhere.heading')}</h2>
        <p>{t('account.everywhere.explain')}</p>
        <button
          type="button"
          className="usa-button usa-button--secondary"
          onClick={() => void handleSignOutEverywhere()}
        >
          {t('account.everywhere.button')}
        </button>
      </section>
    </>
  );
}
