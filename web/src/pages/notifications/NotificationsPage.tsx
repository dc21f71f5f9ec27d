import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, isAbort } from '../../api/client';
import {
  listNotifications,
  markNotificationsRead,
  type AppNotification,
  type NotificationList,
} from '../../api/notifications';
import { useActiveSession } from '../../auth/AuthContext';
import { Alert } from '../../components/Alert';
import { formatDateTime } from '../../components/formatTime';
import { PageHeading } from '../../components/PageHeading';
import { t, type MessageKey } from '../../i18n';
import { setUnreadCount } from './unreadCount';

const LIMIT = 100;

const kindLabels: Readonly<Record<string, MessageKey>> = {
  meeting_scheduled: 'notifications.kind.meeting_scheduled',
  meeting_cancelled: 'notifications.kind.meeting_cancelled',
  minutes_circulated: 'notifications.kind.minutes_circulated',
  discussion_started: 'notifications.kind.discussion_started',
  discussion_comment: 'notifications.kind.discussion_comment',
  discussion_status: 'notifications.kind.discussion_status',
  action_item_assigned: 'notifications.kind.action_item_assigned',
  resource_submitted: 'notifications.kind.resource_submitted',
  resource_moderated: 'notifications.kind.resource_moderated',
};

/** The label for a kind of notification; kinds added to the API later read "Notice". */
export function notificationKindLabel(kind: string): string {
  const key = kindLabels[kind];
  return key === undefined ? t('notifications.kind.other') : t(key);
}

/** Only a path in this app is followed (never another site, nor `//host`). */
function appPath(link: string): string | null {
  return link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/**
 * /notifications: what happened at the person's partnerships, newest first, the unread marked.
 * Following one marks it read; "Mark all as read" marks the rest.
 */
export function NotificationsPage() {
  const userId = useActiveSession().user.id;
  const [list, setList] = useState<NotificationList | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    listNotifications(false, controller.signal).then(
      (loaded) => {
        setList(loaded);
        setLoadError(null);
        setUnreadCount(userId, loaded.unread);
      },
      (caught: unknown) => {
        if (isAbort(caught)) return;
        if (caught instanceof ApiError) setLoadError(caught);
      },
    );
    return () => controller.abort();
  }, [userId]);

  useEffect(() => {
    if (message !== null) messageRef.current?.focus();
  }, [message]);

  useEffect(() => {
    if (actionError !== null) errorRef.current?.focus();
  }, [actionError]);

  async function mark(ids: number[] | undefined, done: string) {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    setActionError(null);
    try {
      const updated = await markNotificationsRead(ids);
      setList(updated);
      setUnreadCount(userId, updated.unread);
      setMessage(done);
    } catch (caught) {
      if (!(caught instanceof ApiError)) throw caught;
      setActionError(caught);
    } finally {
      setBusy(false);
    }
  }

  /** Following a notification's link marks it read; the request carries on as the page changes. */
  function handleOpen(notification: AppNotification) {
    if (notification.read) return;
    setUnreadCount(userId, Math.max(0, (list?.unread ?? 1) - 1));
    void markNotificationsRead([notification.id]).then(
      (updated) => setUnreadCount(userId, updated.unread),
      () => undefined,
    );
  }

  const items = list?.items ?? [];
  return (
    <>
      <PageHeading title={t('notifications.title')} />
      <p>
        {t('notifications.intro')}{' '}
        <Link className="usa-link" to="/account#notifications">
          {t('notifications.emailChoices')}
        </Link>
      </p>
      {message !== null && (
        <Alert type="success" ref={messageRef}>
          {message}
        </Alert>
      )}
      {actionError !== null && (
        <Alert type="error" ref={errorRef}>
          {actionError.problem.detail}
        </Alert>
      )}
      {loadError !== null && <Alert type="error">{loadError.problem.detail}</Alert>}
      <p role="status" className="cg-status">
        {list === null
          ? loadError === null
            ? t('common.loading')
            : ''
          : items.length === 0
            ? t('notifications.summary.none')
            : t('notifications.summary', { unread: list.unread, total: items.length })}
      </p>
      {list !== null && items.length === 0 && <p>{t('notifications.empty')}</p>}
      {list !== null && list.unread > 0 && (
        <button
          type="button"
          className="usa-button usa-button--outline"
          aria-disabled={busy}
          onClick={() => void mark(undefined, t('notifications.markedAll'))}
        >
          {t('notifications.markAll')}
        </button>
      )}
      {items.length > 0 && (
        <ol className="usa-list usa-list--unstyled cg-inbox" aria-label={t('notifications.list.label')}>
          {items.map((notification) => {
            const to = appPath(notification.link);
            return (
              <li
                key={notification.id}
                className={notification.read ? 'cg-inbox__item' : 'cg-inbox__item cg-inbox__item--unread'}
              >
                <p className="cg-inbox__meta">
                  {!notification.read && (
                    <span className="usa-tag cg-tag--new">
                      {t('notifications.new')}
                    </span>
                  )}
                  <span className="cg-inbox__kind">{notificationKindLabel(notification.kind)}</span>
                </p>
                <h2 className="cg-inbox__title">
                  {to === null ? (
                    notification.title
                  ) : (
                    <Link className="usa-link" to={to} onClick={() => handleOpen(notification)}>
                      {notification.title}
                    </Link>
                  )}
                </h2>
                {notification.text !== '' && <p className="cg-inbox__text cg-prewrap">{notification.text}</p>}
                <p className="cg-inbox__when cg-muted">
                  {t('notifications.at', {
                    partnership: notification.partnership_name,
                    when: formatDateTime(notification.created_at),
                  })}
                </p>
                {!notification.read && (
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled cg-inbox__mark"
                    aria-label={t('notifications.markOneLabel', { title: notification.title })}
                    onClick={() =>
                      void mark([notification.id], t('notifications.markedOne', { title: notification.title }))
                    }
                  >
                    {t('notifications.markOne')}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {items.length >= LIMIT && <p className="cg-muted">{t('notifications.limit')}</p>}
    </>
  );
}
