/**
 * What both Bitbucket kinds share once the credential was sent: the workspace and repository
 * probes (`GET /2.0/workspaces/{workspace}`, `GET /2.0/repositories/{workspace}?pagelen=1`,
 * https://github.com/constructorfabric/insight/issues/1887), what their answers say the credential
 * can see, and the git clone URL the report gives.
 */
import {
  BITBUCKET_USER_URL,
  bitbucketCloneUrl,
  bitbucketRepositoriesUrl,
  bitbucketWorkspaceUrl,
  missingBitbucketScopes,
  readBitbucketRepositories,
  readBitbucketWorkspace,
} from '../../atlassian/bitbucket';
import { bodyLine } from '../../atlassian/responses';
import type { FindingParams } from '../../findings/catalogue';
import type { FindingCode } from '../../model/codes';
import type { Finding, Observation } from '../../model/report';
import type { ProbeAuth } from '../../probe/auth';
import { probeRequest, type Run } from '../../probe/run';
import { failureOrUnexpected } from '../shared';

export interface BitbucketSeen {
  /** `GET /2.0/user`, when the credential was sent. */
  user?: Observation;
  /** `GET /2.0/workspaces/{workspace}`, when a workspace was given and the user probe was not refused. */
  workspace?: Observation;
  /** `GET /2.0/repositories/{workspace}?pagelen=1`, likewise. */
  repositories?: Observation;
}

/** The user probe first; the workspace probes at once after it, unless the credential was refused (no point repeating a 401). */
export async function planBitbucket(run: Run, auth: ProbeAuth, workspace: string): Promise<BitbucketSeen> {
  const send = (id: 'bitbucket-user' | 'bitbucket-workspace' | 'bitbucket-repositories', url: string) =>
    run.send({ probe: probeRequest(id, url, auth.scheme, auth.shown), authorization: auth.authorization });
  const user = await send('bitbucket-user', BITBUCKET_USER_URL);
  if (workspace === '' || user.status === 401 || user.status === null) return { user };
  const [ws, repositories] = await Promise.all([
    send('bitbucket-workspace', bitbucketWorkspaceUrl(workspace)),
    send('bitbucket-repositories', bitbucketRepositoriesUrl(workspace)),
  ]);
  return { user, workspace: ws, repositories };
}

type Add = (code: FindingCode, observation: Observation, params?: FindingParams) => void;

interface ResourceFacts {
  facts: { label: string; value: string }[];
  /** A repository the credential sees, for the clone URL. */
  repository?: string;
  /** The workspace's display name, when its probe answered. */
  workspaceName?: string;
}

/** The workspace and repositories answers: facts when they worked, findings when they did not. */
export function classifyResources(
  seen: BitbucketSeen,
  workspace: string,
  add: Add,
  findings: Finding[],
  scopeOf: { workspace: string; repository: string },
): ResourceFacts {
  const out: ResourceFacts = { facts: [] };
  if (seen.workspace) {
    const found = readBitbucketWorkspace(seen.workspace);
    const missing = missingBitbucketScopes(seen.workspace);
    if (found) {
      out.workspaceName = found.name;
      out.facts.push({ label: 'Workspace', value: `${found.name} (${found.slug})` });
    } else if (missing)
      add('SCOPE_MISSING', seen.workspace, { product: 'bitbucket', scopes: missing.join(' ') || scopeOf.workspace });
    else if (seen.workspace.status === 404 || seen.workspace.status === 403)
      add('BITBUCKET_WORKSPACE_NOT_ACCESSIBLE', seen.workspace, { workspace, detail: bodyLine(seen.workspace) });
    else if (seen.workspace.status !== 401) findings.push(failureOrUnexpected(seen.workspace));
  }
  if (seen.repositories) {
    const repos = readBitbucketRepositories(seen.repositories);
    const missing = missingBitbucketScopes(seen.repositories);
    if (repos) {
      out.repository = repos.first?.slug;
      const count = repos.size === undefined ? 'some' : String(repos.size);
      out.facts.push({
        label: 'Repositories it can see',
        value: `${count} in ${workspace}${repos.first ? ` (e.g. ${repos.first.fullName})` : ''}`,
      });
    } else if (missing)
      add('SCOPE_MISSING', seen.repositories, {
        product: 'bitbucket',
        scopes: missing.join(' ') || scopeOf.repository,
      });
    else if (seen.repositories.status !== 401 && seen.repositories.status !== 404 && seen.repositories.status !== 403)
      findings.push(failureOrUnexpected(seen.repositories));
  }
  return out;
}

/** The report's git line: the clone URL for this kind, secret as a placeholder. */
export function cloneFact(
  kind: 'api-token' | 'access-token',
  workspace: string,
  repository: string | undefined,
  username?: string,
): { label: string; value: string }[] {
  const rows = [{ label: 'Git clone URL', value: bitbucketCloneUrl(kind, workspace, repository ?? '') }];
  if (kind === 'api-token' && username)
    rows.push({
      label: 'Git clone URL (with your username)',
      value: bitbucketCloneUrl(kind, workspace, repository ?? '', username),
    });
  return rows;
}
