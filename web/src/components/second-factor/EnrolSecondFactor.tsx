import { useEffect, useRef, useState, type FormEvent } from 'react';
import { confirmEnrolment, startEnrolment, type SecondFactorEnrolment } from '../../api/auth';
import { ApiError } from '../../api/client';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { Alert } from '../Alert';
import { ErrorSummary, type SummaryField } from '../ErrorSummary';
import { TextField } from '../TextField';
import { QrCode } from './QrCode';

const CODE_ID = 'enrol-code';

function fields(): Record<'code', SummaryField> {
  return { code: { id: CODE_ID, label: t('enrol.code') } };
}

interface EnrolSecondFactorProps {
  /** Called with the recovery codes once two-step verification is on. */
  onConfirmed: (recoveryCodes: string[]) => void;
}

/**
 * Sets up two-step verification: asks the server for a new secret, shows it as a QR code and as
 * text, and turns it on once the person enters a code their app made from it.
 */
export function EnrolSecondFactor({ onConfirmed }: EnrolSecondFactorProps) {
  const [enrolment, setEnrolment] = useState<SecondFactorEnrolment | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [code, setCode] = useState('');
  const form = useFormSubmit();
  // Each start makes a new secret and replaces the last, so it is asked for once per mount
  // (React's development mode runs effects twice).
  const started = useRef<Promise<SecondFactorEnrolment> | null>(null);

  useEffect(() => {
    let current = true;
    started.current ??= startEnrolment();
    started.current.then(
      (answer) => current && setEnrolment(answer),
      (caught: unknown) => {
        if (current && caught instanceof ApiError) setStartError(caught);
      },
    );
    return () => {
      current = false;
    };
  }, []);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const entered = code.replace(/\s/g, '');
    if (entered === '') {
      form.reject([{ field: 'code', message: t('enrol.codeRequired') }]);
      return;
    }
    void form.send(async () => {
      onConfirmed(await confirmEnrolment(entered));
    });
  }

  if (startError !== null) return <Alert type="error">{startError.problem.detail}</Alert>;
  if (enrolment === null) return <p role="status">{t('common.loading')}</p>;
  return (
    <>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields()} />}
      <p>{t('enrol.explain')}</p>
      <ol className="usa-process-list cg-enrol-steps">
        <li className="usa-process-list__item">
          <p>{t('enrol.step.app')}</p>
        </li>
        <li className="usa-process-list__item">
          <p>{t('enrol.step.scan')}</p>
          <QrCode text={enrolment.otpauth_uri} label={t('enrol.qrLabel')} />
          <p>{t('enrol.step.manual')}</p>
          <p className="cg-secret">
            <span className="usa-sr-only">{t('enrol.secretLabel')}: </span>
            <code id="enrol-secret">{groupsOfFour(enrolment.secret)}</code>
          </p>
        </li>
        <li className="usa-process-list__item">
          <p>{t('enrol.step.confirm')}</p>
          <form className="usa-form" noValidate onSubmit={handleSubmit}>
            <TextField
              id={CODE_ID}
              label={t('enrol.code')}
              hint={t('enrol.codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              necessity="required"
              value={code}
              onChange={setCode}
              error={form.messages.code}
            />
            <button type="submit" className="usa-button">
              {t('enrol.submit')}
            </button>
          </form>
        </li>
      </ol>
    </>
  );
}

/** "JBSWY3DPEHPK3PXP" as "JBSW Y3DP EHPK 3PXP", easier to read and type; apps ignore the spaces. */
function groupsOfFour(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}
