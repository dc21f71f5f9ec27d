import { useEffect, useRef, useState, type FormEvent } from 'react';
import { createApiToken, listApiTokens, revokeApiToken, type ApiToken, type NewApiToken, type TokenScope } from '../../api/account';
import { ApiError, isAbort } from '../../api/client';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorSummary } from '../../components/ErrorSummary';
import { formatDateTime } from '../../components/formatTime';
import { FormGroup } from '../../components/FormGroup';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../hooks/useFormSubmit';
import { t } from '../../i18n';

const ids = { name: 'token-name', scope: 'token-scope' };

function scopeLabel(scope: string): string {
  return scope === 'read_write' ? t('account.tokens.scope.read_write') : t('account.tokens.scope.read');
}

/** The account's API tokens: the list, making one (its secret shown once), revoking one. */
export function ApiTokens() {
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const form = useFormSubmit(() => setMessage(null));
  const createdRef = useRef<HTMLHeadingElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { messages } = form;
  const fields = {
    name: { id: ids.name, label: t('account.tokens.name') },
    scope: { id: ids.scope, label: t('account.tokens.scope') },
  };

  async function reload(signal?: AbortSignal) {
    try {
      setTokens(await listApiTokens(signal));
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
    if (created !== null) createdRef.current?.focus();
  }, [created]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  function handleCreate(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      form.reject([{ field: 'name', message: t('account.tokens.nameRequired') }]);
      return;
    }
    void form.send(async () => {
      const token = await createApiToken(name.trim(), scope);
      setName('');
      setScope('read');
      setCreated(token);
      await reload();
    });
  }

  async function handleRevoke(token: ApiToken) {
    setActionError(null);
    setMessage(null);
    try {
      await revokeApiToken(token.id);
      await reload();
      setMessage(t('account.tokens.revoked', { name: token.name }));
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
    }
  }

  return (
    <section aria-labelledby="account-tokens" className="cg-section">
      <h2 id="account-tokens" className="cg-focus-target" ref={headingRef} tabIndex={-1}>
        {t('account.tokens.heading')}
      </h2>
      <p>{t('account.tokens.explain')}</p>
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && <Alert type="error">{actionError.problem.detail}</Alert>}
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}

      {created !== null && (
        <div className="usa-summary-box cg-token" role="region" aria-labelledby="new-token-heading">
          <div className="usa-summary-box__body">
            <h3 id="new-token-heading" className="usa-summary-box__heading cg-focus-target" ref={createdRef} tabIndex={-1}>
              {t('account.tokens.newHeading', { name: created.name })}
            </h3>
            <Alert type="warning">{t('account.tokens.newWarning')}</Alert>
            <label className="usa-label" htmlFor="new-token">
              {t('account.tokens.newLabel')}
            </label>
            <input
              id="new-token"
              className="usa-input"
              type="text"
              readOnly
              value={created.token}
              spellCheck={false}
              autoComplete="off"
              onFocus={(event) => event.target.select()}
            />
            <button
              type="button"
              className="usa-button"
              onClick={() => {
                setCreated(null);
                headingRef.current?.focus();
              }}
            >
              {t('account.tokens.newDone')}
            </button>
          </div>
        </div>
      )}

      {tokens !== null && tokens.length === 0 && <p>{t('account.tokens.none')}</p>}
      {tokens !== null && tokens.length > 0 && (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="tokens-caption">
          <table className="usa-table cg-table">
            <caption id="tokens-caption">{t('account.tokens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.tokens.name')}</th>
                <th scope="col">{t('account.tokens.scope')}</th>
                <th scope="col">{t('account.tokens.created')}</th>
                <th scope="col">{t('account.tokens.lastUsed')}</th>
                <th scope="col">{t('account.tokens.status')}</th>
                <th scope="col">{t('account.tokens.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={String(token.id)}>
                  <th scope="row" className="cg-table-note">
                    {token.name}
                  </th>
                  <td>{scopeLabel(token.scope)}</td>
                  <td>{formatDateTime(token.created_at)}</td>
                  <td>{formatDateTime(token.last_used_at)}</td>
                  <td>
                    {token.revoked_at === null
                      ? t('account.tokens.active')
                      : t('account.tokens.revokedAt', { at: formatDateTime(token.revoked_at) })}
                  </td>
                  <td>
                    {token.revoked_at === null && (
                      <ConfirmButton
                        label={t('account.tokens.revoke')}
                        accessibleLabel={t('account.tokens.revokeLabel', { name: token.name })}
                        question={t('account.tokens.revokeQuestion', { name: token.name })}
                        confirmLabel={t('account.tokens.revokeConfirm')}
                        cancelLabel={t('account.tokens.revokeCancel')}
                        danger
                        onConfirm={() => void handleRevoke(token)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('account.tokens.create')}</h3>
      {form.error !== null && <ErrorSummary error={form.error} fields={fields} />}
      <form className="usa-form" noValidate onSubmit={handleCreate}>
        <TextField
          id={ids.name}
          label={t('account.tokens.name')}
          hint={t('account.tokens.nameHint')}
          necessity="required"
          autoComplete="off"
          value={name}
          onChange={setName}
          error={messages.name}
        />
        <FormGroup id={ids.scope} label={t('account.tokens.scope')} error={messages.scope}>
          {(control) => (
            <select
              {...control}
              className="usa-select"
              name={ids.scope}
              value={scope}
              onChange={(event) => setScope(event.target.value === 'read_write' ? 'read_write' : 'read')}
            >
              <option value="read">{t('account.tokens.scope.read')}</option>
              <option value="read_write">{t('account.tokens.scope.read_write')}</option>
            </select>
          )}
        </FormGroup>
        <button type="submit" className="usa-button">
          {t('account.tokens.create')}
        </button>
      </form>
    </section>
  );
}
