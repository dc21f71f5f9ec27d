import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ceaseMember, getMember, updateMember, type Membership, type MembershipChanges } from '../../api/members';
import { canManage, etagOf, type Partnership, type PartnershipRole } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { choiceId } from '../../components/ChoiceGroup';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { VersionedFormAlerts } from '../../components/VersionedFormAlerts';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { useReferenceList } from '../../hooks/useReferenceList';
import { useVersionedForm } from '../../hooks/useVersionedForm';
import { t } from '../../i18n';
import { useLoad } from '../plan/useLoad';
import { roleDescription, roleLabel, roleOptions } from './labels';
import { MemberRoleFields } from './MemberRoleFields';
import { memberStatusText } from './MembersPage';
import { PartnershipItemFrame } from './PartnershipFrame';

/** /partnerships/:id/members/:memberId: change a member's seat, or end the membership. */
export function MemberPage() {
  return (
    <PartnershipItemFrame
      param="memberId"
      title={() => t('member.title')}
      documentTitle={(partnership) => t('member.documentTitle', { name: partnership.name })}
    >
      {({ partnership }, memberId) => <MemberLoader key={memberId} partnership={partnership} memberId={memberId} />}
    </PartnershipItemFrame>
  );
}

function MemberLoader({ partnership, memberId }: { partnership: Partnership; memberId: number }) {
  const loaded = useLoad((signal) => getMember(partnership.id, memberId, signal), `${partnership.id}/${memberId}`);
  if (loaded.error !== null) return <Alert type="error">{loaded.error.problem.detail}</Alert>;
  if (loaded.data === null) return <p role="status">{t('common.loading')}</p>;
  const member = loaded.data.data;
  return <MemberDetails partnership={partnership} initial={member} initialEtag={loaded.data.etag ?? etagOf(member)} />;
}

interface Values {
  person_name: string;
  sector: string;
  perspectives: string[];
  role: PartnershipRole;
  decision_authority: boolean;
  listed_publicly: boolean;
}

function valuesOf(member: Membership): Values {
  return {
    person_name: member.person_name ?? '',
    sector: member.sector_overridden || member.organization === null ? member.sector : '',
    perspectives: [...member.perspectives],
    role: member.role,
    decision_authority: member.decision_authority,
    listed_publicly: member.listed_publicly,
  };
}

function changesFrom(values: Values, base: Values): MembershipChanges {
  const changes: MembershipChanges = {};
  if (values.person_name !== base.person_name) changes.person_name = values.person_name.trim() === '' ? null : values.person_name.trim();
  if (values.sector !== base.sector) changes.sector = values.sector === '' ? null : values.sector;
  if (values.perspectives.join() !== base.perspectives.join()) changes.perspectives = values.perspectives;
  if (values.role !== base.role) changes.role = values.role;
  if (values.decision_authority !== base.decision_authority) changes.decision_authority = values.decision_authority;
  if (values.listed_publicly !== base.listed_publicly) changes.listed_publicly = values.listed_publicly;
  return changes;
}

const ids = {
  person_name: 'member-name',
  sector: 'member-sector',
  perspectives: 'member-perspectives',
  role: 'member-role',
  decision_authority: 'member-decision',
  listed_publicly: 'member-listed',
  reason: 'member-cease-reason',
};

