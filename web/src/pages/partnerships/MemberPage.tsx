import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, isAbort, localError } from '../../api/client';
import { ceaseMember, getMember, updateMember, type Membership, type MembershipChanges } from '../../api/members';
import { canManage, currentFromStale, etagOf, isId, type Partnership, type PartnershipRole } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { Checkbox, CheckboxGroup, choiceId } from '../../components/ChoiceGroup';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { SelectField } from '../../components/SelectField';
import { StaleNotice } from '../../components/StaleNotice';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { NotFoundPage } from '../NotFoundPage';
import { roleDescription, roleLabel, roleOptions } from './labels';
import { memberStatusText } from './MembersPage';
import { PartnershipFrame } from './PartnershipFrame';

/** /partnerships/:id/members/:memberId: change a member's seat, or end the membership. */
export function MemberPage() {
  const { memberId } = useParams();
  if (!isId(memberId)) return <NotFoundPage />;
  return (
    <PartnershipFrame
      title={() => t('member.title')}
      documentTitle={(partnership) => t('member.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <MemberLoader key={memberId} partnership={partnership} memberId={Number(memberId)} />}
    </PartnershipFrame>
  );
}

function MemberLoader({ partnership, memberId }: { partnership: Partnership; memberId: number }) {
  const [loaded, setLoaded] = useState<{ member: Membership; etag: string } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getMember(partnership.id, memberId, controller.signal).then(
      (response) => setLoaded({ member: response.data, etag: response.etag ?? etagOf(response.data) }),
      (caught: unknown) => {
        if (!isAbort(caught) && caught instanceof ApiError) setError(caught);
      },
    );
    return () => controller.abort();
  }, [partnership.id, memberId]);

  if (error !== null) return <Alert type="error">{error.problem.detail}</Alert>;
  if (loaded === null) return <p role="status">{t('common.loading')}</p>;
  return <MemberDetails partnership={partnership} initial={loaded.member} initialEtag={loaded.etag} />;
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
  const [base, setBase] = useState({ member: initial, etag: initialEtag });
  const [values, setValues] = useState<Values>(valuesOf(initial));
  const [error, setError] = useState<ApiError | null>(null);
  const [stale, setStale] = useState<Membership | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [ceaseError, setCeaseError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const member = base.member;
  const manager = canManage(partnership.my_role);
  const mine = member.id === partnership.my_membership_id;
  // Only leads name leads, or change a lead's role.
  const roleLocked = partnership.my_role !== 'lead' && member.role === 'lead';
  const open = member.status === 'active' || member.status === 'invited';
  const membersPath = `/partnerships/${partnership.id}/members`;
  const set = (changes: Partial<Values>) => setValues((last) => ({ ...last, ...changes }));
  const messages = messagesByField(error);
  const fields = {
    person_name: { id: ids.person_name, label: t('member.field.person_name') },
    sector: { id: ids.sector, label: t('member.field.sector') },
    perspectives: { id: choiceId(ids.perspectives, perspectives.items[0]?.key ?? ''), label: t('member.field.perspectives') },
    role: { id: ids.role, label: t('member.field.role') },
    decision_authority: { id: ids.decision_authority, label: t('member.field.decision_authority') },
    listed_publicly: { id: ids.listed_publicly, label: t('member.field.listed_publicly') },
  };

  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);

  function back(flash: string) {
    const state: FlashState = { flash };
    navigate(membersPath, { state });
  }

  async function handleSave(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setNotice(null);
    const changes = changesFrom(values, valuesOf(member));
    if (Object.keys(changes).length === 0) {
      back(t('member.flash.unchanged', { name: member.display_name }));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await updateMember(partnership.id, member.id, changes, base.etag);
      back(t('member.flash.saved', { name: saved.data.display_name }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      const current = currentFromStale<Membership>(caught);
      if (current === null) setError(caught);
      else setStale(current);
    } finally {
      setBusy(false);
    }
  }

  function rebaseOnStale(keepMine: boolean) {
    if (stale === null) return;
    const mineEdits = changesFrom(values, valuesOf(member));
    const theirs = valuesOf(stale);
    const merged: Values = { ...theirs };
    if ('person_name' in mineEdits) merged.person_name = values.person_name;
    if ('sector' in mineEdits) merged.sector = values.sector;
    if ('perspectives' in mineEdits) merged.perspectives = values.perspectives;
    if ('role' in mineEdits) merged.role = values.role;
    if ('decision_authority' in mineEdits) merged.decision_authority = values.decision_authority;
    if ('listed_publicly' in mineEdits) merged.listed_publicly = values.listed_publicly;
    setBase({ member: stale, etag: etagOf(stale) });
    setValues(keepMine ? merged : theirs);
    setStale(null);
    setNotice(keepMine ? t('stale.appliedMine') : t('stale.usedTheirs'));
  }

  async function handleCease() {
    if (busy) return;
    if (reason.trim() === '') {
      setCeaseError(localError([{ field: 'reason', message: t('member.cease.reasonRequired') }]));
      return;
    }
    setBusy(true);
    setCeaseError(null);
    try {
      const ended = await ceaseMember(partnership.id, member.id, reason.trim());
      if (mine) navigate('/partnerships', { state: { flash: t('member.flash.left', { name: partnership.name }) } });
      else back(t('member.flash.ceased', { name: ended.display_name }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setCeaseError(caught);
    } finally {
      setBusy(false);
    }
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
          {error !== null && <ErrorSummary error={error} fields={fields} />}
          {stale !== null && (
            <StaleNotice
              heading={t('member.stale.heading')}
              onApplyMine={() => rebaseOnStale(true)}
              onUseTheirs={() => rebaseOnStale(false)}
            >
              <p className="usa-alert__text">
                {t('member.stale.summary', {
                  role: roleLabel(stale.role),
                  sector: labelFor(sectors.items, stale.sector),
                  decides: stale.decision_authority ? t('common.yes') : t('common.no'),
                })}
              </p>
            </StaleNotice>
          )}
          {notice !== null && (
            <Alert type="info" ref={noticeRef}>
              {notice}
            </Alert>
          )}
          <form className="usa-form usa-form--large" noValidate autoComplete="off" onSubmit={(e) => void handleSave(e)}>
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
            <CheckboxGroup
              id={ids.perspectives}
              legend={t('member.field.perspectives')}
              hint={t('member.hint.perspectives')}
              optional
              values={values.perspectives}
              onChange={(next) => set({ perspectives: next })}
              options={perspectives.items}
              error={messages.perspectives}
            />
            <SelectField
              id={ids.role}
              label={t('member.field.role')}
              necessity="required"
              hint={roleLocked ? t('member.hint.leadLocked') : roleDescription(values.role)}
              value={values.role}
              onChange={(role) => {
                const found = roles.find((option) => option.key === role);
                if (found !== undefined) set({ role: found.key as PartnershipRole });
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
              onChange={(decision_authority) => set({ decision_authority })}
            />
            <Checkbox
              id={ids.listed_publicly}
              label={t('member.field.listed_publicly')}
              description={t('member.hint.listed_publicly')}
              checked={values.listed_publicly}
              onChange={(listed_publicly) => set({ listed_publicly })}
            />
            <ul className="usa-button-group cg-form-actions">
              <li className="usa-button-group__item">
                <button type="submit" className="usa-button">
                  {t('member.edit.submit')}
                </button>
              </li>
              <li className="usa-button-group__item">
                <Link className="usa-button usa-button--outline" to={membersPath}>
                  {t('form.cancel')}
                </Link>
              </li>
            </ul>
          </form>
        </section>
      )}

      {(manager || mine) && open && (
        <section className="cg-danger-zone" aria-labelledby="cease-heading">
          <h2 id="cease-heading">{mine ? t('member.cease.leaveHeading') : t('member.cease.heading')}</h2>
          <p>{mine ? t('member.cease.leaveExplain') : t('member.cease.explain')}</p>
          {ceaseError !== null && (
            <ErrorSummary error={ceaseError} fields={{ reason: { id: ids.reason, label: t('member.cease.reason') } }} />
          )}
          <div className="usa-form usa-form--large">
            <TextAreaField
              id={ids.reason}
              label={t('member.cease.reason')}
              hint={t('member.cease.reasonHint')}
              necessity="required"
              value={reason}
              onChange={setReason}
              error={messagesByField(ceaseError).reason}
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
            onConfirm={() => void handleCease()}
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
