import { useState, type FormEvent } from 'react';
import type { FieldError } from '../../api/client';
import { addMember, type Membership, type NewMembership } from '../../api/members';
import type { PartnershipRole } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { choiceId, RadioGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormGroup } from '../../components/FormGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { roleDescription, roleOptions } from './labels';
import { MemberRoleFields } from './MemberRoleFields';

interface InviteMemberFormProps {
  partnershipId: number;
  /** Only leads may name other leads. */
  mayNameLeads: boolean;
  sectors: readonly ReferenceItem[];
  perspectives: readonly ReferenceItem[];
  organizations: readonly ReferenceItem[];
  organizationSectors: Readonly<Record<string, string>>;
  /** Called with the new membership and the message to show. */
  onAdded: (member: Membership, message: string) => void;
}

interface Values {
  mode: 'invite' | 'direct';
  email: string;
  person_name: string;
  organization_id: string;
  sector: string;
  perspectives: string[];
  role: PartnershipRole;
  decision_authority: boolean;
  listed_publicly: boolean;
  joined_on: string;
}

const empty: Values = {
  mode: 'invite',
  email: '',
  person_name: '',
  organization_id: '',
  sector: '',
  perspectives: [],
  role: 'member',
  decision_authority: false,
  listed_publicly: false,
  joined_on: '',
};

const ids = {
  invite: choiceId('invite-mode', 'invite'),
  email: 'invite-email',
  person_name: 'invite-name',
  organization_id: 'invite-organization',
  sector: 'invite-sector',
  perspectives: 'invite-perspectives',
  role: 'invite-role',
  decision_authority: 'invite-decision',
  listed_publicly: 'invite-listed',
  joined_on: 'invite-joined',
};

/** Invites someone by email, or records someone at the table directly. */
export function InviteMemberForm({
  partnershipId,
  mayNameLeads,
  sectors,
  perspectives,
  organizations,
  organizationSectors,
  onAdded,
}: InviteMemberFormProps) {
  const [values, setValues] = useState<Values>(empty);
  const form = useFormSubmit();
  const { messages } = form;
  const set = (changes: Partial<Values>) => setValues((last) => ({ ...last, ...changes }));
  const inviting = values.mode === 'invite';
  const fields = {
    invite: { id: ids.invite, label: t('invite.mode.legend') },
    email: { id: ids.email, label: t('member.field.email') },
    person_name: { id: ids.person_name, label: t('member.field.person_name') },
    organization_id: { id: ids.organization_id, label: t('member.field.organization') },
    organization: { id: ids.organization_id, label: t('member.field.organization') },
    sector: { id: ids.sector, label: t('member.field.sector') },
    perspectives: { id: choiceId(ids.perspectives, perspectives[0]?.key ?? ''), label: t('member.field.perspectives') },
    role: { id: ids.role, label: t('member.field.role') },
    decision_authority: { id: ids.decision_authority, label: t('member.field.decision_authority') },
    listed_publicly: { id: ids.listed_publicly, label: t('member.field.listed_publicly') },
    joined_on: { id: ids.joined_on, label: t('member.field.joined_on') },
  };
  const organizationSector = organizationSectors[values.organization_id];

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes: FieldError[] = [];
    if (inviting && values.email.trim() === '') {
      mistakes.push({ field: 'email', message: t('invite.error.emailRequired') });
    }
    if (!inviting && values.person_name.trim() === '' && values.organization_id === '') {
      mistakes.push({ field: 'person_name', message: t('invite.error.whoRequired') });
    }
    if (values.organization_id === '' && values.sector === '') {
      mistakes.push({ field: 'sector', message: t('invite.error.sectorRequired') });
    }
    if (mistakes.length > 0) {
      form.reject(mistakes);
      return;
    }
    const body: NewMembership = {
      role: values.role,
      invite: inviting,
      decision_authority: values.decision_authority,
      listed_publicly: values.listed_publicly,
      perspectives: values.perspectives,
    };
    if (values.email.trim() !== '') body.email = values.email.trim();
    if (values.person_name.trim() !== '') body.person_name = values.person_name.trim();
    if (values.organization_id !== '') body.organization_id = Number(values.organization_id);
    if (values.sector !== '') body.sector = values.sector;
    if (!inviting && values.joined_on !== '') body.joined_on = values.joined_on;
    void form.send(async () => {
      const created = await addMember(partnershipId, body);
      setValues({ ...empty, mode: values.mode });
      onAdded(
        created.data,
        inviting
          ? t('invite.sent', { email: body.email ?? '' })
          : t('invite.added', { name: created.data.display_name }),
      );
    });
  }

  return (
    <section className="cg-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="cg-focus-target" tabIndex={-1}>
        {t('invite.heading')}
      </h2>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={handleSubmit}>
        <RadioGroup
          id="invite-mode"
          legend={t('invite.mode.legend')}
          value={values.mode}
          onChange={(mode) => set({ mode: mode === 'direct' ? 'direct' : 'invite' })}
          options={[
            { key: 'invite', label: t('invite.mode.invite') },
            { key: 'direct', label: t('invite.mode.direct') },
          ]}
          descriptions={{ invite: t('invite.mode.inviteHint'), direct: t('invite.mode.directHint') }}
          error={messages.invite}
        />
        <TextField
          id={ids.email}
          label={t('member.field.email')}
          type="email"
          necessity={inviting ? 'required' : 'optional'}
          value={values.email}
          onChange={(email) => set({ email })}
          error={messages.email}
        />
        <TextField
          id={ids.person_name}
          label={t('member.field.person_name')}
          necessity="optional"
          hint={t('invite.hint.person_name')}
          value={values.person_name}
          onChange={(person_name) => set({ person_name })}
          error={messages.person_name}
        />
        <SelectField
          id={ids.organization_id}
          label={t('member.field.organization')}
          necessity="optional"
          value={values.organization_id}
          onChange={(organization_id) => set({ organization_id })}
          options={organizations}
          emptyOption={t('invite.noOrganization')}
          error={messages.organization_id ?? messages.organization}
        />
        <SelectField
          id={ids.sector}
          label={t('member.field.sector')}
          necessity="optional"
          hint={
            organizationSector === undefined
              ? t('invite.hint.sector')
              : t('invite.hint.sectorOverride', { sector: labelFor(sectors, organizationSector) })
          }
          value={values.sector}
          onChange={(sector) => set({ sector })}
          options={sectors}
          emptyOption={t('invite.sameAsOrganization')}
          error={messages.sector}
        />
        <MemberRoleFields
          ids={ids}
          values={values}
          onChange={set}
          messages={messages}
          perspectives={perspectives}
          roles={roleOptions(mayNameLeads)}
          roleHint={roleDescription(values.role)}
        />
        {!inviting && (
          <FormGroup
            id={ids.joined_on}
            label={t('member.field.joined_on')}
            hint={t('invite.hint.joined_on')}
            necessity="optional"
            error={messages.joined_on}
          >
            {(control) => (
              <input
                {...control}
                className={messages.joined_on === undefined ? 'usa-input' : 'usa-input usa-input--error'}
                type="date"
                name={ids.joined_on}
                value={values.joined_on}
                onChange={(event) => set({ joined_on: event.target.value })}
              />
            )}
          </FormGroup>
        )}
        <button type="submit" className="usa-button cg-form-actions">
          {inviting ? t('invite.submit.invite') : t('invite.submit.direct')}
        </button>
      </form>
    </section>
  );
}
