import type { Finding, ProfileField } from '@/lib/model/report';
import type { FormField, FormValues } from './profile-draft';

/** What every kind's fields get from the form. */
export interface KindFieldsProps {
  form: FormValues;
  /** The local checks' findings for a field, once it may show them (not while empty and untouched). */
  findingsFor: (field: ProfileField) => Finding[];
  /** What the engine will contact, when the input says ("https://acme.atlassian.net"). */
  target?: string;
  onChange: (patch: Partial<FormValues>) => void;
  onTouch: (field: FormField) => void;
}
