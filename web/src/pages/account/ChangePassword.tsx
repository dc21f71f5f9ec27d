import { useEffect, useRef, useState, type FormEvent } from 'react';
import { changePassword } from '../../api/account';
import type { FieldError } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';

const ids = { current_password: 'password-current', new_password: 'password-new' };

/** Changing the password: the current one, then the new one. */
export function ChangePassword() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [done, setDone] = useState(false);
  const form = useFormSubmit(() => setDone(false));
  const { error, messages } = form;
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const fields = {
    current_password: { id: ids.current_password, label: t('account.password.current') },
    new_password: { id: ids.new_password, label: t('account.password.new') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (current === '') missing.push({ field: 'current_password', message: t('account.password.currentRequired') });
    if (next === '') missing.push({ field: 'new_password', message: t('account.password.newRequired') });
    if (missing.length > 0) {
      form.reject(missing);
      return;
    }
    void form.send(async () => {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setDone(true);
    });
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
      <form className="usa-form" noValidate onSubmit={handleSubmit}>
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
