import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { requestPasswordReset } from '../../api/account';
import { SIGN_IN } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';

/** Asking for an email with a link for choosing a new password. Needs no session. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const form = useFormSubmit();
  const { error, messages } = form;
  const sentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (sent !== null) sentRef.current?.focus();
  }, [sent]);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (email.trim() === '') {
      form.reject([{ field: 'email', message: t('forgot.emailRequired') }]);
      return;
    }
    void form.send(async () => {
      setSent(await requestPasswordReset(email.trim()));
    });
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
          <form className="usa-form" noValidate onSubmit={handleSubmit}>
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
