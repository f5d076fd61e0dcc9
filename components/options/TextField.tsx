import { useId, type ReactNode, type Ref } from 'react';
import type { Finding } from '@/lib/model/report';
import { FieldMessages } from './FieldMessages';
import { describedBy, hasError } from './field-props';
import { FieldError, FieldLabel } from './FieldLabel';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  findings?: Finding[];
  maxLength: number;
  inputMode?: 'text' | 'url' | 'email';
  autoComplete?: string;
  /** A date input (`YYYY-MM-DD`), e.g. "Expires on". */
  type?: 'text' | 'date';
  /** Needed to run a diagnosis: marked with a visible "*" and `aria-required`. */
  required?: boolean;
  /** Why the form refused this value (e.g. an empty form is not saved). */
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A labelled text input. Site URL and email are plain `type=text` on purpose: `type=url` would
 * refuse to save a doubtful URL, and `type=email` trims the value, hiding the very white space
 * the checks are meant to point out.
 */
export function TextField({
  label,
  value,
  onChange,
  onBlur,
  hint,
  findings = [],
  maxLength,
  inputMode,
  autoComplete = 'off',
  type = 'text',
  required,
  error,
  inputRef,
}: Props) {
  const id = useId();
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <input
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        aria-required={required || undefined}
        aria-invalid={hasError(findings) || !!error || undefined}
        aria-describedby={describedBy(
          !!error && `${id}-error`,
          hint !== undefined && `${id}-hint`,
          findings.length > 0 && `${id}-messages`,
        )}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      <FieldError id={`${id}-error`} message={error} />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldMessages id={`${id}-messages`} findings={findings} />
    </div>
  );
}
