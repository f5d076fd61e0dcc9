/**
 * Jira or Confluence Data Center: their REST paths and what a server address says about which one
 * it is. Jira: `{server}/rest/api/2/myself`; Confluence: `{server}/rest/api/user/current`, usually
 * under the `/confluence` context path, with no `/wiki` unless an admin configured one
 * (https://github.com/b1ff/atlassian-dc-mcp/issues/2); `/rest/api/1.0` is not a Confluence path
 * (https://github.com/atlassian-api/atlassian-python-api/issues/1672).
 */
export const DC_MYSELF_PATH = '/rest/api/2/myself';
export const CONFLUENCE_USER_PATH = '/rest/api/user/current';

export type DcProduct = 'jira' | 'confluence';

/** The product the address names by its context path, when it names one. */
export function productFromAddress(server: { contextPath: string; host: string }): DcProduct | undefined {
  const last = server.contextPath.split('/').pop()?.toLowerCase() ?? '';
  if (last === 'confluence' || last === 'wiki') return 'confluence';
  if (last === 'jira') return 'jira';
  return undefined;
}

/** The API path a product's credential check calls. */
export function myselfPath(product: DcProduct): string {
  return product === 'confluence' ? CONFLUENCE_USER_PATH : DC_MYSELF_PATH;
}
