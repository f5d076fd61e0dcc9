/** What the routing code knows about one request once the handler has looked at it. */
import type { PresentedCredential } from './credentials';
import type { ResponseContext } from './responses/envelope';
import type { AccountSpec, Scenario } from './scenario';

export interface Call {
  request: Request;
  url: URL;
  ctx: ResponseContext;
  credential: PresentedCredential;
  scenario: Scenario;
  /** Milliseconds since the epoch, injected so tests can pin time-derived headers. */
  now: number;
}

/** Who the product believes it is talking to. */
export type Caller =
  | { kind: 'anonymous' }
  /** Credentials were sent and refused; Jira falls back to anonymous (https://github.com/MrRefactoring/jira.js/issues/418). */
  | { kind: 'rejected' }
  /** A valid scoped token on the site URL (https://jira.atlassian.com/browse/CLOUD-12617): Jira treats it as rejected. */
  | { kind: 'scoped-on-site' }
  | { kind: 'authenticated'; account: AccountSpec };
