import { useEffect, useId, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import type { Finding } from '@/lib/model/report';
import { FieldMessages } from './FieldMessages';
import { describedBy, hasError } from './field-props';
import { FieldLabel } from './FieldLabel';

interface Props {
  label: string;
  /** "token": the reveal button reads "Show token" / "Hide token". */
  noun: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  hint?: ReactNode;
  findings?: Finding[];
  maxLength: number;
  /** Needed to run a diagnosis: marked with a visible "*" and `aria-required`. */
  required?: boolean;
}

/**
 * A masked secret input with a reveal toggle. The secret is set on the element as a property,
 * never rendered as a `value` attribute, so it does not show up in the DOM's markup.
 */
export function SecretField({ label, noun, value, onChange, onBlur, hint, findings = [], maxLength, required }: Props) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [revealed, setRevealed] = useState(false);

  useEffect(() => {
    const input = ref.current;
    if (input && input.value !== value) input.value = value;
  }, [value]);

  // Browsers drop line breaks pasted into an input. Keep them in the value, so the checks can say
  // that the copied token carries one: the integration's copy of it most likely does too.
  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData('text/plain') || event.clipboardData.getData('text');
    if (!/[\r\n]/.test(pasted)) return;
    event.preventDefault();
    const input = event.currentTarget;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    onChange((input.value.slice(0, start) + pasted + input.value.slice(end)).slice(0, maxLength));
  }

  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      <div className="secret-row">
        <input
          ref={ref}
          id={id}
          type={revealed ? 'text' : 'password'}
          maxLength={maxLength}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          aria-required={required || undefined}
          aria-invalid={hasError(findings) || undefined}
          aria-describedby={describedBy(hint !== undefined && `${id}-hint`, findings.length > 0 && `${id}-messages`)}
          onChange={(e) => onChange(e.target.value)}
          onPaste={onPaste}
          onBlur={onBlur}
        />
        <button type="button" className="button-small" aria-controls={id} onClick={() => setRevealed((r) => !r)}>
          {revealed ? `Hide ${noun}` : `Show ${noun}`}
        </button>
      </div>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldMessages id={`${id}-messages`} findings={findings} />
    </div>
  );
}
