import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { acknowledgeNotice, signIn, submitSecondFactor, type Session, type SessionStage } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useAuth } from '../../auth/AuthContext';
import { nextFrom } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { EnrolSecondFactor } from '../../components/second-factor/EnrolSecondFactor';
import { RecoveryCodes } from '../../components/second-factor/RecoveryCodes';
import { t } from '../../i18n';
import { CredentialsForm, credentialFields } from './CredentialsForm';
import { NoticeForm } from './NoticeForm';
import { SecondFactorForm, secondFactorFields } from './SecondFactorForm';

/** The step shown: one per pending session stage, plus the two ends of the flow. */
type Step = 'loading' | 'credentials' | Exclude<SessionStage, 'active'> | 'recovery_codes' | 'done';

/**
 * Signing in, one step at a time as the server's session `stage` says: email and password, a
 * security code, the sign-in notice, setting up two-step verification (then the recovery codes),
 * and finally the page the person wanted (`?next=`), or the list of organizations.
 * A session with a step left, found on arrival, resumes at that step.
 */
export function SignInPage() {
  const { auth, refresh, setSession, setSignedOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ step: Step; error: ApiError } | null>(null);
  const [busy, setBusy] = useState(false);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [recoveryKind, setRecoveryKind] = useState(false);

  useEffect(() => {
    if (auth.status === 'unknown') void refresh().catch(() => undefined);
    // Only on arrival: later changes come from the steps themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // Signing out (from the header) while the codes show: they are not shown again.
    if (auth.status === 'signed-out') setRecoveryCodes(null);
  }, [auth.status]);

  const step = stepFor(auth.status === 'signed-in' ? auth.session : auth.status, recoveryCodes);
  // An error belongs to the step it happened on, and goes away with it.
  const error = failure?.step === step ? failure.error : null;

  if (step === 'done') return <Navigate to={nextFrom(location.search)} replace />;

  async function run(action: () => Promise<Session>) {
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      setSession(await action());
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      if (step !== 'credentials' && caught.status === 401) {
        // The half-finished session ended (it expired, or was signed out elsewhere): start again.
        setSignedOut(false, caught.problem.detail);
      } else {
        setFailure({ step, error: caught });
      }
    } finally {
      setBusy(false);
    }
  }

  const showInvalid = (invalid: ApiError) => setFailure({ step, error: invalid });
  const signedOutMessage = auth.status === 'signed-out' ? auth.message : null;

  return (
    <>
      {/* A new key per step remounts the heading, which moves focus to it. */}
      <PageHeading key={stepTitle(step)} title={stepTitle(step)} />
      {error !== null && (
        <ErrorSummary
          error={error}
          fields={step === 'second_factor' ? secondFactorFields(recoveryKind) : credentialFields()}
        />
      )}
      {step === 'loading' && <p role="status">{t('common.loading')}</p>}
      {step === 'credentials' && (
        <>
          {auth.status === 'error' && <Alert type="error">{auth.error.problem.detail}</Alert>}
          {error === null && signedOutMessage !== null && (
            <Alert type={auth.status === 'signed-out' && auth.byChoice ? 'success' : 'info'}>{signedOutMessage}</Alert>
          )}
          <CredentialsForm
            error={error}
            onInvalid={showInvalid}
            onSubmit={(email, password) => void run(() => signIn(email, password))}
          />
          <p className="cg-links">
            <Link className="usa-link" to="/forgot-password">
              {t('signIn.forgot')}
            </Link>
          </p>
        </>
      )}
      {step === 'second_factor' && (
        <SecondFactorForm
          error={error}
          onKindChange={setRecoveryKind}
          onInvalid={showInvalid}
          onSubmit={(code) => void run(() => submitSecondFactor(code))}
        />
      )}
      {step === 'notice' && auth.status === 'signed-in' && (
        <NoticeForm text={auth.session.notice ?? ''} onAcknowledge={() => void run(acknowledgeNotice)} />
      )}
      {step === 'enrol_second_factor' && (
        <>
          <p>{t('signIn.enrol.required')}</p>
          <EnrolSecondFactor
            onConfirmed={(codes) => {
              setRecoveryCodes(codes);
              // The session is fully signed in now: the header shows so while the codes are read.
              void refresh().catch(() => undefined);
            }}
          />
        </>
      )}
      {step === 'recovery_codes' && recoveryCodes !== null && (
        <>
          <Alert type="success">{t('codes.done')}</Alert>
          <RecoveryCodes codes={recoveryCodes} />
          <button
            type="button"
            className="usa-button"
            onClick={() => navigate(nextFrom(location.search), { replace: true })}
          >
            {t('signIn.codes.continue')}
          </button>
        </>
      )}
    </>
  );
}

function stepFor(session: Session | 'unknown' | 'signed-out' | 'error', recoveryCodes: string[] | null): Step {
  if (session === 'unknown') return 'loading';
  if (typeof session === 'object' && recoveryCodes !== null) return 'recovery_codes';
  if (session === 'signed-out' || session === 'error') return 'credentials';
  return session.stage === 'active' ? 'done' : session.stage;
}

function stepTitle(step: Step): string {
  switch (step) {
    case 'loading':
    case 'credentials':
    case 'done':
      return t('signIn.title');
    case 'second_factor':
      return t('signIn.secondFactor.title');
    case 'notice':
      return t('signIn.notice.title');
    case 'enrol_second_factor':
      return t('signIn.enrol.title');
    case 'recovery_codes':
      return t('codes.title');
  }
}
