import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/ui/fields';
import {
  factsComplete,
  useTrainerOptions,
  type CohortFacts,
} from '@/features/trainer-assignment/api/get-trainer-options';

interface TrainerPickerFieldProps {
  /** The cohort as the form holds it; nothing is asked until course, language and dates are there. */
  facts: Partial<CohortFacts>;
  value: string;
  onChange: (trainerId: string) => void;
  /** The trainer the cohort has now (kept as a choice even when they no longer qualify). */
  currentTrainer?: { id: string; name: string | null };
  /** Whether "no trainer" may be chosen. */
  allowNone: boolean;
  invalid?: boolean;
  errorId?: string;
}

/**
 * The cohort form's trainer choice: only trainers qualified for the course and free for its dates, by the
 * matcher's own rules (`GET /api/trainers/for-cohort`), and below it the others with the reason each is left
 * out. Saving still goes through the trainer's booking: a trainer booked meanwhile is refused by the API.
 */
export function TrainerPickerField({
  facts,
  value,
  onChange,
  currentTrainer,
  allowNone,
  invalid,
  errorId,
}: TrainerPickerFieldProps) {
  const { t } = useTranslation();
  const ready = factsComplete(facts);
  const options = useTrainerOptions(facts);
  const items = ready ? (options.data?.items ?? []) : [];
  const eligible = items.filter((i) => i.excludedBy === null);
  const excluded = items.filter((i) => i.excludedBy !== null);
  const choices = eligible.map((i) => ({
    value: i.id,
    label: i.memberFirmName
      ? `${i.displayName} (${i.memberFirmName})`
      : `${i.displayName} (${t('trainerPicker.local')})`,
  }));
  if (value && !choices.some((c) => c.value === value)) {
    const kept = items.find((i) => i.id === value);
    const name = kept?.displayName ?? (currentTrainer?.id === value ? currentTrainer.name : null) ?? value;
    choices.unshift({
      value,
      label: kept?.excludedBy ? `${name} — ${t(`trainerPicker.reason.${kept.excludedBy}`)}` : name,
    });
  }
  const hint = !ready
    ? t('trainerPicker.needFacts')
    : options.isPending
      ? t('trainerPicker.loading')
      : options.isError
        ? t('trainerPicker.failed')
        : t('trainerPicker.summary', { count: eligible.length });
  return (
    <div className="trainer-picker">
      <ChoiceField
        label={t('cohortForm.trainer')}
        hint={hint}
        value={value}
        disabled={!ready && !value}
        emptyLabel={allowNone ? t('cohortForm.noTrainer') : undefined}
        options={choices}
        onChange={(e) => onChange(e.target.value)}
        invalid={invalid}
        errorId={errorId}
      />
      {ready && excluded.length > 0 ? (
        <details className="trainer-picker__excluded">
          <summary>{t('trainerPicker.excluded', { count: excluded.length })}</summary>
          <ul>
            {excluded.map((i) => (
              <li key={i.id}>
                <span>{i.displayName}</span>
                {i.memberFirmName ? <span className="muted"> ({i.memberFirmName})</span> : null}:{' '}
                {i.excludedBy ? t(`trainerPicker.reason.${i.excludedBy}`) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
