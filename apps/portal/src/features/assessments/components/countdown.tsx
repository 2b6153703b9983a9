import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countdownLevel, countdownParts, formatCountdown, remainingMs } from '@/features/assessments/lib/countdown';

/**
 * The time left of a timed attempt, ticking each second. The clock itself is a `timer` (not read out at
 * each tick); screen readers hear once when five minutes and one minute are left, and when time is up.
 */
export function Countdown({ deadlineAt, onExpire }: { deadlineAt: string; onExpire?: () => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [now, setNow] = useState(() => Date.now());
  const ms = remainingMs(deadlineAt, now);
  const level = countdownLevel(ms);
  const initialLevel = useRef(level);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    if (level === 'over') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [level]);

  useEffect(() => {
    if (level === 'over') expire.current?.();
  }, [level]);

  const { minutes, seconds } = countdownParts(ms);
  const announcement = level !== initialLevel.current && level !== 'plenty' ? t(`assessment.countdown.${level}`) : '';

  return (
    <div className={`countdown countdown--${level}`}>
      <span id={labelId} className="countdown__label">
        {t('assessment.timeLeft')}
      </span>{' '}
      <span role="timer" aria-labelledby={labelId} className="countdown__clock">
        <span aria-hidden="true">{formatCountdown(ms)}</span>
        <span className="visually-hidden">{t('assessment.countdown.spoken', { minutes, seconds })}</span>
      </span>
      <span className="visually-hidden" aria-live="assertive">
        {announcement}
      </span>
    </div>
  );
}
