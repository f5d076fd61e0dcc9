/**
 * A field's label, with a visible "*" when the field is required. The star sits beside the
 * label, outside it and hidden from the accessibility tree: the input's `aria-required` says it,
 * and the label's text (the field's contract name) stays exactly what it was.
 */
export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  if (!required) return <label htmlFor={htmlFor}>{label}</label>;
  return (
    <div className="field-label-row">
      <label htmlFor={htmlFor}>{label}</label>
      <span className="required-mark" aria-hidden="true">
        *
      </span>
    </div>
  );
}

/** A message about the field from the form itself (not a finding): shown under it, read with it. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error" data-field-error="">
      <span aria-hidden="true">✖ </span>
      {message}
    </p>
  );
}
