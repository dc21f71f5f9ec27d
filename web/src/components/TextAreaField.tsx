import { FormGroup, type FieldProps } from './FormGroup';

interface TextAreaFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line text input. */
export function TextAreaField({ value, onChange, ...field }: TextAreaFieldProps) {
  return (
    <FormGroup {...field}>
      {(control) => (
        <textarea
          {...control}
          className={field.error === undefined ? 'usa-textarea' : 'usa-textarea usa-input--error'}
          name={field.id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
