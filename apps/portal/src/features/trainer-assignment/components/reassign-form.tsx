import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ChoiceField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { QueryState } from '@/components/ui/query-state';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { useAllTrainers, type Trainer } from '@/features/trainer-assignment/api/get-trainers';
import type { TrainingRequest } from '@/features/trainer-assignment/api/get-training-requests';
import { useReassignTrainingRequest } from '@/features/trainer-assignment/api/reassign-training-request';

/**
 * Admins propose a trainer of their choice instead of the matcher's. Asks first (the trainer asked or
 * booked now is released); a trainer booked over the period is refused with the API's reason. A
 * co-delivered course (policy `co_delivery`) takes a pair, a member-firm expert and a local trainer of the
 * request's country, proposed together or not at all; with no local trainer chosen, the expert alone.
 */
export function ReassignForm({ request }: { request: TrainingRequest }) {
  const { t } = useTranslation();
  const format = useFormat();
  const trainers = useAllTrainers();
  const reassign = useReassignTrainingRequest();
  const [trainerId, setTrainerId] = useState('');
  const [coTrainerId, setCoTrainerId] = useState('');
  const [confirming, setConfirming] = useState(false);
  // Who was proposed, for the confirmation: the list's choice may have moved on since.
  const [proposed, setProposed] = useState<{ name: string; coName: string | null } | null>(null);
  const errors = useFieldErrors(reassign.error);
  const pair = request.deliveryPolicy === 'co_delivery';

  if (request.status === 'cancelled') return <p className="muted">{t('assignment.reassign.closed')}</p>;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (trainerId) setConfirming(true);
  };
  const label = (tr: Trainer) =>
    tr.pool === 'local'
      ? t('assignment.reassign.optionLocal', { name: tr.displayName, country: tr.countryCodes.join(', ') })
      : t('assignment.reassign.option', { name: tr.displayName, firm: tr.memberFirmName ?? '' });
  const optionsOf = (list: Trainer[]) =>
    list
      .map((tr) => ({ value: tr.id, label: label(tr) }))
      .sort((a, b) => a.label.localeCompare(b.label, format.locale));

  return (
    <QueryState query={trainers} loadingLabel={t('assignment.reassign.loadingTrainers')}>
      {(list) => {
        // A pair is an expert beside a local trainer of the request's country (the only one they teach in).
        const leads = pair ? list.filter((tr) => tr.pool === 'expert') : list;
        const locals = list.filter((tr) => tr.pool === 'local' && tr.countryCodes.includes(request.countryCode));
        const chosen = list.find((tr) => tr.id === trainerId);
        const chosenCo = pair ? list.find((tr) => tr.id === coTrainerId) : undefined;
        const names = {
          name: chosen?.displayName ?? '',
          coName: chosenCo?.displayName ?? '',
          course: request.courseTitle,
        };
        return (
          <form className="form" onSubmit={submit}>
            <FormError id={errors.errorId} error={reassign.error} title={t('assignment.reassign.failed')} />
            {pair && <p className="muted">{t('assignment.reassign.pairHint')}</p>}
            <ChoiceField
              label={pair ? t('assignment.reassign.expert') : t('assignment.reassign.trainer')}
              required
              value={trainerId}
              emptyLabel={t('assignment.reassign.chooseTrainer')}
              options={optionsOf(leads)}
              onChange={(e) => {
                setTrainerId(e.target.value);
                reassign.reset();
              }}
              {...errors.of('trainerId')}
            />
            {pair && (
              <ChoiceField
                label={t('assignment.reassign.localTrainer')}
                value={coTrainerId}
                emptyLabel={t('assignment.reassign.noLocalTrainer')}
                options={optionsOf(locals)}
                onChange={(e) => {
                  setCoTrainerId(e.target.value);
                  reassign.reset();
                }}
                {...errors.of('coTrainerId')}
              />
            )}
            <div className="actions">
              <button type="submit" className="button" disabled={reassign.isPending} aria-busy={reassign.isPending}>
                {reassign.isPending
                  ? t('assignment.reassign.submitting')
                  : chosenCo
                    ? t('assignment.reassign.submitPair')
                    : t('assignment.reassign.submit')}
              </button>
              <span className="form__status" role="status">
                {reassign.isSuccess && proposed
                  ? proposed.coName
                    ? t('assignment.reassign.donePair', { name: proposed.name, coName: proposed.coName })
                    : t('assignment.reassign.done', { name: proposed.name })
                  : ''}
              </span>
            </div>
            <ConfirmDialog
              open={confirming}
              title={
                chosenCo
                  ? t('assignment.reassign.confirmPairTitle', names)
                  : t('assignment.reassign.confirmTitle', names)
              }
              message={
                chosenCo
                  ? t('assignment.reassign.confirmPairMessage', names)
                  : t('assignment.reassign.confirmMessage', names)
              }
              confirmLabel={chosenCo ? t('assignment.reassign.submitPair') : t('assignment.reassign.submit')}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                if (chosen)
                  reassign.mutate(
                    { id: request.id, trainerId: chosen.id, coTrainerId: chosenCo?.id },
                    {
                      onSuccess: () => setProposed({ name: chosen.displayName, coName: chosenCo?.displayName ?? null }),
                    },
                  );
              }}
            />
          </form>
        );
      }}
    </QueryState>
  );
}
