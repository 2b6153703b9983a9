import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/fields';
import type { useFieldErrors } from '@/hooks/use-field-errors';

interface Terms {
  validityMonths: string;
  recertificationWindowDays: string;
}

/** Validity and recertification window: the same two fields when a programme is created and edited. */
export function ProgrammeTermsFields({
  values,
  set,
  errors,
  validityHint,
}: {
  values: Terms;
  set: (patch: Partial<Terms>) => void;
  errors: ReturnType<typeof useFieldErrors>;
  validityHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="form__row">
      <TextField
        label={t('certification.programmeForm.validityMonths')}
        hint={validityHint}
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
  );
}