function MemberDetails({
  partnership,
  initial,
  initialEtag,
}: {
  partnership: Partnership;
  initial: Membership;
  initialEtag: string;
}) {
  const navigate = useNavigate();
  const sectors = useReferenceList('/api/v1/sectors');
  const perspectives = useReferenceList('/api/v1/perspectives');
  const form = useVersionedForm({ item: initial, etag: initialEtag, values: valuesOf(initial), valuesOf });
  const { values, messages, set } = form;
  const [reason, setReason] = useState('');
  // Ending the membership is a form of its own; neither form sends while the other waits.
  const cease = useFormSubmit();
  const member = form.base;
  const manager = canManage(partnership.my_role);
  const mine = member.id === partnership.my_membership_id;
  // Only leads name leads, or change a lead's role.
  const roleLocked = partnership.my_role !== 'lead' && member.role === 'lead';
  const open = member.status === 'active' || member.status === 'invited';
  const membersPath = `/partnerships/${partnership.id}/members`;
  const fields = {
    person_name: { id: ids.person_name, label: t('member.field.person_name') },
    sector: { id: ids.sector, label: t('member.field.sector') },
    perspectives: { id: choiceId(ids.perspectives, perspectives.items[0]?.key ?? ''), label: t('member.field.perspectives') },
    role: { id: ids.role, label: t('member.field.role') },
    decision_authority: { id: ids.decision_authority, label: t('member.field.decision_authority') },
    listed_publicly: { id: ids.listed_publicly, label: t('member.field.listed_publicly') },
  };

  function back(flash: string) {
    const state: FlashState = { flash };
    navigate(membersPath, { state });
  }

  function handleSave(event: FormEvent) {
    event.preventDefault();
    if (cease.busy) return;
    void form.send(async () => {
      const changes = changesFrom(values, valuesOf(member));
      if (Object.keys(changes).length === 0) {
        back(t('member.flash.unchanged', { name: member.display_name }));
        return;
      }
      const saved = await updateMember(partnership.id, member.id, changes, form.etag);
      back(t('member.flash.saved', { name: saved.data.display_name }));
    });
  }

  function handleCease() {
    if (form.busy) return;
    if (reason.trim() === '') {
      cease.reject([{ field: 'reason', message: t('member.cease.reasonRequired') }]);
      return;
    }
    void cease.send(async () => {
      const ended = await ceaseMember(partnership.id, member.id, reason.trim());
      if (mine) navigate('/partnerships', { state: { flash: t('member.flash.left', { name: partnership.name }) } });
      else back(t('member.flash.ceased', { name: ended.display_name }));
    });
  }

  const roles: ReferenceItem[] = roleLocked ? [{ key: 'lead', label: roleLabel('lead') }] : roleOptions(partnership.my_role === 'lead');
  return (
    <>
      <h2>{member.display_name}</h2>
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('members.table.status')}</dt>
          <dd>{memberStatusText(member)}</dd>
        </div>
        {member.person_email !== null && (
          <div className="cg-summary__row">
            <dt>{t('member.field.email')}</dt>
            <dd>{member.person_email}</dd>
          </div>
        )}
        <div className="cg-summary__row">
          <dt>{t('member.field.organization')}</dt>
          <dd>{member.organization?.name ?? t('common.none')}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('member.field.sector')}</dt>
          <dd>{labelFor(sectors.items, member.sector)}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('member.field.role')}</dt>
          <dd>{roleLabel(member.role)}</dd>
        </div>
      </dl>

      {manager && open && (
        <section className="cg-section" aria-labelledby="member-edit-heading">
          <h2 id="member-edit-heading">{t('member.edit.heading')}</h2>
          <VersionedFormAlerts form={form} fields={fields} staleHeading={t('member.stale.heading')}>
            {(theirs) => (
              <p className="usa-alert__text">
                {t('member.stale.summary', {
                  role: roleLabel(theirs.role),
                  sector: labelFor(sectors.items, theirs.sector),
                  decides: theirs.decision_authority ? t('common.yes') : t('common.no'),
                })}
              </p>
            )}
          </VersionedFormAlerts>
          <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={handleSave}>
            <TextField
              id={ids.person_name}
              label={t('member.field.person_name')}
              necessity="optional"
              value={values.person_name}
              onChange={(person_name) => set({ person_name })}
              error={messages.person_name}
            />
            <SelectField
              id={ids.sector}
              label={t('member.field.sector')}
              necessity="optional"
              hint={
                member.organization === null
                  ? undefined
                  : t('invite.hint.sectorOverride', { sector: labelFor(sectors.items, member.organization.sector) })
              }
              value={values.sector}
              onChange={(sector) => set({ sector })}
              options={sectors.items}
              emptyOption={member.organization === null ? t('form.select') : t('invite.sameAsOrganization')}
              error={messages.sector}
            />
            <MemberRoleFields
              ids={ids}
              values={values}
              onChange={set}
              messages={messages}
              perspectives={perspectives.items}
              roles={roles}
              roleHint={roleLocked ? t('member.hint.leadLocked') : roleDescription(values.role)}
            />
            <FormActions submitLabel={t('member.edit.submit')} cancel={membersPath} />
          </form>
        </section>
      )}

      {(manager || mine) && open && (
        <section className="cg-danger-zone" aria-labelledby="cease-heading">
          <h2 id="cease-heading">{mine ? t('member.cease.leaveHeading') : t('member.cease.heading')}</h2>
          <p>{mine ? t('member.cease.leaveExplain') : t('member.cease.explain')}</p>
          {cease.error !== null && (
            <ErrorSummary error={cease.error} fields={{ reason: { id: ids.reason, label: t('member.cease.reason') } }} />
          )}
          <div className="usa-form usa-form--large">
            <TextAreaField
              id={ids.reason}
              label={t('member.cease.reason')}
              hint={t('member.cease.reasonHint')}
              necessity="required"
              value={reason}
              onChange={setReason}
              error={cease.messages.reason}
            />
          </div>
          <ConfirmButton
            label={mine ? t('member.cease.leave') : t('member.cease.start')}
            question={
              mine
                ? t('member.cease.leaveQuestion', { name: partnership.name })
                : t('member.cease.question', { name: member.display_name })
            }
            confirmLabel={mine ? t('member.cease.leaveConfirm') : t('member.cease.confirm')}
            cancelLabel={t('member.cease.cancel')}
            danger
            onConfirm={handleCease}
          />
        </section>
      )}
      {!open && <Alert type="info">{t('member.closed')}</Alert>}
      <p className="cg-links">
        <Link className="usa-link" to={membersPath}>
          {t('member.back')}
        </Link>
      </p>
    </>
  );
}
