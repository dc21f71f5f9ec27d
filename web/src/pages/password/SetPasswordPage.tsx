import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { setPasswordWithToken } from '../../api/account';
import { SIGN_IN } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';

/**
 * Choosing a password with the link from an invitation or reset email (`?token=`). Needs no
 * session; afterwards it leads to the sign-in page.
 */
export function SetPasswordPage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<{ detail: string; email: string } | null>(null);
  const form = useFormSubmit();
  const { error, messages } = form;
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done !== null) doneRef.current?.focus();
  }, [done]);
  const fields = {
    password: { id: 'set-password', label: t('setPassword.password') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (password === '') {
      form.reject([{ field: 'password', message: t('setPassword.passwordRequired') }]);
      return;
    }
    void form.send(async () => {
      setDone(await setPasswordWithToken(token, password));
    });
  }

  if (done !== null) {
    return (
      <>
        <PageHeading key="done" title={t('setPassword.doneTitle')} />
        <Alert type="success" ref={doneRef}>
          {done.detail}
        </Alert>
        <p className="cg-links">
          <Link className="usa-button" to={SIGN_IN}>
            {t('setPassword.signIn')}
          </Link>
        </p>
      </>
    );
  }

  const tokenProblem = error?.problem.errors.find((item) => item.field === 'token');
  return (
    <>
      <PageHeading title={t('setPassword.title')} />
      {token === '' ? (
        <Alert type="error">{t('setPassword.noToken')}</Alert>
      ) : (
        <>
          {error !== null && <ErrorSummary error={error} fields={fields} />}
          {tokenProblem !== undefined && (
            <p>
              <Link className="usa-link" to="/forgot-password">
                {t('setPassword.askAgain')}
              </Link>
            </p>
          )}
          <p>{t('setPassword.intro')}</p>
          <form className="usa-form" noValidate onSubmit={handleSubmit}>
            <TextField
              id="set-password"
              label={t('setPassword.password')}
              hint={t('account.password.newHint')}
              type="password"
              autoComplete="new-password"
              necessity="required"
              value={password}
              onChange={setPassword}
              error={messages.password}
            />
            <button type="submit" className="usa-button">
              {t('setPassword.submit')}
            </button>
          </form>
        </>
      )}
      {token === '' && (
        <p className="cg-links">
          <Link className="usa-link" to="/forgot-password">
            {t('setPassword.askAgain')}
          </Link>
        </p>
      )}
    </>
  );
}
