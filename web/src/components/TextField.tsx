import type { HTMLInputAutoCompleteAttribute } from 'react';
import { FormGroup, type FieldProps } from './FormGroup';

interface TextFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'url' | 'tel' | 'time';
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'url' | 'tel';
}

/** A labelled single-line text input. */
export function TextField({
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  ...field
}: TextFieldProps) {
  return (
    <FormGroup {...field}>
      {(control) => (
        <input
          {...control}
          className={field.error === undefined ? 'usa-input' : 'usa-input usa-input--error'}
          name={field.id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={type === 'text' ? undefined : false}
        />
      )}
    </FormGroup>
  );
}
