import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { setPasswordWithToken } from '../../api/account';
import { ApiError, localError } from '../../api/client';
import { SIGN_IN } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

/**
 * Choosing a password with the link from an invitation or reset email (`?token=`). Needs no
 * session; afterwards it leads to the sign-in page.
 */
export function SetPasswordPage() {
  const token = new URLSearchParams(useLocation().search).get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<{ detail: string; email: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const messages = messagesByField(error);

  useEffect(() => {
    if (done !== null) doneRef.current?.focus();
  }, [done]);
  const fields = {
    password: { id: 'set-password', label: t('setPassword.password') },
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (password === '') {
      setError(localError([{ field: 'password', message: t('setPassword.passwordRequired') }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setDone(await setPasswordWithToken(token, password));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
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
          <form className="usa-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
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
