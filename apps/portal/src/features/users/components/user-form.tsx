import { FIRM_ROLES, UNIT_ROLES, type Role } from '@icspa/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';

export interface UserFormValues {
  displayName: string;
  email: string;
  role: Role;
  /** Empty: none. */
  policeUnitId: string;
  memberFirmId: string;
}

export interface PlaceOption {
  value: string;
  label: string;
}

/**
 * Name, e-mail and — for whoever may choose them — role, police unit and member firm of an account. A reader
 * who manages one role (a coordinator: officers; a member admin: trainers) sees no role field, and their own
 * unit or firm is taken by the API; an admin picks the unit for unit roles and the firm for firm roles.
 */
export function UserForm({
  initial,
  roles,
  units,
  firms,
  submitLabel,
  pending,
  error,
  onSubmit,
}: {
  initial: UserFormValues;
  /** The roles the reader may give; one or none: no role field. */
  roles: readonly Role[];
  /** Units and firms to choose from; null: the reader does not choose (the API keeps or takes theirs). */
  units: readonly PlaceOption[] | null;
  firms: readonly PlaceOption[] | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: UserFormValues) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const errors = useFieldErrors(error);
  const set = (patch: Partial<UserFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({
      ...values,
      policeUnitId: UNIT_ROLES.includes(values.role) ? values.policeUnitId : '',
      memberFirmId: FIRM_ROLES.includes(values.role) ? values.memberFirmId : '',
    });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormError
        id={errors.errorId}
        error={error}
        title={t('people.form.notSaved')}
        labels={{
          displayName: t('people.form.name'),
          email: t('people.form.email'),
          role: t('people.form.role'),
          policeUnitId: t('people.form.unit'),
          memberFirmId: t('people.form.firm'),
        }}
      />
      <TextField
        label={t('people.form.name')}
        name="displayName"
        required
        maxLength={120}
        autoComplete="off"
        value={values.displayName}
        onChange={(e) => set({ displayName: e.target.value })}
        {...errors.of('displayName')}
      />
      <TextField
        label={t('people.form.email')}
        name="email"
        type="email"
        inputMode="email"
        required
        maxLength={254}
        autoComplete="off"
        value={values.email}
        onChange={(e) => set({ email: e.target.value })}
        {...errors.of('email')}
      />
      {roles.length > 1 ? (
        <ChoiceField
          label={t('people.form.role')}
          name="role"
          required
          value={values.role}
          options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          onChange={(e) => set({ role: e.target.value as Role })}
          {...errors.of('role')}
        />
      ) : null}
      {units && UNIT_ROLES.includes(values.role) ? (
        <ChoiceField
          label={t('people.form.unit')}
          name="policeUnitId"
          required
          emptyLabel={t('people.form.chooseUnit')}
          value={values.policeUnitId}
          options={units}
          onChange={(e) => set({ policeUnitId: e.target.value })}
          {...errors.of('policeUnitId')}
        />
      ) : null}
      {firms && FIRM_ROLES.includes(values.role) ? (
        <ChoiceField
          label={t('people.form.firm')}
          name="memberFirmId"
          required
          emptyLabel={t('people.form.chooseFirm')}
          value={values.memberFirmId}
          options={firms}
          onChange={(e) => set({ memberFirmId: e.target.value })}
          {...errors.of('memberFirmId')}
        />
      ) : null}
      <button type="submit" className="button" disabled={pending} aria-busy={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
