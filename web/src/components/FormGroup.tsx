import type { ReactNode } from 'react';
import { t } from '../i18n';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  /** The message to show beside the input; the input is then marked invalid. */
  error?: string | undefined;
  /** Required inputs carry `required`; optional ones say so in their label. Filters need neither. */
  necessity?: 'required' | 'optional' | undefined;
}

export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
  required: boolean | undefined;
}

interface FormGroupProps extends FieldProps {
  /** Renders the input, given the attributes that tie it to its label, hint and error. */
  children: (control: ControlProps) => ReactNode;
}

/** A USWDS form group: label, hint and error message, wired to the input with aria attributes. */
export function FormGroup({ id, label, hint, error, necessity, children }: FormGroupProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error === undefined ? null : errorId]
    .filter((value) => value !== null)
    .join(' ');
  const invalid = error !== undefined;

  return (
    <div className={invalid ? 'usa-form-group usa-form-group--error' : 'usa-form-group'}>
      <label className={invalid ? 'usa-label usa-label--error' : 'usa-label'} htmlFor={id}>
        {necessity === 'optional' ? t('form.optionalLabel', { label }) : label}
      </label>
      {hint !== undefined && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      {invalid && (
        <span className="usa-error-message" id={errorId}>
          {error}
        </span>
      )}
      {children({
        id,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        'aria-invalid': invalid || undefined,
        required: necessity === 'required' || undefined,
      })}
    </div>
  );
}
