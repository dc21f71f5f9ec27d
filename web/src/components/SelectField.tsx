import { FormGroup, type FieldProps } from './FormGroup';
import type { ReferenceItem } from '../api/reference';

interface SelectFieldProps extends FieldProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly ReferenceItem[];
  /** The text of the first option, whose value is the empty string. */
  emptyOption: string;
}

/** A labelled drop-down list of reference items. */
export function SelectField({ value, onChange, options, emptyOption, ...field }: SelectFieldProps) {
  return (
    <FormGroup {...field}>
      {(control) => (
        <select
          {...control}
          className={field.error === undefined ? 'usa-select' : 'usa-select usa-input--error'}
          name={field.id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{emptyOption}</option>
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
