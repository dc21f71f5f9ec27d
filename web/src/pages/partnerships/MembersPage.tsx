import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import { invitationExpired, listMembers, resendInvitation, type Membership } from '../../api/members';
import { canManage, type Partnership } from '../../api/partnerships';
import { labelFor, type ReferenceItem } from '../../api/reference';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FlashMessage } from '../../components/FlashMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useOrganizationOptions } from '../../hooks/useOrganizationOptions';
import { useReferenceList } from '../../hooks/useReferenceList';
import { t } from '../../i18n';
import { InviteMemberForm } from './InviteMemberForm';
import { formatDate, membershipStatusOptions, roleLabel, roleOptions } from './labels';
import { PartnershipFrame } from './PartnershipFrame';

const PAGE_SIZE = 50;

/** /partnerships/:id/members: who is at the table, who is invited, and inviting more. */
export function MembersPage() {
  return (
    <PartnershipFrame
      title={() => t('members.title')}
      documentTitle={(partnership) => t('members.documentTitle', { name: partnership.name })}
    >
      {({ partnership }) => <Members partnership={partnership} />}
    </PartnershipFrame>
  );
}

interface Filters {
  status: string;
  role: string;
  sector: string;
  q: string;
}

interface ListState {
  items: Membership[];
  next: string | null;
  loading: boolean;
  error: ApiError | null;
}

function Members({ partnership }: { partnership: Partnership }) {
  const id = partnership.id;
  const manager = canManage(partnership.my_role);
  const sectors = useReferenceList('/api/v1/sectors');
  const perspectives = useReferenceList('/api/v1/perspectives');
  const organizations = useOrganizationOptions();
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    status: params.get('status') ?? '',
    role: params.get('role') ?? '',
    sector: params.get('sector') ?? '',
    q: params.get('q') ?? '',
  };
  const { status, role, sector, q } = filters;
  const [list, setList] = useState<ListState>({ items: [], next: null, loading: true, error: null });
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const request = useRef<AbortController | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);

  const fetchPage = useCallback(
    (after: string | null) => {
      request.current?.abort();
      const controller = new AbortController();
      request.current = controller;
      setList((last) =>
        after === null ? { items: [], next: null, loading: true, error: null } : { ...last, loading: true, error: null },
      );
      const query = { status, role, sector, q, limit: PAGE_SIZE, ...(after === null ? {} : { after }) };
      listMembers(id, query, controller.signal).then(
        (page) =>
          setList((last) => ({
            items: after === null ? page.items : [...last.items, ...page.items],
            next: page.next,
            loading: false,
            error: null,
          })),
        (caught: unknown) => {
          if (!isAbort(caught)) setList((last) => ({ ...last, loading: false, error: caught as ApiError }));
        },
      );
    },
    [id, status, role, sector, q],
  );

  useEffect(() => {
    fetchPage(null);
    return () => request.current?.abort();
  }, [fetchPage]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  function applyFilters(next: Filters) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(next)) if (value !== '') search.set(name, value);
    setParams(search);
  }

  async function resend(member: Membership) {
    setMessage(null);
    setActionError(null);
    try {
      await resendInvitation(id, member.id);
      fetchPage(null);
      setMessage(t('members.resent', { name: member.display_name }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
    }
  }

  const referenceError = sectors.error ?? perspectives.error;
  return (
    <>
      <FlashMessage />
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && (
        <Alert type="error" ref={actionErrorRef}>
          {actionError.problem.detail}
        </Alert>
      )}
      {referenceError !== null && <Alert type="error">{referenceError.problem.detail}</Alert>}
      {manager && (
        <p>
          <a
            className="usa-link"
            href="#invite-heading"
            onClick={(event) => {
              event.preventDefault();
              document.getElementById('invite-heading')?.focus();
            }}
          >
            {t('members.jumpToInvite')}
          </a>
        </p>
      )}
      <MemberFilters key={`${status}\n${role}\n${sector}\n${q}`} initial={filters} sectors={sectors.items} onApply={applyFilters} />
      {list.error !== null && <Alert type="error">{list.error.problem.detail}</Alert>}
      <p role="status" className="cg-status">
        {list.loading ? t('common.loading') : listSummary(list)}
      </p>
      {list.items.length > 0 && (
        <MemberTable
          partnership={partnership}
          items={list.items}
          sectors={sectors.items}
          perspectives={perspectives.items}
          onResend={(member) => void resend(member)}
        />
      )}
      {list.next !== null && (
        <button type="button" className="usa-button usa-button--outline" onClick={() => fetchPage(list.next)}>
          {t('members.loadMore')}
        </button>
      )}
      {manager && sectors.items.length > 0 && organizations.items !== null && (
        <InviteMemberForm
          partnershipId={id}
          mayNameLeads={partnership.my_role === 'lead'}
          sectors={sectors.items}
          perspectives={perspectives.items}
          organizations={organizations.items}
          organizationSectors={organizations.sectors}
          onAdded={(_member, done) => {
            fetchPage(null);
            setMessage(done);
          }}
        />
      )}
    </>
  );
}

