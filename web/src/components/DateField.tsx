import { FormGroup, type FieldProps } from './FormGroup';

interface DateFieldProps extends FieldProps {
  /** YYYY-MM-DD, or empty. */
  value: string;
  onChange: (value: string) => void;
  min?: string | undefined;
  max?: string | undefined;
}

/** A labelled date input; the browser shows its own date picker and sends YYYY-MM-DD. */
export function DateField({ value, onChange, min, max, ...field }: DateFieldProps) {
  return (
    <FormGroup {...field}>
      {(control) => (
        <input
          {...control}
          className={field.error === undefined ? 'usa-input cg-date-input' : 'usa-input usa-input--error cg-date-input'}
          name={field.id}
          type="date"
          value={value}
          min={min}
          max={max}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
