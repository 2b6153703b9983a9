import { NOTIFICATION_DELIVERIES, type NotificationDelivery, type NotificationKind } from '@icspa/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { QueryState } from '@/components/ui/query-state';
import {
  useNotificationPreferences,
  type NotificationPreference,
} from '@/features/notifications/api/get-notification-preferences';
import { useUpdateNotificationPreferences } from '@/features/notifications/api/update-notification-preferences';
import { notificationLabelKey } from '@/features/notifications/lib/notification-text';

const DELIVERY_KEYS = {
  in_app: 'notificationPreferences.deliveries.in_app',
  email: 'notificationPreferences.deliveries.email',
  digest: 'notificationPreferences.deliveries.digest',
} as const satisfies Record<NotificationDelivery, string>;

/** The profile's section: for each kind of notification, in the portal only, e-mail at once, or a daily digest. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const preferences = useNotificationPreferences();
  return (
    <section className="card stack" aria-labelledby="notification-preferences-title">
      <h2 id="notification-preferences-title">{t('notificationPreferences.title')}</h2>
      <p>{t('notificationPreferences.intro')}</p>
      <p className="muted">{t('notificationPreferences.security')}</p>
      <QueryState query={preferences} loadingLabel={t('notificationPreferences.loading')}>
        {(data) => <PreferencesForm items={data.items} />}
      </QueryState>
    </section>
  );
}

function PreferencesForm({ items }: { items: NotificationPreference[] }) {
  const { t } = useTranslation();
  const save = useUpdateNotificationPreferences();
  const [chosen, setChosen] = useState<Record<string, NotificationDelivery>>(() =>
    Object.fromEntries(items.map((i) => [i.kind, i.delivery])),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      items: items.map((i) => ({ kind: i.kind as NotificationKind, delivery: chosen[i.kind] ?? i.delivery })),
    });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      {items.map((item) => {
        const label = notificationLabelKey(item.kind);
        return (
          <fieldset key={item.kind} className="fieldset choice-row">
            <legend>{label ? t(label) : item.kind}</legend>
            {NOTIFICATION_DELIVERIES.map((delivery) => (
              <label key={delivery} className="choice">
                <input
                  type="radio"
                  name={`delivery-${item.kind}`}
                  value={delivery}
                  checked={(chosen[item.kind] ?? item.delivery) === delivery}
                  onChange={() => {
                    save.reset();
                    setChosen({ ...chosen, [item.kind]: delivery });
                  }}
                />{' '}
                {t(DELIVERY_KEYS[delivery])}
              </label>
            ))}
          </fieldset>
        );
      })}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      <p className={save.isSuccess ? 'alert alert--success' : 'visually-hidden'} role="status">
        {save.isSuccess ? t('notificationPreferences.saved') : ''}
      </p>
      <div>
        <button type="submit" className="button" disabled={save.isPending} aria-busy={save.isPending}>
          {t('notificationPreferences.save')}
        </button>
      </div>
    </form>
  );
}
