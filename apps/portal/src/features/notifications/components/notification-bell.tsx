import type { NotificationKind } from '@icspa/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/errors/error-message';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/hooks/use-format';
import { useMarkAllNotificationsRead } from '@/features/notifications/api/mark-all-notifications-read';
import { useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import {
  NOTIFICATIONS_PAGE_SIZE,
  useNotifications,
  type Notification,
} from '@/features/notifications/api/get-notifications';
import { notificationLabelKey, notificationMessage } from '@/features/notifications/lib/notification-text';
import { paths } from '@/config/paths';

/**
 * The bell in the header: the unread count (polled every minute) and a panel of notifications, 20 a page
 * (older / newer), narrowed to one kind by the group filter, each a link to what it is about (following
 * it marks it read) and markable as read. Escape or a click outside closes the panel.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [kind, setKind] = useState<NotificationKind | null>(null);
  const notifications = useNotifications({ page, kind });
  const filterId = useId();
  const markAll = useMarkAllNotificationsRead();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const titleId = useId();
  const unread = notifications.data?.unread ?? 0;
  const groups = notifications.data?.groups ?? [];
  const pages = notifications.data ? Math.max(1, Math.ceil(notifications.data.total / NOTIFICATIONS_PAGE_SIZE)) : 1;
  const groupUnread = kind ? (groups.find((g) => g.kind === kind)?.unread ?? 0) : unread;

  // Tell screen-reader users when news arrives, not at every poll.
  const previous = useRef<number | undefined>(undefined);
  const [news, setNews] = useState('');
  useEffect(() => {
    if (notifications.data === undefined) return;
    if (previous.current !== undefined && unread > previous.current)
      setNews(t('notifications.arrived', { unread: format.number(unread) }));
    previous.current = unread;
  }, [notifications.data, unread, t, format]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
    };
  }, [open]);

  const toggle = () => {
    if (!open) void notifications.refetch();
    setOpen(!open);
  };

  return (
    <div className="bell" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--on-dark bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={
          unread > 0 ? t('notifications.bellUnread', { unread: format.number(unread) }) : t('notifications.bell')
        }
        onClick={toggle}
      >
        <svg className="bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M12 2a6 6 0 0 0-6 6v3.6l-1.7 3.4A1 1 0 0 0 5.2 16.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6zm0 20a3 3 0 0 0 2.8-2H9.2A3 3 0 0 0 12 22z"
            fill="currentColor"
          />
        </svg>
        {unread > 0 ? (
          <span className="bell__badge" aria-hidden="true">
            {unread > 99 ? '99+' : format.number(unread)}
          </span>
        ) : null}
      </button>
      <span className="visually-hidden" role="status">
        {news}
      </span>
      <div id={panelId} className="bell__panel" role="region" aria-labelledby={titleId} hidden={!open}>
        <div className="bell__head">
          <h2 id={titleId} className="bell__title">
            {t('notifications.title')}
          </h2>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={groupUnread === 0 || markAll.isPending}
            aria-busy={markAll.isPending}
            onClick={() => markAll.mutate(kind)}
          >
            {t('notifications.markAllRead')}
          </button>
        </div>
        {groups.length > 1 || kind ? (
          <p className="bell__filter">
            <label htmlFor={filterId}>{t('notifications.filterLabel')}</label>{' '}
            <select
              id={filterId}
              value={kind ?? ''}
              onChange={(event) => {
                setKind((event.target.value || null) as NotificationKind | null);
                setPage(1);
              }}
            >
              <option value="">
                {t('notifications.allKinds')} ({format.number(unread)})
              </option>
              {groups.map((g) => {
                const label = notificationLabelKey(g.kind);
                return (
                  <option key={g.kind} value={g.kind}>
                    {label ? t(label) : g.kind} ({format.number(g.unread)})
                  </option>
                );
              })}
            </select>
          </p>
        ) : null}
        {markAll.isError ? <ErrorMessage error={markAll.error} /> : null}
        {notifications.isPending ? (
          <Spinner label={t('notifications.loading')} />
        ) : notifications.isError && !notifications.data ? (
          <ErrorMessage error={notifications.error} onRetry={() => void notifications.refetch()} />
        ) : notifications.data && notifications.data.items.length > 0 ? (
          <ul className="bell__list">
            {notifications.data.items.map((n) => (
              <NotificationItem key={n.id} notification={n} onFollow={() => setOpen(false)} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t('notifications.empty')}</p>
        )}
        {pages > 1 ? (
          <nav className="bell__pager" aria-label={t('notifications.title')}>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t('notifications.newer')}
            </button>
            <span>{t('notifications.pageOf', { page: format.number(page), pages: format.number(pages) })}</span>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('notifications.older')}
            </button>
          </nav>
        ) : null}
        <p className="bell__more">
          <Link to={paths.app.profile.getHref()} onClick={() => setOpen(false)}>
            {t('notifications.settings')}
          </Link>
        </p>
      </div>
    </div>
  );
}

function NotificationItem({ notification, onFollow }: { notification: Notification; onFollow: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const markRead = useMarkNotificationRead();
  const message = notificationMessage(notification, {
    date: format.date,
    status: (status) => t(`enrolmentStatus.${status}`),
    relativeDays: format.relativeDays,
  });
  const text = t(message.key, message.values);
  return (
    <li className={notification.read ? 'notice' : 'notice notice--unread'}>
      <p className="notice__text">
        {notification.read ? null : <span className="visually-hidden">{t('notifications.unread')} </span>}
        {notification.link ? (
          <Link
            to={notification.link}
            onClick={() => {
              if (!notification.read) markRead.mutate(notification.id);
              onFollow();
            }}
          >
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
      <p className="notice__meta">
        <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
        {notification.read ? null : (
          <button
            type="button"
            className="link-button"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate(notification.id)}
            aria-label={t('notifications.markReadNamed', { text })}
          >
            {t('notifications.markRead')}
          </button>
        )}
      </p>
    </li>
  );
}
