import { useEffect, useRef, useState, type FormEvent } from 'react';
import { changePassword } from '../../api/account';
import { ApiError, localError, type FieldError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

const ids = { current_password: 'password-current', new_password: 'password-new' };

/** Changing the password: the current one, then the new one. */
export function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const messages = messagesByField(error);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const fields = {
    current_password: { id: ids.current_password, label: t('account.password.current') },
    new_password: { id: ids.new_password, label: t('account.password.new') },
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const missing: FieldError[] = [];
    if (current === '') missing.push({ field: 'current_password', message: t('account.password.currentRequired') });
    if (next === '') missing.push({ field: 'new_password', message: t('account.password.newRequired') });
    if (missing.length > 0) {
      setError(localError(missing));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="account-password" className="cg-section">
      <h2 id="account-password">{t('account.password.heading')}</h2>
      {done && (
        <Alert type="success" ref={doneRef}>
          {t('account.password.changed')}
        </Alert>
      )}
      {error !== null && <ErrorSummary error={error} fields={fields} />}
      <form className="usa-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <TextField
          id={ids.current_password}
          label={t('account.password.current')}
          type="password"
          autoComplete="current-password"
          necessity="required"
          value={current}
          onChange={setCurrent}
          error={messages.current_password}
        />
        <TextField
          id={ids.new_password}
          label={t('account.password.new')}
          hint={t('account.password.newHint')}
          type="password"
          autoComplete="new-password"
          necessity="required"
          value={next}
          onChange={setNext}
          error={messages.new_password}
        />
        <button type="submit" className="usa-button">
          {t('account.password.submit')}
        </button>
      </form>
    </section>
  );
}
