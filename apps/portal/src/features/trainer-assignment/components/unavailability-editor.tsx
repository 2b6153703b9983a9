import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { TextField } from '@/components/ui/fields';
import { FormError } from '@/components/ui/form-error';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormat } from '@/hooks/use-format';
import { useAddUnavailability } from '@/features/trainer-assignment/api/add-unavailability';
import type { Trainer, Unavailability } from '@/features/trainer-assignment/api/get-trainers';
import { useRemoveUnavailability } from '@/features/trainer-assignment/api/remove-unavailability';
import {
  emptyUnavailability,
  unavailabilityBody,
  type UnavailabilityFormValues,
} from '@/features/trainer-assignment/lib/unavailability-form';

/**
 * A trainer's coming periods of unavailability (the matcher proposes nothing over them), to add and
 * remove. A list rather than a table: it sits in the narrow column beside the profile.
 */
export function UnavailabilityEditor({ trainer }: { trainer: Trainer }) {
  const { t } = useTranslation();
  const format = useFormat();
  // A removed period leaves the list, its button with it: announce the removal here.
  const [removed, setRemoved] = useState(false);
  return (
    <section className="card" aria-labelledby="unavailability-title">
      <h2 id="unavailability-title">{t('assignment.unavailability.title')}</h2>
      <p className="muted">{t('assignment.unavailability.description')}</p>
      <p className="visually-hidden" role="status">
        {removed ? t('assignment.unavailability.removed') : ''}
      </p>
      {trainer.unavailability.length === 0 ? (
        <p className="empty">{t('assignment.unavailability.empty')}</p>
      ) : (
        <ul className="stack" aria-label={t('assignment.unavailability.listLabel', { name: trainer.displayName })}>
          {trainer.unavailability.map((period) => (
            <li key={period.id} className="period">
              <span>
                {t('assignment.unavailability.period', {
                  from: format.dateTime(period.startsAt),
                  until: format.dateTime(period.endsAt),
                })}
                {period.reason ? <span className="muted cell-note">{period.reason}</span> : null}
              </span>
              <RemovePeriod trainerId={trainer.id} period={period} onRemoved={() => setRemoved(true)} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="section">{t('assignment.unavailability.addTitle')}</h3>
      <AddUnavailabilityForm trainerId={trainer.id} />
    </section>
  );
}

/** Removes a period after asking; the removal is announced, a refusal shown beside the button. */
function RemovePeriod({
  trainerId,
  period,
  onRemoved,
}: {
  trainerId: string;
  period: Unavailability;
  onRemoved: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useRemoveUnavailability();
  return (
    <div className="row-action">
      <ConfirmButton
        className="button button--small button--secondary"
        label={remove.isPending ? t('assignment.unavailability.removing') : t('common.remove')}
        accessibleLabel={t('assignment.unavailability.removeNamed', { from: format.dateTime(period.startsAt) })}
        title={t('assignment.unavailability.removeTitle')}
        message={t('assignment.unavailability.removeMessage', {
          from: format.dateTime(period.startsAt),
          until: format.dateTime(period.endsAt),
        })}
        confirmLabel={t('common.remove')}
        busy={remove.isPending}
        onConfirm={() => remove.mutate({ trainerId, unavailabilityId: period.id }, { onSuccess: onRemoved })}
      />
      <span
        role="status"
        className={remove.isError ? 'row-action__message row-action__message--error' : 'row-action__message'}
      >
        {remove.isError ? errorText(remove.error, t) : ''}
      </span>
    </div>
  );
}

function AddUnavailabilityForm({ trainerId }: { trainerId: string }) {
  const { t } = useTranslation();
  const add = useAddUnavailability();
  const [values, setValues] = useState<UnavailabilityFormValues>(emptyUnavailability);
  const errors = useFieldErrors(add.error);
  const set = (patch: Partial<UnavailabilityFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate({ trainerId, ...unavailabilityBody(values) }, { onSuccess: () => setValues(emptyUnavailability()) });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormError id={errors.errorId} error={add.error} title={t('assignment.unavailability.failed')} />
      <TextField
        label={t('assignment.unavailability.from')}
        type="datetime-local"
        required
        value={values.startsAt}
        onChange={(e) => set({ startsAt: e.target.value })}
        {...errors.of('startsAt')}
      />
      <TextField
        label={t('assignment.unavailability.until')}
        type="datetime-local"
        required
        min={values.startsAt || undefined}
        value={values.endsAt}
        onChange={(e) => set({ endsAt: e.target.value })}
        {...errors.of('endsAt')}
      />
      <TextField
        label={t('assignment.unavailability.reason')}
        maxLength={200}
        value={values.reason}
        onChange={(e) => set({ reason: e.target.value })}
        {...errors.of('reason')}
      />
      <div className="actions">
        <button type="submit" className="button" disabled={add.isPending} aria-busy={add.isPending}>
          {add.isPending ? t('assignment.unavailability.adding') : t('assignment.unavailability.add')}
        </button>
        <span className="form__status" role="status">
          {add.isSuccess && !add.isPending ? t('assignment.unavailability.added') : ''}
        </span>
      </div>
    </form>
  );
}
