import { useState, type FormEvent } from 'react';
import { localError, type ApiError, type FieldError } from '../../api/client';
import { messagesByField, type SummaryField } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

const ids = { email: 'sign-in-email', password: 'sign-in-password' };

/** The form's fields for the error summary. */
export function credentialFields(): Record<keyof typeof ids, SummaryField> {
  return {
    email: { id: ids.email, label: t('signIn.email') },
    password: { id: ids.password, label: t('signIn.password') },
  };
}

interface CredentialsFormProps {
  error: ApiError | null;
  onSubmit: (email: string, password: string) => void;
  /** Shows a problem found before asking the server (an empty field). */
  onInvalid: (error: ApiError) => void;
}

export function CredentialsForm({ error, onSubmit, onInvalid }: CredentialsFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const messages = messagesByField(error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // An empty field would only cost a sign-in attempt; say so here instead.
    const missing: FieldError[] = [];
    if (email.trim() === '') missing.push({ field: 'email', message: t('signIn.emailRequired') });
    if (password === '') missing.push({ field: 'password', message: t('signIn.passwordRequired') });
    if (missing.length > 0) onInvalid(localError(missing));
    else onSubmit(email.trim(), password);
  }

  return (
    <form className="usa-form" noValidate onSubmit={handleSubmit}>
      <TextField
        id={ids.email}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        necessity="required"
        value={email}
        onChange={setEmail}
        error={messages.email}
      />
      <TextField
        id={ids.password}
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        necessity="required"
        value={password}
        onChange={setPassword}
        error={messages.password}
      />
      <button type="submit" className="usa-button">
        {t('signIn.submit')}
      </button>
    </form>
  );
}
