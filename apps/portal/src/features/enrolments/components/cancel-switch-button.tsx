import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/errors/error-message';
import { useWithdrawEnrolment } from '@/features/enrolments/api/withdraw-enrolment';

/** Cancels a pending "switch to this run": withdraws the waiting place; the seat the officer holds stays theirs. */
export function CancelSwitchButton({ enrolmentId }: { enrolmentId: string }) {
  const { t } = useTranslation();
  const withdraw = useWithdrawEnrolment();
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => withdraw.mutate(enrolmentId)}
        disabled={withdraw.isPending}
        aria-busy={withdraw.isPending}
      >
        {withdraw.isPending ? t('switchRun.cancelling') : t('switchRun.cancel')}
      </button>
      {withdraw.isError ? <ErrorMessage error={withdraw.error} /> : null}
    </>
  );
}
