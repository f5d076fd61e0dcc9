/** The form of a Jira Data Center personal access token profile: the server URL and the token. */
import { EXPIRES_ON_FIELD } from '../expires-on';
import { defineForm, hostOf } from '../field-spec';

export const DC_PAT_FORM = defineForm({
  kind: 'dc-pat',
  label: 'Data Center personal access token',
  urlLabel: 'Server',
  secretLabel: 'Token',
  checksGoTo: 'your Data Center server',
  fields: [
    {
      name: 'serverUrl',
      label: 'Server URL',
      secret: false,
      required: true,
      maxLength: 2048,
      inputMode: 'url',
      hint: ['Your Jira Data Center address, with its context path if it has one, e.g. https://jira.example.com/jira'],
      targetHint: (target) => `Will check ${target}/rest/api/2/myself`,
    },
    {
      name: 'pat',
      label: 'Personal access token',
      secret: true,
      required: true,
      maxLength: 4096,
      noun: 'token',
      hint: ['Made in Jira: your avatar → Profile → Personal Access Tokens. Sent as “Authorization: Bearer …”.'],
    },
    EXPIRES_ON_FIELD,
  ],
  describe: (profile) => hostOf(profile.serverUrl),
});
