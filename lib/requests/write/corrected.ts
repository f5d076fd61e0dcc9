/** The request as it should be sent: the model the builders write in each flavour. */
import type { Flavour } from '../read/request';

export type CorrectedAuth =
  | { kind: 'basic'; email: string; token?: string }
  | { kind: 'bearer'; token?: string }
  /** curl `-u` text the paste builds from its own variables (`"$JIRA_USER_EMAIL:$JIRA_API_TOKEN"`), kept as written. */
  | { kind: 'verbatim-user'; text: string };

export interface CorrectedRequest {
  flavour: Flavour;
  method: string;
  url?: string;
  /** Without Authorization (that is `auth`). */
  headers: { name: string; value: string }[];
  auth?: CorrectedAuth;
  body?: { value: string; kind: 'data' | 'json' | 'form' | 'raw' | 'hashtable'; moveToQuery?: boolean };
  /** curl flags kept as written (`--location`, `--verbose` …). */
  keep: string[];
  /** What was changed, in words, for the user. */
  changes: string[];
  /** Secrets the values above still hold (a token in the query or body, a cookie): placeholders unless revealed. */
  secrets?: { text: string; variable: string }[];
}
