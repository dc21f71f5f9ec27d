import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { requestPasswordReset } from '../../api/account';
import { ApiError, localError } from '../../api/client';
import { SIGN_IN } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

/** Asking for an email with a link for choosing a new password. Needs no session. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sentRef = useRef<HTMLDivElement>(null);
  const messages = messagesByField(error);

  useEffect(() => {
    if (sent !== null) sentRef.current?.focus();
  }, [sent]);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (email.trim() === '') {
      setError(localError([{ field: 'email', message: t('forgot.emailRequired') }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setSent(await requestPasswordReset(email.trim()));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('forgot.title')} />
      {error !== null && <ErrorSummary error={error} fields={{ email: { id: 'forgot-email', label: t('forgot.email') } }} />}
      {sent !== null ? (
        <Alert type="success" ref={sentRef}>
          {sent}
        </Alert>
      ) : (
        <>
          <p>{t('forgot.intro')}</p>
          <form className="usa-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
            <TextField
              id="forgot-email"
              label={t('forgot.email')}
              type="email"
              autoComplete="username"
              necessity="required"
              value={email}
              onChange={setEmail}
              error={messages.email}
            />
            <button type="submit" className="usa-button">
              {t('forgot.submit')}
            </button>
          </form>
        </>
      )}
      <p className="cg-links">
        <Link className="usa-link" to={SIGN_IN}>
          {t('forgot.back')}
        </Link>
      </p>
    </>
  );
}
