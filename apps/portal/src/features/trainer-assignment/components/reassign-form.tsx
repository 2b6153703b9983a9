import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ChoiceField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { QueryState } from '@/components/ui/query-state';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { useAllTrainers } from '@/features/trainer-assignment/api/get-trainers';
import type { TrainingRequest } from '@/features/trainer-assignment/api/get-training-requests';
import { useReassignTrainingRequest } from '@/features/trainer-assignment/api/reassign-training-request';

/**
 * Admins propose a trainer of their choice instead of the matcher's. Asks first (the trainer asked or
 * booked now is released); a trainer booked over the period is refused with the API's reason.
 */
export function ReassignForm({ request }: { request: TrainingRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trainers = useAllTrainers();
  const reassign = useReassignTrainingRequest();
  const [trainerId, setTrainerId] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Who was proposed, for the confirmation: the list's choice may have moved on since.
  const [proposed, setProposed] = useState<string | null>(null);
  const errors = useFieldErrors(reassign.error);

  if (request.status === 'cancelled') return <p className="muted">{t('assignment.reassign.closed')}</p>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (trainerId) setConfirming(true);
  };

  return (
    <QueryState query={trainers} loadingLabel={t('assignment.reassign.loadingTrainers')}>
      {(list) => {
        const options = list
          .map((tr) => ({
            value: tr.id,
            label: t('assignment.reassign.option', { name: tr.displayName, firm: tr.memberFirmName }),
          }))
          .sort((a, b) => a.label.localeCompare(b.label, format.locale));
        const chosen = list.find((tr) => tr.id === trainerId);
        return (
          <form className="form" onSubmit={submit}>
            <FormError id={errors.errorId} error={reassign.error} title={t('assignment.reassign.failed')} />
            <ChoiceField
              label={t('assignment.reassign.trainer')}
              required
              value={trainerId}
              emptyLabel={t('assignment.reassign.chooseTrainer')}
              options={options}
              onChange={(e) => {
                setTrainerId(e.target.value);
                reassign.reset();
              }}
              {...errors.of('trainerId')}
            />
            <div className="actions">
              <button type="submit" className="button" disabled={reassign.isPending} aria-busy={reassign.isPending}>
                {reassign.isPending ? t('assignment.reassign.submitting') : t('assignment.reassign.submit')}
              </button>
              <span className="form__status" role="status">
                {reassign.isSuccess && proposed ? t('assignment.reassign.done', { name: proposed }) : ''}
              </span>
            </div>
            <ConfirmDialog
              open={confirming}
              title={t('assignment.reassign.confirmTitle', { name: chosen?.displayName ?? '' })}
              message={t('assignment.reassign.confirmMessage', {
                name: chosen?.displayName ?? '',
                course: request.courseTitle,
              })}
              confirmLabel={t('assignment.reassign.submit')}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                if (chosen)
                  reassign.mutate(
                    { id: request.id, trainerId: chosen.id },
                    { onSuccess: () => setProposed(chosen.displayName) },
                  );
              }}
            />
          </form>
        );
      }}
    </QueryState>
  );
}
