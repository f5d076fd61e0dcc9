/** A kind's fields, rendered from its form (lib/kinds/<kind>/fields.ts), checked as you type by the engine's own lint. */
import { Fragment, type ReactNode } from 'react';
import type { FieldSpec, HintPart } from '@/lib/kinds/field-spec';
import { KIND_FORMS } from '@/lib/kinds/forms';
import type { KindFieldsProps } from './kind-fields-props';
import { KIND_EXTRAS } from './KindExtras';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

function hintOf(field: FieldSpec, target: string | undefined): ReactNode {
  if (target && field.targetHint) return field.targetHint(target);
  const parts = field.hint;
  if (parts.every((part): part is string => typeof part === 'string')) return parts.join('');
  return (
    <>
      {parts.map((part: HintPart, i) =>
        typeof part === 'string' ? (
          <Fragment key={i}>{part}</Fragment>
        ) : (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}

export function KindFields(props: KindFieldsProps) {
  const { form, findingsFor, target, onChange, onTouch } = props;
  const extra = KIND_EXTRAS[form.kind];
  return (
    <>
      {KIND_FORMS[form.kind].fields.map((field) => {
        const common = {
          label: field.label,
          value: form[field.name],
          maxLength: field.maxLength,
          required: field.required,
          hint: hintOf(field, target),
          findings: findingsFor(field.name),
          onChange: (value: string) => onChange({ [field.name]: value }),
          onBlur: () => onTouch(field.name),
        };
        return (
          <Fragment key={field.name}>
            {field.secret ? (
              <SecretField {...common} noun={field.noun ?? 'secret'} />
            ) : (
              <TextField {...common} inputMode={field.inputMode} type={field.type} />
            )}
            {extra?.after === field.name && <extra.Extra {...props} />}
          </Fragment>
        );
      })}
    </>
  );
}
