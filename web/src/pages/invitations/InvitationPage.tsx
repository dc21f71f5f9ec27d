import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError, isAbort, localError, type FieldError } from '../../api/client';
import { acceptInvitation, declineInvitation, getInvitation, type InvitationDetails } from '../../api/invitations';
import { useAuth } from '../../auth/AuthContext';
import { signInPathFor } from '../../auth/nextPath';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary, messagesByField } from '../../components/ErrorSummary';
import type { FlashState } from '../../components/FlashMessage';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';
import { formatDate, roleDescription, roleLabel } from '../partnerships/labels';

type Outcome = { kind: 'accepted'; partnershipId: number; name: string } | { kind: 'declined'; name: string };

/**
 * /invitations/:token, the link in an invitation email; works signed out. Shows what the
 * invitation is for, then lets the person accept (signing in, or creating their account first)
 * or decline.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { auth, refresh } = useAuth();
  const [invitation, setInvitation] = useState<InvitationDetails | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Accepting and declining: one at a time, and what went wrong.
  const action = useFormSubmit();
  const actionError = action.error;

  useEffect(() => {
    if (auth.status === 'unknown') void refresh().catch(() => undefined);
    // Only on arrival: signing in happens on another page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    getInvitation(token, controller.signal).then(setInvitation, (caught: unknown) => {
      if (!isAbort(caught) && caught instanceof ApiError) setLoadError(caught);
    });
    return () => controller.abort();
  }, [token]);

  const session = auth.status === 'signed-in' && auth.session.stage === 'active' ? auth.session : null;
  const here = `/invitations/${encodeURIComponent(token)}`;

  function accept(newAccount?: { display_name: string; password: string }) {
    if (invitation === null) return;
    void action.send(async () => {
      await acceptInvitation(token, newAccount);
      const name = invitation.partnership.name;
      const after = await refresh().catch(() => null);
      if (after?.status === 'signed-in' && after.session.stage === 'active') {
        const state: FlashState = { flash: t('invitation.flash.joined', { name }) };
        navigate(`/partnerships/${invitation.partnership.id}`, { state });
        return;
      }
      setOutcome({ kind: 'accepted', partnershipId: invitation.partnership.id, name });
    });
  }

  function decline() {
    if (invitation === null) return;
    void action.send(async () => {
      await declineInvitation(token);
      setOutcome({ kind: 'declined', name: invitation.partnership.name });
    });
  }

  if (outcome !== null) {
    if (outcome.kind === 'declined') {
      return (
        <>
          <PageHeading key="declined" title={t('invitation.declined.title')} />
          <Alert type="success">{t('invitation.declined.body', { name: outcome.name })}</Alert>
        </>
      );
    }
    return (
      <>
        <PageHeading key="accepted" title={t('invitation.accepted.title')} />
        <Alert type="success">{t('invitation.accepted.body', { name: outcome.name })}</Alert>
        <p>
          <Link className="usa-button" to={signInPathFor(`/partnerships/${outcome.partnershipId}`)}>
            {t('invitation.accepted.signIn')}
          </Link>
        </p>
      </>
    );
  }

  if (loadError !== null) {
    return (
      <>
        <PageHeading title={t('invitation.title')} />
        <Alert type={loadError.status === 0 ? 'error' : 'warning'} heading={problemHeading(loadError)}>
          {problemBody(loadError)}
        </Alert>
        <p className="cg-links">
          <Link className="usa-link" to={session === null ? '/sign-in' : '/partnerships'}>
            {session === null ? t('invitation.signInLink') : t('invitation.partnershipsLink')}
          </Link>
        </p>
      </>
    );
  }

  if (invitation === null || auth.status === 'unknown') {
    return (
      <>
        <PageHeading title={t('invitation.title')} />
        <p role="status">{t('common.loading')}</p>
      </>
    );
  }

  const forMe = session !== null && session.user.email.toLowerCase() === invitation.email.toLowerCase();
  return (
    <>
      <PageHeading
        title={t('invitation.joinTitle', { name: invitation.partnership.name })}
        documentTitle={t('invitation.documentTitle', { name: invitation.partnership.name })}
      />
      {actionError !== null && actionError.problem.errors.length === 0 && (
        <Alert type="error">{actionError.problem.detail}</Alert>
      )}
      <p className="cg-lead-in">
        {t('invitation.intro', { name: invitation.partnership.name, role: roleLabel(invitation.role) })}
      </p>
      <p>{roleDescription(invitation.role)}</p>
      <dl className="cg-summary">
        <div className="cg-summary__row">
          <dt>{t('invitation.for')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div className="cg-summary__row">
          <dt>{t('invitation.until')}</dt>
          <dd>{formatDate(invitation.expires_at)}</dd>
        </div>
      </dl>

      {forMe && (
        <ul className="usa-button-group cg-form-actions">
          <li className="usa-button-group__item">
            <button type="button" className="usa-button" onClick={() => accept()}>
              {t('invitation.accept')}
            </button>
          </li>
        </ul>
      )}
      {session !== null && !forMe && (
        <Alert type="warning">
          {t('invitation.otherAccount', { signedIn: session.user.email, invited: invitation.email })}
        </Alert>
      )}
      {session === null && invitation.account_exists && (
        <>
          <p>{t('invitation.signInFirst', { email: invitation.email })}</p>
          <p>
            <Link className="usa-button" to={signInPathFor(here)}>
              {t('invitation.signInToAccept')}
            </Link>
          </p>
        </>
      )}
      {session === null && !invitation.account_exists && (
        <NewAccountForm email={invitation.email} error={actionError} onSubmit={(account) => accept(account)} />
      )}

      <section className="cg-section" aria-labelledby="decline-heading">
        <h2 id="decline-heading">{t('invitation.decline.heading')}</h2>
        <p>{t('invitation.decline.explain')}</p>
        <ConfirmButton
          label={t('invitation.decline.start')}
          question={t('invitation.decline.question', { name: invitation.partnership.name })}
          confirmLabel={t('invitation.decline.confirm')}
          cancelLabel={t('invitation.decline.cancel')}
          danger
          onConfirm={decline}
        />
      </section>
    </>
  );
}

function problemHeading(error: ApiError): string {
  switch (error.status) {
    case 404:
      return t('invitation.notFound.title');
    case 410:
      return t('invitation.expired.title');
    case 409:
      return t('invitation.used.title');
    default:
      return t('invitation.problem.title');
  }
}

function problemBody(error: ApiError): string {
  switch (error.status) {
    case 404:
      return t('invitation.notFound.body');
    case 410:
      return t('invitation.expired.body');
    case 409:
      return t('invitation.used.body');
    default:
      return error.problem.detail;
  }
}

const ids = { display_name: 'new-account-name', password: 'new-account-password', confirm: 'new-account-confirm' };

function NewAccountForm({
  email,
  error,
  onSubmit,
}: {
  email: string;
  error: ApiError | null;
  onSubmit: (account: { display_name: string; password: string }) => void;
}) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localProblem, setLocalProblem] = useState<ApiError | null>(null);
  const shown = localProblem ?? (error !== null && error.problem.errors.length > 0 ? error : null);
  const messages = messagesByField(shown);
  const fields = {
    display_name: { id: ids.display_name, label: t('invitation.account.name') },
    password: { id: ids.password, label: t('invitation.account.password') },
    confirm: { id: ids.confirm, label: t('invitation.account.confirm') },
  };

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const mistakes: FieldError[] = [];
    if (name.trim() === '') mistakes.push({ field: 'display_name', message: t('invitation.account.nameRequired') });
    if (password === '') mistakes.push({ field: 'password', message: t('invitation.account.passwordRequired') });
    else if (confirm !== password) mistakes.push({ field: 'confirm', message: t('invitation.account.mismatch') });
    if (mistakes.length > 0) {
      setLocalProblem(localError(mistakes));
      return;
    }
    setLocalProblem(null);
    onSubmit({ display_name: name.trim(), password });
  }

  return (
    <section className="cg-section" aria-labelledby="new-account-heading">
      <h2 id="new-account-heading">{t('invitation.account.heading')}</h2>
      <p>{t('invitation.account.explain', { email })}</p>
      {shown !== null && <ErrorSummary error={shown} fields={fields} />}
      <form className="usa-form" noValidate onSubmit={handleSubmit}>
        {/* Lets password managers store the new password under the right address. */}
        <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
        <TextField
          id={ids.display_name}
          label={t('invitation.account.name')}
          hint={t('invitation.account.nameHint')}
          necessity="required"
          autoComplete="name"
          value={name}
          onChange={setName}
          error={messages.display_name}
        />
        <TextField
          id={ids.password}
          label={t('invitation.account.password')}
          hint={t('account.password.newHint')}
          type="password"
          necessity="required"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={messages.password}
        />
        <TextField
          id={ids.confirm}
          label={t('invitation.account.confirm')}
          type="password"
          necessity="required"
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
          error={messages.confirm}
        />
        <button type="submit" className="usa-button">
          {t('invitation.account.submit')}
        </button>
      </form>
    </section>
  );
}
