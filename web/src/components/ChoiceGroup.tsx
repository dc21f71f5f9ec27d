import type { ReactNode } from 'react';
import type { ReferenceItem } from '../api/reference';
import { t } from '../i18n';

interface ChoiceGroupProps {
  /** Prefix of the inputs' ids; each input is `${id}-${key}`. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly ReferenceItem[];
  optional?: boolean;
  /** Every choice greyed out and skipped by Tab; say why in `hint`. */
  disabled?: boolean | undefined;
}

interface CheckboxGroupProps extends ChoiceGroupProps {
  values: readonly string[];
  onChange: (values: string[]) => void;
}

interface RadioGroupProps extends ChoiceGroupProps {
  value: string;
  onChange: (value: string) => void;
  /** A line under an option's label, by option key. */
  descriptions?: Readonly<Record<string, string>>;
}

/** The id of the input for `key` in the group `id`; error summaries link to the first one. */
export function choiceId(id: string, key: string): string {
  return `${id}-${key}`;
}

function Frame({
  id,
  legend,
  hint,
  error,
  optional,
  disabled,
  children,
}: Omit<ChoiceGroupProps, 'options'> & { children: ReactNode }) {
  const invalid = error !== undefined;
  return (
    <fieldset
      disabled={disabled}
      className={invalid ? 'usa-fieldset usa-form-group usa-form-group--error cg-choices' : 'usa-fieldset cg-choices'}
      aria-describedby={[hint === undefined ? null : `${id}-hint`, invalid ? `${id}-error` : null]
        .filter((part) => part !== null)
        .join(' ') || undefined}
    >
      <legend className={invalid ? 'usa-legend usa-label--error' : 'usa-legend'}>
        {optional === true ? t('form.optionalLabel', { label: legend }) : legend}
      </legend>
      {hint !== undefined && (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {invalid && (
        <span className="usa-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      {children}
    </fieldset>
  );
}

/** A fieldset of checkboxes; `values` are the keys ticked. */
export function CheckboxGroup({ values, onChange, options, ...frame }: CheckboxGroupProps) {
  return (
    <Frame {...frame}>
      <div className="cg-choices__options">
        {options.map((option) => {
          const inputId = choiceId(frame.id, option.key);
          const checked = values.includes(option.key);
          return (
            <div className="usa-checkbox" key={option.key}>
              <input
                className="usa-checkbox__input"
                id={inputId}
                type="checkbox"
                name={frame.id}
                value={option.key}
                checked={checked}
                onChange={(event) =>
                  onChange(
                    event.target.checked
                      ? options.filter((o) => o.key === option.key || values.includes(o.key)).map((o) => o.key)
                      : values.filter((key) => key !== option.key),
                  )
                }
              />
              <label className="usa-checkbox__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </Frame>
  );
}

/** A fieldset of radio buttons. */
export function RadioGroup({ value, onChange, options, descriptions, ...frame }: RadioGroupProps) {
  return (
    <Frame {...frame}>
      {options.map((option) => {
        const inputId = choiceId(frame.id, option.key);
        const description = descriptions?.[option.key];
        return (
          <div className="usa-radio" key={option.key}>
            <input
              className="usa-radio__input"
              id={inputId}
              type="radio"
              name={frame.id}
              value={option.key}
              checked={value === option.key}
              onChange={() => onChange(option.key)}
            />
            <label className="usa-radio__label" htmlFor={inputId}>
              {option.label}
              {description !== undefined && <span className="usa-checkbox__label-description">{description}</span>}
            </label>
          </div>
        );
      })}
    </Frame>
  );
}

interface CheckboxProps {
  id: string;
  label: string;
  description?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** One checkbox on its own, with an optional line of explanation. */
export function Checkbox({ id, label, description, checked, onChange }: CheckboxProps) {
  return (
    <div className="usa-checkbox cg-checkbox-group">
      <input
        className="usa-checkbox__input"
        id={id}
        type="checkbox"
        name={id}
        checked={checked}
        aria-describedby={description === undefined ? undefined : `${id}-description`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="usa-checkbox__label" htmlFor={id}>
        {label}
        {description !== undefined && (
          <span className="usa-checkbox__label-description" id={`${id}-description`}>
            {description}
          </span>
        )}
      </label>
    </div>
  );
}
