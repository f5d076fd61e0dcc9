/**
 * "Expires on": the optional date a kind's form offers when its secret does not say when it ends
 * (Atlassian API tokens, organization API keys, Data Center PATs: their pages show the date). A
 * kind gets it with one line in its fields.ts (`EXPIRES_ON_FIELD,` in `fields`); the stored
 * record accepts it for every kind whose form has it (lib/profiles/record.ts `expiryEntry`).
 * https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 */
import type { FieldSpec } from './field-spec';

export const EXPIRES_ON_FIELD: FieldSpec = {
  name: 'expiresOn',
  label: 'Expires on',
  secret: false,
  required: false,
  type: 'date',
  maxLength: 10,
  hint: ['Optional: the expiry date the token page shows. Token Doctor warns a week before, and the watch tells you.'],
};
