import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '@/components/errors/error-text';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useFormat } from '@/hooks/use-format';
import { useUptakeStatus } from '@/features/uptake/api/get-uptake-status';
import { useRefreshUptake } from '@/features/uptake/api/refresh-uptake';

/** How often to ask how the refresh goes, and when to stop waiting for it. */
const POLL_MS = 1000;
const GIVE_UP_MS = 10 * 60_000;

/**
 * "Refresh now" (admins): asks the worker to take the figures again, then follows its progress until the
 * time of the figures changes (or the worker reports it failed), and reloads every figure on the page.
 */
export function RefreshFigures() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const refresh = useRefreshUptake();
  const [waiting, setWaiting] = useState<{ asOf: string | null; since: number } | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'done' | 'failed'; asOf: string | null } | { kind: 'timeout' } | null>(
    null,
  );
  const status = useUptakeStatus(waiting ? POLL_MS : false);

  useEffect(() => {
    if (!waiting || !status.data) return;
    if (!status.data.refreshing && status.data.asOf !== waiting.asOf) {
      setWaiting(null);
      setOutcome({ kind: 'done', asOf: status.data.asOf });
      void queryClient.invalidateQueries({ queryKey: ['uptake'] });
    } else if (
      !status.data.refreshing &&
      status.data.failedAt &&
      new Date(status.data.failedAt).getTime() >= waiting.since
    ) {
      // The worker gave up on this refresh: say so rather than spin until the give-up time.
      setWaiting(null);
      setOutcome({ kind: 'failed', asOf: status.data.asOf });
    } else if (Date.now() - waiting.since > GIVE_UP_MS) {
      setWaiting(null);
      setOutcome({ kind: 'timeout' });
    }
  }, [status.data, waiting, queryClient]);

  const start = () => {
    setOutcome(null);
    const before = status.data?.asOf ?? null;
    refresh.mutate(undefined, {
      onSuccess: () => {
        setWaiting({ asOf: before, since: Date.now() });
        void status.refetch();
      },
    });
  };

  const busy = refresh.isPending || waiting !== null;
  const failed = refresh.isError || outcome?.kind === 'failed';
  const message = refresh.isError
    ? errorText(refresh.error, t)
    : outcome?.kind === 'failed'
      ? t('uptake.refresh.failed', { time: outcome.asOf ? format.dateTime(outcome.asOf) : '' })
      : outcome?.kind === 'done'
        ? t('uptake.refresh.done', { time: outcome.asOf ? format.dateTime(outcome.asOf) : '' })
        : outcome?.kind === 'timeout'
          ? t('uptake.refresh.timeout')
          : '';

  return (
    <div className="refresh">
      <button
        type="button"
        className="button button--secondary"
        onClick={start}
        disabled={busy}
        aria-busy={busy || undefined}
      >
        {busy ? t('uptake.refresh.running') : t('uptake.refresh.button')}
      </button>
      {waiting ? (
        <ProgressBar value={status.data?.refreshing ? status.data.progress : 0} label={t('uptake.refresh.progress')} />
      ) : null}
      <p role="status" className={failed ? 'refresh__message refresh__message--error' : 'refresh__message'}>
        {message}
      </p>
    </div>
  );
}
