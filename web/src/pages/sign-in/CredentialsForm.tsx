import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { messagesByField } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

export const credentialFieldIds = { email: 'sign-in-email', password: 'sign-in-password' };

interface CredentialsFormProps {
  error: ApiError | null;
  onSubmit: (email: string, password: string) => void;
}

export function CredentialsForm({ error, onSubmit }: CredentialsFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const messages = messagesByField(error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit(email.trim(), password);
  }

  return (
    <form className="usa-form" noValidate onSubmit={handleSubmit}>
      <TextField
        id={credentialFieldIds.email}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        necessity="required"
        value={email}
        onChange={setEmail}
        error={messages.email}
      />
      <TextField
        id={credentialFieldIds.password}
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
