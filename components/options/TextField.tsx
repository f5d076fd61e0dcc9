import { useId, type ReactNode } from 'react';
import type { Finding } from '@/lib/model/report';
import { FieldMessages } from './FieldMessages';
import { describedBy, hasError } from './field-props';

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
}: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellCheck={false}
        autoCapitalize="off"
        aria-invalid={hasError(findings) || undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-hint`, findings.length > 0 && `${id}-messages`)}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldMessages id={`${id}-messages`} findings={findings} />
    </div>
  );
}