function MemberFilters({
  initial,
  sectors,
  onApply,
}: {
  initial: Filters;
  sectors: readonly ReferenceItem[];
  onApply: (filters: Filters) => void;
}) {
  const [values, setValues] = useState(initial);
  const set = (changes: Partial<Filters>) => setValues((last) => ({ ...last, ...changes }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...values, q: values.q.trim() });
  }

  return (
    <form className="usa-form cg-filters" role="search" aria-label={t('members.filters.label')} onSubmit={handleSubmit}>
      <TextField id="members-q" label={t('members.filters.q')} value={values.q} onChange={(q) => set({ q })} />
      <SelectField
        id="members-status"
        label={t('members.filters.status')}
        value={values.status}
        onChange={(status) => set({ status })}
        options={membershipStatusOptions()}
        emptyOption={t('members.filters.anyStatus')}
      />
      <SelectField
        id="members-role"
        label={t('members.filters.role')}
        value={values.role}
        onChange={(role) => set({ role })}
        options={roleOptions(true)}
        emptyOption={t('members.filters.anyRole')}
      />
      <SelectField
        id="members-sector"
        label={t('members.filters.sector')}
        value={values.sector}
        onChange={(sector) => set({ sector })}
        options={sectors}
        emptyOption={t('members.filters.anySector')}
      />
      <button type="submit" className="usa-button usa-button--outline cg-filters__submit">
        {t('members.filters.apply')}
      </button>
    </form>
  );
}

/** The member's state in words: joined, invited (and whether the link still works), left. */
export function memberStatusText(member: Membership): string {
  switch (member.status) {
    case 'active':
      return member.joined_on === null
        ? t('member.status.active')
        : t('members.status.activeSince', { date: formatDate(member.joined_on) });
    case 'invited':
      return invitationExpired(member)
        ? t('members.status.expired', { date: formatDate(member.invitation_expires_at) })
        : t('members.status.invitedUntil', { date: formatDate(member.invitation_expires_at) });
    case 'declined':
      return t('member.status.declined');
    case 'ceased':
      return member.ceased_reason === null || member.ceased_reason === ''
        ? t('members.status.ceasedOn', { date: formatDate(member.ceased_on) })
        : t('members.status.ceasedBecause', { date: formatDate(member.ceased_on), reason: member.ceased_reason });
  }
}

function MemberTable({
  partnership,
  items,
  sectors,
  perspectives,
  onResend,
}: {
  partnership: Partnership;
  items: readonly Membership[];
  sectors: readonly ReferenceItem[];
  perspectives: readonly ReferenceItem[];
  onResend: (member: Membership) => void;
}) {
  const manager = canManage(partnership.my_role);
  return (
    <div className="usa-table-container--scrollable" role="region" aria-labelledby="members-caption" tabIndex={0}>
      <table className="usa-table usa-table--borderless cg-table">
        <caption id="members-caption">{t('members.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('members.table.who')}</th>
            <th scope="col">{t('member.field.sector')}</th>
            <th scope="col">{t('member.field.role')}</th>
            <th scope="col">{t('member.field.perspectives')}</th>
            <th scope="col">{t('members.table.status')}</th>
            <th scope="col">{t('members.table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((member) => {
            const name = member.display_name;
            const mine = member.id === partnership.my_membership_id;
            const open = member.status === 'invited' || member.status === 'active';
            return (
              <tr key={member.id} className={member.status === 'ceased' || member.status === 'declined' ? 'cg-row--inactive' : undefined}>
                <th scope="row" className="cg-table__contact">
                  {name}
                  {mine && <span className="cg-muted"> {t('members.you')}</span>}
                  {member.person_name !== null && member.organization !== null && (
                    <span className="cg-block">{member.organization.name}</span>
                  )}
                  {manager && member.person_email !== null && member.person_email !== name && (
                    <span className="cg-block">{member.person_email}</span>
                  )}
                </th>
                <td>
                  {labelFor(sectors, member.sector)}
                  {member.sector_overridden && member.organization !== null && <span className="cg-block cg-muted">{t('members.sectorOverridden')}</span>}
                </td>
                <td>
                  {roleLabel(member.role)}
                  {member.decision_authority && <span className="cg-block">{t('members.decides')}</span>}
                </td>
                <td>
                  {member.perspectives.length === 0
                    ? t('common.none')
                    : member.perspectives.map((key) => labelFor(perspectives, key)).join(', ')}
                </td>
                <td className="cg-table-note">
                  {memberStatusText(member)}
                  {member.listed_publicly && <span className="cg-block cg-muted">{t('members.listed')}</span>}
                </td>
                <td>
                  {(manager || mine) && open && (
                    <Link
                      className="usa-button usa-button--outline cg-small-button"
                      to={`/partnerships/${partnership.id}/members/${member.id}`}
                      aria-label={manager ? t('members.editLabel', { name }) : t('members.leaveLabel', { name: partnership.name })}
                    >
                      {manager ? t('members.edit') : t('members.leave')}
                    </Link>
                  )}
                  {manager && member.status === 'invited' && (
                    <ConfirmButton
                      label={t('members.resend')}
                      accessibleLabel={t('members.resendLabel', { name })}
                      question={t('members.resendQuestion', { name })}
                      confirmLabel={t('members.resendConfirm')}
                      cancelLabel={t('form.cancel')}
                      onConfirm={() => onResend(member)}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function listSummary(list: ListState): string {
  if (list.items.length === 0) return list.error === null ? t('members.none') : '';
  return list.next === null
    ? t('members.count', { count: list.items.length })
    : t('members.countMore', { count: list.items.length });
}
