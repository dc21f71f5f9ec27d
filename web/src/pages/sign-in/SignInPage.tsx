import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { acknowledgeNotice, signIn, submitMfaCode, type SignInStep } from '../../api/auth';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FlashMessage } from '../../components/FlashMessage';
import { PageHeading } from '../../components/PageHeading';
import { t } from '../../i18n';
import { CredentialsForm, credentialFieldIds } from './CredentialsForm';
import { MfaForm, mfaFieldIds } from './MfaForm';
import { NoticeForm } from './NoticeForm';

type Step = { name: 'credentials' } | { name: 'mfa' } | { name: 'notice'; text: string };

/** Signing in: email and password, then a security code and a notice when the server asks. */
export function SignInPage() {
  const navigate = useNavigate();
  const [step, setStep] = useState<Step>({ name: 'credentials' });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<SignInStep | void>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const next = await action();
      if (next?.mfa_required === true) {
        setStep({ name: 'mfa' });
      } else if (typeof next?.notice === 'string' && next.notice !== '') {
        setStep({ name: 'notice', text: next.notice });
      } else {
        navigate('/organizations', { replace: true });
      }
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {/* A new key per step remounts the heading, which moves focus to it. */}
      <PageHeading key={step.name} title={stepTitle(step)} />
      {error !== null && (
        <ErrorSummary
          error={error}
          fieldIds={step.name === 'mfa' ? mfaFieldIds : credentialFieldIds}
        />
      )}
      {error === null && step.name === 'credentials' && <FlashMessage />}
      {step.name === 'credentials' && (
        <CredentialsForm
          error={error}
          onSubmit={(email, password) => void run(() => signIn(email, password))}
        />
      )}
      {step.name === 'mfa' && (
        <MfaForm error={error} onSubmit={(code) => void run(() => submitMfaCode(code))} />
      )}
      {step.name === 'notice' && (
        <NoticeForm text={step.text} onAcknowledge={() => void run(acknowledgeNotice)} />
      )}
    </>
  );
}

function stepTitle(step: Step): string {
  switch (step.name) {
    case 'credentials':
      return t('signIn.title');
    case 'mfa':
      return t('signIn.mfa.title');
    case 'notice':
      return t('signIn.notice.title');
  }
}
