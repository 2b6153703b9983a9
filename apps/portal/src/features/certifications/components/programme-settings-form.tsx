import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../../components/ui/fields';
import { FormError } from '../../../components/ui/form-error';
import { useFieldErrors } from '../../../hooks/use-field-errors';
import type { Programme } from '../api/get-programmes';
import { programmeSettingsValues, type ProgrammeSettingsValues } from '../lib/programme-form';

interface ProgrammeSettingsFormProps {
  programme: Programme;
  onSubmit: (values: ProgrammeSettingsValues) => void;
  pending: boolean;
  error: unknown;
  /** Shown once saved ("Saved."), for screen readers too. */
  savedMessage?: string;
}

/** What may change once a programme exists: its description, validity and recertification window. */
export function ProgrammeSettingsForm({ programme, onSubmit, pending, error, savedMessage }: ProgrammeSettingsFormProps) {
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
      <div className="form__row">
        <TextField
          label={t('certification.programmeForm.validityMonths')}
          hint={t('certification.programmeEditor.validityHint')}
          name="validityMonths"
          type="number"
          inputMode="numeric"
          min={1}
          max={120}
          step={1}
          required
          value={values.validityMonths}
          onChange={(e) => set({ validityMonths: e.target.value })}
          {...errors.of('validityMonths')}
        />
        <TextField
          label={t('certification.programmeForm.windowDays')}
          hint={t('certification.programmeForm.windowDaysHint')}
          name="recertificationWindowDays"
          type="number"
          inputMode="numeric"
          min={1}
          max={365}
          step={1}
          required
          value={values.recertificationWindowDays}
          onChange={(e) => set({ recertificationWindowDays: e.target.value })}
          {...errors.of('recertificationWindowDays')}
        />
      </div>
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
