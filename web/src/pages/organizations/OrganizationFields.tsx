import type { ReferenceItem } from '../../api/reference';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { fieldIds, fieldLabel, type FieldName, type OrganizationValues } from './organizationValues';

interface OrganizationFieldsProps {
  values: OrganizationValues;
  onChange: (field: FieldName, value: string) => void;
  /** Messages from the server, by field name. */
  messages: Readonly<Record<string, string>>;
  sectors: readonly ReferenceItem[];
  kinds: readonly ReferenceItem[];
}

/** The inputs of the organization form (contact details of the organization, not of the user). */
export function OrganizationFields({ values, onChange, messages, sectors, kinds }: OrganizationFieldsProps) {
  const common = (field: FieldName) => ({
    id: fieldIds[field],
    necessity: field === 'name' || field === 'sector' ? ('required' as const) : ('optional' as const),
    label: fieldLabel(field),
    value: values[field],
    onChange: (value: string) => onChange(field, value),
    error: messages[field],
  });

  return (
    <>
      <TextField {...common('name')} />
      <SelectField {...common('sector')} options={sectors} emptyOption={t('form.select')} />
      <SelectField {...common('kind')} options={kinds} emptyOption={t('form.select')} />
      <TextField {...common('website')} type="url" hint={t('org.hint.website')} />
      <TextField {...common('phone')} type="tel" />
      <TextField {...common('email')} type="email" />
      <TextAreaField {...common('notes')} />
    </>
  );
}
