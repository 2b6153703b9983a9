import { MANAGED_ROLES } from '@icspa/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/ui/page';
import { paths } from '@/config/paths';
import { useSignedInUser } from '@/features/auth/api/get-me';
import { useCreateUser, type CreatedUser } from '@/features/users/api/create-user';
import { AccountLinkPanel } from '@/features/users/components/account-link-panel';
import { UserForm } from '@/features/users/components/user-form';
import { usePeoplePlaces } from './people-options';

/**
 * Adds a person and invites them: the API creates the account without a password and issues a one-time
 * invitation, e-mailed when e-mail is configured, otherwise shown here for the reader to hand over.
 */
export function UserNewRoute() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const roles = MANAGED_ROLES[me?.role ?? 'officer'];
  const admin = me?.role === 'admin';
  const places = usePeoplePlaces(admin);
  const create = useCreateUser();
  const [created, setCreated] = useState<CreatedUser | null>(null);
  if (roles.length === 0) return null;

  return (
    <Page
      title={t('people.new.title')}
      description={t('people.new.description')}
      actions={<Link to={paths.app.users.getHref()}>{t('users.backToList')}</Link>}
    >
      {created ? (
        <div className="stack">
          {created.invitation ? (
            <AccountLinkPanel link={created.invitation} kind="invitation" name={created.displayName} />
          ) : null}
          <p className="actions">
            <Link className="button" to={paths.app.user.getHref({ userId: created.id })}>
              {t('people.new.open', { name: created.displayName })}
            </Link>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                create.reset();
                setCreated(null);
              }}
            >
              {t('people.new.another')}
            </button>
          </p>
        </div>
      ) : (
        <div className="card">
          <UserForm
            initial={{ displayName: '', email: '', role: roles[0], policeUnitId: '', memberFirmId: '' }}
            roles={roles}
            units={places.units}
            firms={places.firms}
            submitLabel={create.isPending ? t('people.new.submitting') : t('people.new.submit')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(values) =>
              create.mutate(
                {
                  displayName: values.displayName.trim(),
                  email: values.email.trim(),
                  role: values.role,
                  policeUnitId: admin && values.policeUnitId ? values.policeUnitId : undefined,
                  memberFirmId: admin && values.memberFirmId ? values.memberFirmId : undefined,
                },
                { onSuccess: setCreated },
              )
            }
          />
        </div>
      )}
    </Page>
  );
}
