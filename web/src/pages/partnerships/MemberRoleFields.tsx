import type { PartnershipRole } from '../../api/partnerships';
import type { ReferenceItem } from '../../api/reference';
import { Checkbox, CheckboxGroup } from '../../components/ChoiceGroup';
import { SelectField } from '../../components/SelectField';
import { t } from '../../i18n';

/** What a member brings to the table and may do there, as the member forms hold it. */
interface MemberRoleValues {
  perspectives: string[];
  role: PartnershipRole;
  decision_authority: boolean;
  listed_publicly: boolean;
}

interface MemberRoleFieldsProps {
  ids: Readonly<Record<keyof MemberRoleValues, string>>;
  values: MemberRoleValues;
  onChange: (changes: Partial<MemberRoleValues>) => void;
  messages: Readonly<Record<string, string>>;
  perspectives: readonly ReferenceItem[];
  /** The roles the person may give. */
  roles: readonly ReferenceItem[];
  roleHint: string;
}

/**
 * A member's perspectives, role, decision authority and public listing: the same inputs when
 * adding someone to the table and when changing their seat.
 */
export function MemberRoleFields({ ids, values, onChange, messages, perspectives, roles, roleHint }: MemberRoleFieldsProps) {
  return (
    <>
      <CheckboxGroup
        id={ids.perspectives}
        legend={t('member.field.perspectives')}
        hint={t('member.hint.perspectives')}
        optional
        values={values.perspectives}
        onChange={(next) => onChange({ perspectives: next })}
        options={perspectives}
        error={messages.perspectives}
      />
      <SelectField
        id={ids.role}
        label={t('member.field.role')}
        necessity="required"
        hint={roleHint}
        value={values.role}
        onChange={(role) => {
          const found = roles.find((option) => option.key === role);
          if (found !== undefined) onChange({ role: found.key as PartnershipRole });
        }}
        options={roles}
        emptyOption={t('form.select')}
        error={messages.role}
      />
      <Checkbox
        id={ids.decision_authority}
        label={t('member.field.decision_authority')}
        description={t('member.hint.decision_authority')}
        checked={values.decision_authority}
        onChange={(decision_authority) => onChange({ decision_authority })}
      />
      <Checkbox
        id={ids.listed_publicly}
        label={t('member.field.listed_publicly')}
        description={t('member.hint.listed_publicly')}
        checked={values.listed_publicly}
        onChange={(listed_publicly) => onChange({ listed_publicly })}
      />
    </>
  );
}
