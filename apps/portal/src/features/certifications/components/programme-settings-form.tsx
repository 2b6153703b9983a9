import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { ProgrammeTermsFields } from './programme-terms-fields';
import type { Programme } from '@/features/certifications/api/get-programmes';
import { programmeSettingsValues, type ProgrammeSettingsValues } from '@/features/certifications/lib/programme-form';

interface ProgrammeSettingsFormProps {
  programme: Programme;
  onSubmit: (values: ProgrammeSettingsValues) => void;
  pending: boolean;
  error: unknown;
  /** Shown once saved ("Saved."), for screen readers too. */
  savedMessage?: string;
}

/** What may change once a programme exists: its description, validity and recertification window. */
export function ProgrammeSettingsForm({
  programme,
  onSubmit,
  pending,
  error,
  savedMessage,
}: ProgrammeSettingsFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProgrammeSettingsValues>(() => programmeSettingsValues(programme));
  const errors = useFieldErrors(error);
  const set = (patch: Partial<ProgrammeSettingsValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError id={errors.errorId} error={error} title={t('forms.notSaved')} />
      <TextAreaField
        label={t('certification.programmeForm.description')}
        hint={t('certification.programmeForm.descriptionHint')}
        name="description"
        required
        minLength={10}
        maxLength={4000}
        rows={4}
        value={values.description}
        onChange={(e) => set({ description: e.target.value })}
        {...errors.of('description')}
      />
      <ProgrammeTermsFields
        values={values}
        set={set}
        errors={errors}
        validityHint={t('certification.programmeEditor.validityHint')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={pending} aria-busy={pending}>
          {pending ? t('forms.saving') : t('forms.save')}
        </button>
        <span className="form__status" role="status">
          {savedMessage && !pending && !error ? savedMessage : ''}
        </span>
      </div>
    </form>
  );
}
