import { useId } from 'react';
import { useFormat } from '@/hooks/use-format';

interface ProgressBarProps {
  /** Done, from 0 to 100. */
  value: number;
  /** What progresses ("Lessons done"); visible, and the bar's accessible name. */
  label: string;
}

/** A native `<progress>` (role progressbar, its value announced) with its label and percentage in view. */
export function ProgressBar({ value, label }: ProgressBarProps) {
  const id = useId();
  const format = useFormat();
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="progress">
      <span id={id} className="progress__label">
        {label}
      </span>
      <progress className="progress__bar" max={100} value={percent} aria-labelledby={id} />
      <span className="progress__value" aria-hidden="true">
        {format.percent(percent)}
      </span>
    </div>
  );
}
