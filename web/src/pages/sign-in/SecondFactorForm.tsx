import { useEffect, useRef, useState, type FormEvent } from 'react';
import { localError, type ApiError } from '../../api/client';
import { messagesByField, type SummaryField } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';

const CODE_ID = 'sign-in-code';

/** The form's fields for the error summary; the code's label depends on which kind is asked. */
export function secondFactorFields(recovery: boolean): Record<'code', SummaryField> {
  return { code: { id: CODE_ID, label: recovery ? t('signIn.secondFactor.recoveryCode') : t('signIn.secondFactor.code') } };
}

interface SecondFactorFormProps {
  error: ApiError | null;
  /** Tells the page which kind of code is asked for, so its error summary names the field. */
  onKindChange: (recovery: boolean) => void;
  onSubmit: (code: string) => void;
  /** Shows a problem found before asking the server. */
  onInvalid: (error: ApiError) => void;
}

/** Asks for the 6-digit code from the authenticator app, or, if the person prefers, a recovery code. */
export function SecondFactorForm({ error, onKindChange, onSubmit, onInvalid }: SecondFactorFormProps) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const switched = useRef(false);

  useEffect(() => {
    // After switching, the field has a new label and hint: take the person there.
    if (switched.current) document.getElementById(CODE_ID)?.focus();
  }, [recovery]);

  function toggle() {
    switched.current = true;
    setRecovery(!recovery);
    setCode('');
    onKindChange(!recovery);
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const entered = recovery ? code.trim() : code.replace(/\s/g, '');
    if (entered === '') {
      const message = recovery ? t('signIn.secondFactor.recoveryCodeRequired') : t('signIn.secondFactor.codeRequired');
      onInvalid(localError([{ field: 'code', message }]));
      return;
    }
    onSubmit(entered);
  }

  return (
    <>
      <p>{t('signIn.secondFactor.intro')}</p>
      <form className="usa-form" noValidate onSubmit={handleSubmit}>
        <TextField
          // A new input for the other kind of code, so no browser autofill carries over.
          key={recovery ? 'recovery' : 'app'}
          id={CODE_ID}
          label={recovery ? t('signIn.secondFactor.recoveryCode') : t('signIn.secondFactor.code')}
          hint={recovery ? t('signIn.secondFactor.recoveryCodeHint') : t('signIn.secondFactor.codeHint')}
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          necessity="required"
          value={code}
          onChange={setCode}
          error={messagesByField(error).code}
        />
        <button type="submit" className="usa-button">
          {t('signIn.secondFactor.submit')}
        </button>
      </form>
      <p>
        <button type="button" className="usa-button usa-button--unstyled" onClick={toggle}>
          {recovery ? t('signIn.secondFactor.useApp') : t('signIn.secondFactor.useRecovery')}
        </button>
      </p>
    </>
  );
}
