import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { ConfirmButton } from '@/components/ui/confirm-dialog';
import { useCancelTrainingRequest } from '@/features/trainer-assignment/api/cancel-training-request';
import type { TrainingRequest } from '@/features/trainer-assignment/api/get-training-requests';

/** Cancels the request after asking; a cancelled request has nothing left to cancel. */
export function CancelRequest({ request }: { request: TrainingRequest }) {
  const { t } = useTranslation();
  const cancel = useCancelTrainingRequest();
  return (
    <>
      {cancel.isError ? <ErrorMessage error={cancel.error} /> : null}
      <p className="visually-hidden" role="status">
        {cancel.isSuccess ? t('assignment.request.cancelled') : ''}
      </p>
      {request.status === 'cancelled' ? null : (
        <div className="actions section">
          <ConfirmButton
            className="button button--danger-secondary"
            label={cancel.isPending ? t('assignment.request.cancelling') : t('assignment.request.cancel')}
            title={t('assignment.request.cancelTitle')}
            message={t('assignment.request.cancelMessage', { course: request.courseTitle })}
            confirmLabel={t('assignment.request.cancel')}
            danger
            busy={cancel.isPending}
            onConfirm={() => cancel.mutate(request.id)}
          />
        </div>
      )}
    </>
  );
}
