/** The request as it should be sent: the model the builders write in each flavour. */
import type { Flavour } from '../read/request';

/** How a secret is written until revealed: a variable name (`JIRA_PAT`) and, for raw HTTP, words (`personal access token`). */
export interface SecretSlot {
  variable?: string;
  label?: string;
}

export type CorrectedAuth =
  /** `email` is the user before the colon: the email (Cloud, Bitbucket) or a Data Center username. */
  | ({ kind: 'basic'; email: string; token?: string } & SecretSlot)
  /** `scheme` is Bearer unless said (`GenieKey`). */
  | ({ kind: 'bearer'; token?: string; scheme?: string } & SecretSlot)
  /** curl `-u` text the paste builds from its own variables (`"$JIRA_USER_EMAIL:$JIRA_API_TOKEN"`), kept as written. */
  | { kind: 'verbatim-user'; text: string };

export interface CorrectedRequest {
  flavour: Flavour;
  method: string;
  url?: string;
  /** Without Authorization (that is `auth`). */
  headers: { name: string; value: string }[];
  auth?: CorrectedAuth;
  body?: {
    value: string;
    kind: 'data' | 'json' | 'form' | 'raw' | 'hashtable';
    moveToQuery?: boolean;
    /** curl reads it from the file `value` names after its `@`. */
    fromFile?: boolean;
  };
  /** Lines a PowerShell script needs before the call (TLS 1.2 for Windows PowerShell 5.1). */
  preamble?: string[];
  /** curl flags kept as written (`--location`, `--verbose` …). */
  keep: string[];
  /** What was changed, in words, for the user. */
  changes: string[];
  /** Secrets the values above still hold (a token in the query or body, a cookie): placeholders unless revealed. */
  secrets?: { text: string; variable: string }[];
}
