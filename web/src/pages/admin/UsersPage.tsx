import { useEffect, useRef, useState, type FormEvent } from 'react';
import { inviteUser, listUsers, setUserStatus, unlockUser, type Invitation, type ManagedUser } from '../../api/admin';
import { ApiError, isAbort, type FieldError } from '../../api/client';
import { useActiveSession } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatDateTime } from '../../components/formatTime';
import { FormGroup } from '../../components/FormGroup';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { BackToAdmin } from './AdminPage';

const ids = { email: 'invite-email', display_name: 'invite-name', site_role: 'invite-role' };
const emptyInvitation: Invitation = { email: '', display_name: '', site_role: 'user' };

/** The user accounts: who they are, their state, and inviting, unlocking, disabling. */
export function UsersPage() {
  const me = useActiveSession().user;
  const [users, setUsers] = useState<ManagedUser[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<Invitation>(emptyInvitation);
  const invite = useFormSubmit(() => setMessage(null));
  const messageRef = useRef<HTMLDivElement>(null);
  const actionErrorRef = useRef<HTMLDivElement>(null);
  const { messages } = invite;
  const fields = {
    email: { id: ids.email, label: t('users.invite.email') },
    display_name: { id: ids.display_name, label: t('users.invite.name') },
    site_role: { id: ids.site_role, label: t('users.invite.role') },
  };

  async function reload(signal?: AbortSignal) {
    try {
      setUsers(await listUsers(signal));
      setLoadError(null);
    } catch (caught) {
      if (isAbort(caught)) return;
      if (!(caught instanceof ApiError)) throw caught;
      setLoadError(caught);
    }
  }

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) actionErrorRef.current?.focus();
  }, [actionError]);

  async function act(action: () => Promise<unknown>, done: string) {
    setMessage(null);
    setActionError(null);
    try {
      await action();
      await reload();
      setMessage(done);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
    }
  }

  function handleInvite(event: FormEvent) {
    event.preventDefault();
    const missing: FieldError[] = [];
    if (invitation.email.trim() === '') missing.push({ field: 'email', message: t('users.invite.emailRequired') });
    if (invitation.display_name.trim() === '') missing.push({ field: 'display_name', message: t('users.invite.nameRequired') });
    if (missing.length > 0) {
      invite.reject(missing);
      return;
    }
    void invite.send(async () => {
      const sent = { ...invitation, email: invitation.email.trim(), display_name: invitation.display_name.trim() };
      try {
        await inviteUser(sent);
      } catch (caught) {
        // The account may exist even though its email could not be sent.
        if (caught instanceof ApiError && caught.status === 503) await reload();
        throw caught;
      }
      setInvitation(emptyInvitation);
      await reload();
      setMessage(t('users.invited', { email: sent.email }));
    });
  }

  return (
    <>
      <BackToAdmin />
      <PageHeading title={t('admin.users.title')} />
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
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}
      {users === null && loadError === null && <p role="status">{t('common.loading')}</p>}
      {users !== null && (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="users-caption">
          <table className="usa-table cg-table">
            <caption id="users-caption">{t('users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.locked')}</th>
                <th scope="col">{t('users.mfa')}</th>
                <th scope="col">{t('users.lastSignIn')}</th>
                <th scope="col">{t('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => {
                const name = user.display_name;
                const disabled = user.status === 'disabled';
                return (
                  <tr key={user.id}>
                    <th scope="row" className="cg-table__contact">
                      {name}
                      <br />
                      {user.email}
                    </th>
                    <td>{user.site_role === 'admin' ? t('account.role.admin') : t('account.role.user')}</td>
                    <td>{disabled ? t('users.status.disabled') : t('users.status.active')}</td>
                    <td>
                      {user.locked_at === null ? t('users.notLocked') : t('users.lockedSince', { at: formatDateTime(user.locked_at) })}
                    </td>
                    <td>{user.mfa_enabled ? t('account.twoStep.on') : t('account.twoStep.off')}</td>
                    <td>{formatDateTime(user.last_sign_in_at)}</td>
                    <td>
                      {user.locked_at !== null && (
                        <ConfirmButton
                          label={t('users.unlock')}
                          accessibleLabel={t('users.unlockLabel', { name })}
                          question={t('users.unlockQuestion', { name })}
                          confirmLabel={t('users.unlockConfirm')}
                          cancelLabel={t('users.cancel')}
                          onConfirm={() => void act(() => unlockUser(user.id), t('users.unlocked', { name }))}
                        />
                      )}
                      {disabled ? (
                        <ConfirmButton
                          label={t('users.enable')}
                          accessibleLabel={t('users.enableLabel', { name })}
                          question={t('users.enableQuestion', { name })}
                          confirmLabel={t('users.enableConfirm')}
                          cancelLabel={t('users.cancel')}
                          onConfirm={() => void act(() => setUserStatus(user.id, 'active'), t('users.enabled', { name }))}
                        />
                      ) : (
                        user.id !== me.id && (
                          <ConfirmButton
                            label={t('users.disable')}
                            accessibleLabel={t('users.disableLabel', { name })}
                            question={t('users.disableQuestion', { name })}
                            confirmLabel={t('users.disableConfirm')}
                            cancelLabel={t('users.cancel')}
                            danger
                            onConfirm={() =>
                              void act(() => setUserStatus(user.id, 'disabled'), t('users.disabled', { name }))
                            }
                          />
                        )
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      <section aria-labelledby="invite-heading" className="cg-section">
        <h2 id="invite-heading">{t('users.invite.heading')}</h2>
        <p>{t('users.invite.explain')}</p>
        {invite.error !== null && <ErrorSummary error={invite.error} fields={fields} />}
        <form className="usa-form" noValidate onSubmit={handleInvite}>
          <TextField
            id={ids.email}
            label={t('users.invite.email')}
            type="email"
            autoComplete="off"
            necessity="required"
            value={invitation.email}
            onChange={(email) => setInvitation({ ...invitation, email })}
            error={messages.email}
          />
          <TextField
            id={ids.display_name}
            label={t('users.invite.name')}
            autoComplete="off"
            necessity="required"
            value={invitation.display_name}
            onChange={(display_name) => setInvitation({ ...invitation, display_name })}
            error={messages.display_name}
          />
          <FormGroup id={ids.site_role} label={t('users.invite.role')} error={messages.site_role}>
            {(control) => (
              <select
                {...control}
                className="usa-select"
                name={ids.site_role}
                value={invitation.site_role}
                onChange={(event) =>
                  setInvitation({ ...invitation, site_role: event.target.value === 'admin' ? 'admin' : 'user' })
                }
              >
                <option value="user">{t('account.role.user')}</option>
                <option value="admin">{t('account.role.admin')}</option>
              </select>
            )}
          </FormGroup>
          <button type="submit" className="usa-button">
            {t('users.invite.submit')}
          </button>
        </form>
      </section>
    </>
  );
}
