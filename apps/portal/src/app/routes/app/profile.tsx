import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { languageEndonym } from '@/components/ui/translation-note';
import { UNIT_ROLES } from '@icspa/domain';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useUpdateTimeZone } from '@/features/auth/api/update-time-zone';
import { ReadingLanguagesForm } from '@/features/auth/components/reading-languages-form';
import {
  useCalendarFeed,
  useRegenerateCalendarFeed,
  useRevokeCalendarFeed,
} from '@/features/calendar/api/calendar-feed';
import { DataRightsPanel } from '@/features/data-rights/components/data-rights-panel';
import { NotificationPreferences } from '@/features/notifications/components/notification-preferences';
import { useContentLocales } from '@/features/translations/api/get-content-locales';
import { useFormat } from '@/hooks/use-format';
import { browserTimeZone, knownTimeZones } from '@/lib/time-zones';

/** The time zone the user reads times in (browser default, theirs to change). */
function TimeZoneSection() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const update = useUpdateTimeZone();
  const id = useId();
  const current = me?.timeZone ?? browserTimeZone();
  return (
    <section className="card section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('profile.timeZone.title')}</h2>
      <p className="muted">{t('profile.timeZone.hint')}</p>
      <div className="field">
        <label htmlFor={id}>{t('profile.timeZone.label')}</label>
        <select id={id} value={current} disabled={update.isPending} onChange={(e) => update.mutate(e.target.value)}>
          {knownTimeZones(current).map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      </div>
      {update.isSuccess ? <p role="status">{t('profile.timeZone.saved')}</p> : null}
      {update.isError ? <p role="alert">{errorText(update.error, t)}</p> : null}
    </section>
  );
}

/** The private iCalendar feed: made, shown once, replaced or revoked here. */
function CalendarFeedSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const feed = useCalendarFeed();
  const regenerate = useRegenerateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [url, setUrl] = useState<string | null>(null);
  const id = useId();
  return (
    <section className="card section" aria-labelledby={id}>
      <h2 id={id}>{t('profile.feed.title')}</h2>
      <p className="muted">{t('profile.feed.hint')}</p>
      <QueryState query={feed} loadingLabel={t('profile.feed.loading')}>
        {(data) => (
          <>
            <p>
              {data.active && data.createdAt
                ? t('profile.feed.active', { date: format.dateTime(data.createdAt) })
                : t('profile.feed.none')}
            </p>
            {url ? (
              <div className="field">
                <label htmlFor={`${id}-url`}>{t('profile.feed.url')}</label>
                <input id={`${id}-url`} type="text" readOnly value={url} onFocus={(e) => e.target.select()} />
                <p className="muted">{t('profile.feed.shownOnce')}</p>
              </div>
            ) : null}
            <div className="actions">
              <button
                type="button"
                className="button"
                disabled={regenerate.isPending}
                onClick={() => regenerate.mutate(undefined, { onSuccess: (made) => setUrl(made.url ?? null) })}
              >
                {data.active ? t('profile.feed.regenerate') : t('profile.feed.create')}
              </button>
              {data.active ? (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={revoke.isPending}
                  onClick={() => revoke.mutate(undefined, { onSuccess: () => setUrl(null) })}
                >
                  {t('profile.feed.revoke')}
                </button>
              ) : null}
            </div>
            {regenerate.isError ? <p role="alert">{errorText(regenerate.error, t)}</p> : null}
            {revoke.isError ? <p role="alert">{errorText(revoke.error, t)}</p> : null}
          </>
        )}
      </QueryState>
    </section>
  );
}

/**
 * The signed-in user's own settings: the portal language and the further languages they read, how messages
 * reach them, their time zone and calendar subscription, and — officers and coordinators — "My data": everything the
 * platform holds about them and how long their country keeps it.
 */
export function ProfileRoute() {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const locales = useContentLocales();
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!me) return null;
  return (
    <Page title={t('profile.title')} description={t('profile.description')}>
      <dl className="meta section">
        <div>
          <dt>{t('profile.name')}</dt>
          <dd>{me.displayName}</dd>
        </div>
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{me.email}</dd>
        </div>
        <div>
          <dt>{t('profile.portalLanguage')}</dt>
          <dd lang={language}>{languageEndonym(language)}</dd>
        </div>
      </dl>
      <QueryState query={locales} loadingLabel={t('profile.loadingLanguages')}>
        {(data) => <ReadingLanguagesForm key={language} language={language} saved={me.readsLocales} locales={data} />}
      </QueryState>
      <NotificationPreferences />
      <TimeZoneSection />
      <CalendarFeedSection />
      {UNIT_ROLES.includes(me.role) ? (
        <DataRightsPanel officerId={me.id} officerName={me.displayName} self erasure={null} />
      ) : null}
    </Page>
  );
}
