import { useEffect, useState } from 'react';
import { listSessions, type AccountSession } from '../../api/account';
import { ApiError, isAbort } from '../../api/client';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/formatTime';
import { t } from '../../i18n';

/** The sessions of the signed-in account, this browser's marked. */
export function SessionsTable() {
  const [sessions, setSessions] = useState<AccountSession[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    listSessions(controller.signal).then(setSessions, (caught: unknown) => {
      if (isAbort(caught)) return;
      if (caught instanceof ApiError) setError(caught);
    });
    return () => controller.abort();
  }, []);

  return (
    <section aria-labelledby="account-sessions" className="cg-section">
      <h2 id="account-sessions">{t('account.sessions.heading')}</h2>
      <p>{t('account.sessions.explain')}</p>
      {error !== null && <Alert type="error">{error.problem.detail}</Alert>}
      {sessions === null && error === null && <p role="status">{t('common.loading')}</p>}
      {sessions !== null && (
        <div className="usa-table-container--scrollable" tabIndex={0} role="region" aria-labelledby="account-sessions-caption">
          <table className="usa-table cg-table">
            <caption id="account-sessions-caption">{t('account.sessions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('account.sessions.device')}</th>
                <th scope="col">{t('account.sessions.address')}</th>
                <th scope="col">{t('account.sessions.started')}</th>
                <th scope="col">{t('account.sessions.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={String(session.id)}>
                  <td className="cg-table-note">
                    {session.user_agent === null || session.user_agent === ''
                      ? t('account.sessions.unknownDevice')
                      : session.user_agent}
                    {session.current && (
                      <>
                        {' '}
                        <strong>({t('account.sessions.current')})</strong>
                      </>
                    )}
                  </td>
                  <td>{session.source_address ?? t('common.none')}</td>
                  <td>{formatDateTime(session.created_at)}</td>
                  <td>{formatDateTime(session.last_seen_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
