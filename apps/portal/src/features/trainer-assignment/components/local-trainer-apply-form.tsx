import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { useApplyLocalTrainer } from '@/features/trainer-assignment/api/apply-local-trainer';

export interface CertificationChoice {
  id: string;
  programmeName: string;
  expiresAt: string;
}

/**
 * An officer applies to become a local trainer: which of their active certifications (the API accepts a
 * train-the-trainer one only, and says so), the languages they teach in and how many courses a quarter.
 */
export function LocalTrainerApplyForm({ certifications }: { certifications: readonly CertificationChoice[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const apply = useApplyLocalTrainer();
  const errors = useFieldErrors(apply.error);
  const [certificationId, setCertificationId] = useState('');
  const [languages, setLanguages] = useState('');
  const [load, setLoad] = useState('3');

  if (certifications.length === 0) return <p className="muted">{t('localTrainers.apply.noCertification')}</p>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply.mutate({
      certificationId,
      languages: languages
        .split(/[\s,;]+/)
        .map((l) => l.trim())
        .filter(Boolean),
      loadLimitPerQuarter: Number(load),
    });
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError
        id={errors.errorId}
        error={apply.error}
        title={t('localTrainers.apply.failed')}
        labels={{
          certificationId: t('localTrainers.apply.certification'),
          languages: t('localTrainers.apply.languages'),
          loadLimitPerQuarter: t('localTrainers.apply.load'),
        }}
      />
      <ChoiceField
        label={t('localTrainers.apply.certification')}
        required
        value={certificationId}
        emptyLabel={t('localTrainers.apply.chooseCertification')}
        options={certifications.map((c) => ({
          value: c.id,
          label: t('localTrainers.apply.certificationOption', {
            programme: c.programmeName,
            date: format.date(c.expiresAt),
          }),
        }))}
        onChange={(e) => setCertificationId(e.target.value)}
        {...errors.of('certificationId')}
      />
      <TextField
        label={t('localTrainers.apply.languages')}
        hint={t('localTrainers.apply.languagesHint')}
        required
        value={languages}
        onChange={(e) => setLanguages(e.target.value)}
        {...errors.of('languages')}
      />
      <TextField
        label={t('localTrainers.apply.load')}
        type="number"
        min={1}
        max={50}
        required
        value={load}
        onChange={(e) => setLoad(e.target.value)}
        {...errors.of('loadLimitPerQuarter')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={apply.isPending} aria-busy={apply.isPending}>
          {apply.isPending ? t('localTrainers.apply.submitting') : t('localTrainers.apply.submit')}
        </button>
        <span className="form__status" role="status">
          {apply.isSuccess ? t('localTrainers.apply.done') : ''}
        </span>
      </div>
    </form>
  );
}
