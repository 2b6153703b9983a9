import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** What every field takes besides its control's own attributes. */
interface FieldFrame {
  label: ReactNode;
  /** A short help text under the label, read with the control. */
  hint?: ReactNode;
  /** The API named this field in its refusal. */
  invalid?: boolean;
  /** The id of the message explaining the refusal (see `useFieldErrors`). */
  errorId?: string;
  className?: string;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

type TextFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'>;

/** A labelled input. */
export function TextField({ label, hint, invalid, errorId, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? hintId : false, invalid && errorId)}
        {...input}
      />
    </div>
  );
}

type TextAreaFieldProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'>;

/** A labelled multi-line input. */
export function TextAreaField({ label, hint, invalid, errorId, className, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? hintId : false, invalid && errorId)}
        {...textarea}
      />
    </div>
  );
}

export interface ChoiceOption {
  value: string;
  label: string;
}

type ChoiceFieldProps = FieldFrame &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> & {
    options: readonly ChoiceOption[];
    /** A first, empty choice ("Choose a course…", "No trainer yet"). */
    emptyLabel?: string;
  };

/** A labelled select for a form (filters use `SelectField`). */
export function ChoiceField({
  label,
  hint,
  invalid,
  errorId,
  className,
  options,
  emptyLabel,
  ...select
}: ChoiceFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? hintId : false, invalid && errorId)}
        {...select}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type CheckboxFieldProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'type'>;

/** A checkbox with its label beside it. */
export function CheckboxField({ label, hint, invalid, errorId, className, ...input }: CheckboxFieldProps) {
  const id = useId();
  const hintId = useId();
  return (
    <div className={className ? `check ${className}` : 'check'}>
      <input
        id={id}
        type="checkbox"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? hintId : false, invalid && errorId)}
        {...input}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint check__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
