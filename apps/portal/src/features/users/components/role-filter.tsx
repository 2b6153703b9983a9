import { ROLES, type Role } from '@icspa/domain';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/ui/select-field';

export function RoleFilter({
  value,
  onChange,
  roles = ROLES,
}: {
  value: Role | undefined;
  onChange: (role: Role | undefined) => void;
  /** The roles to filter by (those the reader manages). */
  roles?: readonly Role[];
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t('users.filters.role')}
      emptyLabel={t('users.filters.allRoles')}
      value={value ?? ''}
      options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      onChange={(v) => onChange((v || undefined) as Role | undefined)}
    />
  );
}
