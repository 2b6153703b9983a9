import { MANAGED_ROLES } from '@icspa/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormError } from '@/components/ui/form-error';
import { Page } from '@/components/ui/page';
import { QueryState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useContentLocales } from '@/features/translations/api/get-content-locales';
import { useUser } from '@/features/users/api/get-user';
import { useIssueAccountLink } from '@/features/users/api/issue-account-link';
import { useUpdateUser, type UserUpdateInput } from '@/features/users/api/update-user';
import type { User } from '@/features/users/api/get-users';
import { AccountLinkPanel } from '@/features/users/components/account-link-panel';
import { CapabilitiesPanel } from '@/features/users/components/capabilities-panel';
import { UserForm, type UserFormValues } from '@/features/users/components/user-form';
import { useFormat } from '@/hooks/use-format';
import { usePeoplePlaces } from './people-options';

/**
 * One person the reader manages: edit (name, e-mail; role, unit and firm for admins, never their own role),
 * disable or enable (disabling signs them out at once), a new invitation or a password-reset link, and —
 * for admins — the capabilities granted beside the role.
 */
export function UserRoute() {
  const { t } = useTranslation();
  const { userId = '' } = useParams();
  const user = useUser(userId);
  return (
    <QueryState query={user} loadingLabel={t('users.loading')}>
      {(u) => <Person user={u} />}
    </QueryState>
  );
}

function Person({ user }: { user: User }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInUser();
  const admin = me?.role === 'admin';
  const self = me?.id === user.id;
  const places = usePeoplePlaces(admin);
  const locales = useContentLocales();
  const update = useUpdateUser(user.id);
  const status = useUpdateUser(user.id);
  const issue = useIssueAccountLink(user.id);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const linkKind = user.passwordSet ? 'password-reset' : 'invitation';

  const save = (values: UserFormValues) => {
    const changes: UserUpdateInput = {};
    if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
    if (values.email.trim().toLowerCase() !== user.email) changes.email = values.email.trim();
    if (admin && !self) {
      if (values.role !== user.role) changes.role = values.role;
      if ((values.policeUnitId || null) !== user.policeUnitId) changes.policeUnitId = values.policeUnitId || null;
      if ((values.memberFirmId || null) !== user.memberFirmId) changes.memberFirmId = values.memberFirmId || null;
    }
    setSaved(false);
    update.mutate(changes, { onSuccess: () => setSaved(true) });
  };

  return (
    <Page
      title={user.displayName}
      description={`${user.email} · ${t(`roles.${user.role}`)}`}
      actions={<Link to={paths.app.users.getHref()}>{t('users.backToList')}</Link>}
    >
      <div className="stack">
        <section className="card" aria-labelledby="person-status">
          <h2 id="person-status">{t('people.status.title')}</h2>
          <dl className="details">
            <dt>{t('users.columns.status')}</dt>
            <dd>
              {user.disabled
                ? t('users.status.disabled')
                : user.passwordSet
                  ? t('users.status.active')
                  : t('users.status.invited')}
            </dd>
            <dt>{t('users.columns.created')}</dt>
            <dd>
              <time dateTime={user.createdAt}>{format.date(user.createdAt)}</time>
            </dd>
          </dl>
          <FormError id="person-status-error" error={status.error ?? issue.error} />
          {issue.data ? <AccountLinkPanel link={issue.data} kind={issue.variables} name={user.displayName} /> : null}
          <p className="actions">
            {!user.disabled ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={issue.isPending}
                aria-busy={issue.isPending}
                onClick={() => issue.mutate(linkKind)}
              >
                {user.passwordSet ? t('people.actions.reset') : t('people.actions.invite')}
              </button>
            ) : null}
            {self ? null : user.disabled ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={status.isPending}
                onClick={() => status.mutate({ disabled: false })}
              >
                {t('people.actions.enable')}
              </button>
            ) : (
              <button
                type="button"
                className="button button--danger-secondary"
                disabled={status.isPending}
                onClick={() => setConfirming(true)}
              >
                {t('people.actions.disable')}
              </button>
            )}
          </p>
          <ConfirmDialog
            open={confirming}
            title={t('people.actions.disableTitle', { name: user.displayName })}
            message={t('people.actions.disableMessage')}
            confirmLabel={t('people.actions.disable')}
            danger
            onConfirm={() => {
              setConfirming(false);
              issue.reset();
              status.mutate({ disabled: true });
            }}
            onCancel={() => setConfirming(false)}
          />
        </section>
        <section className="card" aria-labelledby="person-edit">
          <h2 id="person-edit">{t('people.edit.title')}</h2>
          {saved && !update.isPending ? (
            <div className="alert alert--success" role="status">
              <p>{t('people.edit.saved')}</p>
            </div>
          ) : null}
          <UserForm
            key={user.id}
            initial={{
              displayName: user.displayName,
              email: user.email,
              role: user.role,
              policeUnitId: user.policeUnitId ?? '',
              memberFirmId: user.memberFirmId ?? '',
            }}
            roles={admin && !self ? MANAGED_ROLES.admin : []}
            units={admin && !self ? places.units : null}
            firms={admin && !self ? places.firms : null}
            submitLabel={t('people.edit.submit')}
            pending={update.isPending}
            error={update.error}
            onSubmit={save}
          />
        </section>
        {admin ? <CapabilitiesPanel userId={user.id} locales={locales.data ?? []} /> : null}
      </div>
    </Page>
  );
}
