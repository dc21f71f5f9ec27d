import type { ReferenceItem } from '../../api/reference';
import { CheckboxGroup, RadioGroup } from '../../components/ChoiceGroup';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { t } from '../../i18n';
import { statusOptions } from './labels';
import { fieldLabel, ids, type FieldName, type PartnershipValues } from './partnershipValues';

interface PartnershipFieldsProps {
  values: PartnershipValues;
  onChange: (changes: Partial<PartnershipValues>) => void;
  messages: Readonly<Record<string, string>>;
  sectors: readonly ReferenceItem[];
  /** The organizations to choose the creator's seat from; null when editing (no seat fields). */
  organizations: readonly ReferenceItem[] | null;
}

/** The inputs of the partnership form, for adding one or changing its details. */
export function PartnershipFields({ values, onChange, messages, sectors, organizations }: PartnershipFieldsProps) {
  const text = (field: Exclude<FieldName, 'essential_sectors' | 'status' | 'visibility'>, optional = true) => ({
    id: ids[field],
    label: fieldLabel(field),
    necessity: optional ? ('optional' as const) : ('required' as const),
    value: values[field],
    onChange: (value: string) => onChange({ [field]: value }),
    error: messages[field],
  });
  const creating = organizations !== null;

  return (
    <>
      <TextField {...text('name', false)} />
      <TextField {...text('short_name')} hint={t('partnership.hint.short_name')} />
      <TextField {...text('area_served')} hint={t('partnership.hint.area_served')} />
      <TextAreaField {...text('focus_problems')} hint={t('partnership.hint.focus_problems')} />
      <TextAreaField {...text('description')} />
      {!creating && (
        <SelectField
          id={ids.status}
          label={fieldLabel('status')}
          necessity="required"
          value={values.status}
          onChange={(value) => {
            const status = statusOptions().find((option) => option.key === value)?.key;
            if (status !== undefined) onChange({ status: status as PartnershipValues['status'] });
          }}
          options={statusOptions()}
          emptyOption={t('form.select')}
          error={messages.status}
        />
      )}
      <RadioGroup
        id={ids.visibility}
        legend={fieldLabel('visibility')}
        value={values.visibility}
        onChange={(value) => onChange({ visibility: value === 'public' ? 'public' : 'members' })}
        options={[
          { key: 'members', label: t('partnership.visibility.members') },
          { key: 'public', label: t('partnership.visibility.public') },
        ]}
        descriptions={{
          members: t('partnership.visibility.membersHint'),
          public: t('partnership.visibility.publicHint'),
        }}
        error={messages.visibility}
      />
      <TextField
        {...text('review_cadence_days', false)}
        inputMode="numeric"
        hint={t('partnership.hint.review_cadence_days')}
      />
      <CheckboxGroup
        id={ids.essential_sectors}
        legend={fieldLabel('essential_sectors')}
        hint={t('partnership.hint.essential_sectors')}
        values={values.essential_sectors}
        onChange={(essential_sectors) => onChange({ essential_sectors })}
        options={sectors}
        error={messages.essential_sectors}
      />
      {creating && (
        <fieldset className="usa-fieldset cg-choices">
          <legend className="usa-legend">{t('partnership.mySeat.legend')}</legend>
          <p className="usa-hint">{t('partnership.mySeat.hint')}</p>
          <SelectField
            id={ids.my_organization_id}
            label={fieldLabel('my_organization_id')}
            necessity="optional"
            value={values.my_organization_id}
            onChange={(value) => onChange({ my_organization_id: value })}
            options={organizations}
            emptyOption={t('partnership.mySeat.noOrganization')}
            error={messages.my_organization_id}
          />
          <SelectField
            id={ids.my_sector}
            label={fieldLabel('my_sector')}
            necessity="optional"
            hint={t('partnership.hint.my_sector')}
            value={values.my_sector}
            onChange={(value) => onChange({ my_sector: value })}
            options={sectors}
            emptyOption={t('partnership.mySeat.organizationSector')}
            error={messages.my_sector}
          />
        </fieldset>
      )}
    </>
  );
}
