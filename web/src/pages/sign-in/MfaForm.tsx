import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../api/client';
import { messagesByField } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

export const mfaFieldIds = { code: 'sign-in-code' };

interface MfaFormProps {
  error: ApiError | null;
  onSubmit: (code: string) => void;
}

/** Asks for the 6-digit code from the person's authenticator app. */
export function MfaForm({ error, onSubmit }: MfaFormProps) {
  const [code, setCode] = useState('');

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onSubmit(code.replace(/\s/g, ''));
  }

  return (
    <form className="usa-form" noValidate onSubmit={handleSubmit}>
      <TextField
        id={mfaFieldIds.code}
        label={t('signIn.mfa.code')}
        hint={t('signIn.mfa.codeHint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        necessity="required"
        value={code}
        onChange={setCode}
        error={messagesByField(error).code}
      />
      <button type="submit" className="usa-button">
        {t('signIn.mfa.submit')}
      </button>
    </form>
  );
}
